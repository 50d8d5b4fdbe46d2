// The optimise view's state: the form, a run's progress (phase, candidates evaluated, best so
// far, cancel) and its outcome; applying the answer to the editor (undoable) and downloading it.
// The search itself loads on demand (session.ts), so the page's own bundle stays small.
import type { KpiName, Scenario, Transport } from '../../sim/index.ts';
import { errorText, type MessageLang } from '../../sim/light.ts';
import type { ScenarioEditor } from '../editor/editor.svelte.ts';
import type { Lever } from '../editor/levers.ts';
import type { ScenarioEntry, ScenarioLibrary } from '../library/library.svelte.ts';
import { downloadFile, slug } from '../export/download.ts';
import { budgetLevers, defaultForm, type OptimiseForm } from './form.ts';
import type { FormErrors, OptimiseOutcome, OptimisePhase, Translate } from './session.ts';

export type OptimiseStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export class OptimiseState {
  form = $state<OptimiseForm | null>(null);
  errors = $state.raw<FormErrors>({});
  status = $state<OptimiseStatus>('idle');
  phase = $state<OptimisePhase>('search');
  evaluations = $state(0);
  /** The running search's candidate limit and objective. */
  maxEvaluations = $state(0);
  objective = $state<KpiName>('profitCny');
  /** The incumbent's objective (mean on the search seeds). */
  bestSoFar = $state(NaN);
  batchDone = $state(0);
  batchTotal = $state(0);
  /** The failure in English; `failure` is what failed (shown in the chosen language with `I18n.error`). */
  error = $state('');
  failure = $state.raw<unknown>('');
  elapsedMs = $state(0);
  outcome = $state.raw<OptimiseOutcome | null>(null);
  /** The editor text before "Apply to editor", while it can be undone. */
  undoText = $state<string | null>(null);
  /** The library entry "Apply to editor" edited. */
  private undoFor = $state('');
  /** The channels the form was built for (other channels reset it). */
  private formFor = '';
  private controller: AbortController | null = null;

  constructor(private readonly transport: Transport) {}

  get running(): boolean {
    return this.status === 'running';
  }

  /**
   * Builds the form for the editor's scenario the first time and when its channels change (another
   * scenario); edits of the same shop, "Apply to editor" included, keep what the user entered.
   */
  ensureForm(levers: readonly Lever[], scenario: Scenario): void {
    const key = budgetLevers(levers).map((l) => l.id).join(',');
    if (this.form && this.formFor === key) return;
    this.formFor = key;
    this.form = defaultForm(levers, scenario.replications, scenario.days);
    this.errors = {};
  }

  /** Checks the form and runs it; wrong fields get messages and nothing runs. */
  async run(scenario: Scenario, t: Translate, lang: MessageLang = 'en'): Promise<void> {
    if (!this.form || this.running) return;
    const session = await import('./session.ts');
    const reading = session.readForm(scenario, $state.snapshot(this.form) as OptimiseForm, t, lang);
    if (!reading.ok) {
      this.errors = reading.errors;
      return;
    }
    this.errors = {};
    const controller = new AbortController();
    this.controller = controller;
    Object.assign(this, { status: 'running', error: '', failure: '', evaluations: 0, maxEvaluations: reading.run.maxEvaluations, objective: reading.run.problem.objective, bestSoFar: NaN, batchDone: 0, batchTotal: 0, undoText: null });
    const started = performance.now();
    try {
      const outcome = await session.runOptimisation(reading.run, this.transport, controller.signal, {
        onPhase: (phase) => (this.phase = phase),
        onSearch: (evaluations, best) => {
          this.evaluations = evaluations;
          if (best) this.bestSoFar = best.objective;
        },
        onProgress: (p) => {
          this.batchDone = p.replicationsDone;
          this.batchTotal = p.replicationsTotal;
        },
      });
      this.outcome = outcome;
      this.elapsedMs = performance.now() - started;
      this.status = 'done';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') this.status = 'cancelled';
      else {
        this.status = 'failed';
        this.error = errorText(error, 'en');
        this.failure = error;
      }
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Writes the optimal values into the editor's scenario as one edit (a built-in forks, as any edit); Undo puts the text back. */
  apply(editor: ScenarioEditor, library: ScenarioLibrary): void {
    if (!this.outcome) return;
    const before = editor.text;
    const edits = Object.entries(this.outcome.result.best.values).map(([path, value]) => ({ path: path.split('.'), value }));
    if (!editor.setLevers(edits)) return;
    this.undoText = before;
    this.undoFor = library.selectedId;
  }

  /** Whether Undo applies: the edited scenario is still the one in the editor. */
  canUndo(library: ScenarioLibrary): boolean {
    return this.undoText !== null && this.undoFor === library.selectedId;
  }

  undo(editor: ScenarioEditor, library: ScenarioLibrary): void {
    if (!this.canUndo(library)) return;
    editor.setText(this.undoText as string);
    this.undoText = null;
  }

  /** Downloads the answer as a short scenario that extends the input, as `shoplab optimise --write` writes it. */
  async download(entry: ScenarioEntry): Promise<void> {
    if (!this.outcome) return;
    const session = await import('./session.ts');
    // A built-in is a file under scenarios/; the user's own scenario extends the file the library exports it as.
    const input = entry.builtin ? (entry.fileName.split('/').pop() ?? 'scenario.yaml') : `${slug(entry.title)}.yaml`;
    const text = session.answerYaml(`./${input}`, this.outcome);
    downloadFile(`${input.replace(/\.ya?ml$/i, '')}-optimised.yaml`, text, 'application/yaml');
  }
}
