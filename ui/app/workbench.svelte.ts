// The whole workbench: language, scenario library and editor, the worker pool and the views'
// states. Components read from it and call its methods; it owns no DOM.
import { I18n } from '../i18n/i18n.svelte.ts';
import { ScenarioLibrary } from '../library/library.svelte.ts';
import { WorkbenchDb } from '../library/db.ts';
import { ShareLinkError, decodeShare } from '../library/share.ts';
import { ScenarioEditor } from '../editor/editor.svelte.ts';
import { ScenarioValidator } from '../workers/scenario-client.ts';
import { WebWorkersTransport, warmUpCopy, type WarmUp } from '../workers/web-workers.ts';
import { formulasOf } from '../workers/formula-memos.ts';
import { Summariser } from '../workers/summary-client.ts';
import { RunState } from '../run/run.svelte.ts';
import { LiveMode } from '../run/live.svelte.ts';
import { CompareState } from '../compare/compare.svelte.ts';
import { SweepState } from '../sweep/sweep.svelte.ts';
import { OptimiseState } from '../optimise/optimise.svelte.ts';
import { ForecastStudio } from '../forecast/studio.svelte.ts';
import { TeachingState } from '../teaching/teaching.svelte.ts';
import { RiskTargets } from '../risk/targets.svelte.ts';
import { SensitivityState } from '../sensitivity/sensitivity.svelte.ts';

export type Tab = 'run' | 'compare' | 'sweep' | 'optimise' | 'forecast' | 'lessons';

/** Settings read from the page URL: pool size (`?workers=N`) and a crash to inject (`?crash=R`, tests). */
export function urlSettings(search: string): { workers: number; crashReplication: number } {
  const params = new URLSearchParams(search);
  const workers = Number(params.get('workers'));
  const crash = params.get('crash');
  return {
    workers: Number.isInteger(workers) && workers > 0 ? Math.min(workers, 64) : Math.max(1, navigator.hardwareConcurrency || 2),
    crashReplication: crash !== null && /^\d+$/.test(crash) ? Number(crash) : -1,
  };
}

export class Workbench {
  readonly i18n = new I18n();
  readonly library = new ScenarioLibrary();
  readonly validator = new ScenarioValidator();
  readonly editor = new ScenarioEditor(this.library, this.validator);
  readonly settings = urlSettings(location.search);
  readonly pool = new WebWorkersTransport(this.settings.workers, { crashReplication: this.settings.crashReplication, warmUp: () => this.warmUp() });
  readonly summariser = new Summariser();
  /** Risk targets shared by the run and compare views. */
  readonly targets = new RiskTargets();
  readonly run = new RunState(this.pool, this.summariser, this.targets);
  /** Live what-if: lever moves re-run the scenario by themselves. */
  readonly live = new LiveMode({ supersede: () => this.run.supersede(), start: () => this.runCurrent(true) });
  readonly compareValidator = new ScenarioValidator();
  readonly compare = new CompareState(this.library, this.compareValidator, this.pool, this.summariser, this.targets, (issue) => this.i18n.issueLine(issue));
  readonly sweep = new SweepState(this.compareValidator, this.pool);
  readonly optimise = new OptimiseState(this.pool);
  readonly sensitivity = new SensitivityState(this.compareValidator, this.pool, this.i18n);
  readonly forecast = new ForecastStudio();
  readonly teaching = new TeachingState(this.i18n);

  tab = $state<Tab>('run');
  ready = $state(false);
  notice = $state('');
  private db: WorkbenchDb | null = null;

  /**
   * What a fresh simulation worker warms up on: the scenario in the editor, shrunk to at most
   * WARM_UP_SHOPPERS shoppers (its channels, SKUs, promotions and formulas unchanged, so the engine's code
   * is optimised for the run the user is about to start); the validation worker's stand-in while
   * the editor holds no valid scenario.
   */
  private async warmUp(): Promise<WarmUp | null> {
    const scenario = this.editor.scenario;
    if (scenario) return { scenario: warmUpCopy(scenario), formulas: formulasOf(scenario) };
    const standIn = await this.validator.warmUpScenario();
    return standIn && { scenario: standIn };
  }

  async init(): Promise<void> {
    try {
      this.db = await WorkbenchDb.open();
    } catch (error) {
      // Private windows and locked-down browsers may refuse IndexedDB: work on, without saving.
      this.notice = this.i18n.t('library.noStorage', { message: error instanceof Error ? error.message : String(error) });
    }
    await this.library.init(this.db);
    await this.openShareLink();
    await this.editor.load();
    const last = await this.db?.lastResults().catch(() => undefined);
    if (last) await this.run.restore(last.runs, last.text, last.scenarioId, last.elapsedMs);
    if (await this.teaching.init(location.hash)) this.tab = 'lessons';
    this.ready = true;
    this.pool.warm();
    this.summariser.warm();
    addEventListener('pagehide', () => this.library.flushOnHide());
  }

  private async openShareLink(): Promise<void> {
    try {
      const text = await decodeShare(location.hash);
      if (text === null) return;
      await this.library.add(text, 'Shared scenario');
      this.notice = this.i18n.t('library.importedShared');
    } catch (error) {
      this.notice = this.i18n.t('library.badShare', { message: error instanceof ShareLinkError ? this.i18n.t(error.key, error.params) : this.i18n.error(error) });
    }
    history.replaceState(null, '', location.pathname + location.search);
  }

  openTab(tab: Tab): void {
    this.tab = tab;
    if (tab === 'compare') this.compare.ensurePicks();
  }

  async select(id: string): Promise<void> {
    await this.library.select(id);
    await this.editor.load();
  }

  /**
   * Runs the scenario in the editor; refuses (keeping old results) while it has errors. `live`
   * marks a re-run started by a lever move.
   */
  async runCurrent(live = false): Promise<void> {
    // A lever edit may be rewritten once after its first check (a record written out in full).
    for (let i = 0; i < 3 && !this.editor.current; i++) await this.editor.validate();
    const scenario = this.editor.scenario;
    if (!scenario || this.editor.errors.length > 0) return;
    const text = this.editor.validText;
    await this.run.run(scenario, this.library.selectedId, text, Boolean(this.db), live);
  }
}
