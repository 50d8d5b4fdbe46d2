// The scenario being edited: its text, validation in a worker as you type (issues at their
// lines), the last valid scenario (kept while the text is broken) and lever edits.
import type { Issue, Scenario } from '../../sim/index.ts';
import type { ScenarioLibrary } from '../library/library.svelte.ts';
import type { ScenarioValidator } from '../workers/scenario-client.ts';
import { buildLevers, type Lever } from './levers.ts';
import { setLeverInText, type EditResult } from './yaml-edit.ts';
import { recordIds } from './record-ids.ts';

/** One lever's new value (null clears a nullable field). */
export interface LeverEdit {
  path: readonly string[];
  value: number | null;
}

function applyEdits(text: string, edits: readonly LeverEdit[], resolved: Scenario, materialise: boolean): EditResult {
  let out: EditResult = { ok: true, text };
  for (const e of edits) {
    if (!out.ok) break;
    out = setLeverInText(out.text, e.path, e.value, resolved, materialise);
  }
  return out;
}

/** Validation waits this long after the last keystroke (ms). */
const VALIDATE_MS = 150;

export class ScenarioEditor {
  text = $state('');
  checking = $state(false);
  /** Errors of the current text (empty when it is valid). */
  errors = $state.raw<Issue[]>([]);
  warnings = $state.raw<Issue[]>([]);
  /** The last valid scenario and the text it came from. */
  scenario = $state.raw<Scenario | null>(null);
  validText = $state('');
  leverMessage = $state('');

  levers: Lever[] = $derived(this.scenario ? buildLevers(this.scenario) : []);
  /** True when the text on screen is the valid one (not broken, not still being checked). */
  current = $derived(this.errors.length === 0 && !this.checking && this.validText === this.text && this.scenario !== null);

  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingLever: { edits: LeverEdit[]; before: string; textBefore: string } | null = null;

  constructor(
    private readonly library: ScenarioLibrary,
    private readonly validator: ScenarioValidator,
  ) {}

  /** Loads the library's selected scenario into the editor and validates it at once. */
  load(): Promise<void> {
    clearTimeout(this.timer);
    this.text = this.library.selected.text;
    this.scenario = null;
    this.validText = '';
    return this.validate();
  }

  /** A user edit of the text: autosaved, validated shortly after. */
  setText(text: string): void {
    this.text = text;
    this.library.edit(text);
    this.checking = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.validate(), VALIDATE_MS);
  }

  /** Sets one lever in the text (comments and layout kept). */
  setLever(lever: Lever, value: number | null): void {
    this.setLevers([{ path: lever.path, value }]);
  }

  /** Sets several levers in one edit (e.g. the optimiser's answer); false, with `leverMessage` saying why, when the text cannot take them. */
  setLevers(edits: LeverEdit[]): boolean {
    if (!this.scenario) return false;
    const text = applyEdits(this.text, edits, this.scenario, false);
    if (!text.ok) {
      this.leverMessage = text.reason;
      return false;
    }
    this.leverMessage = '';
    this.pendingLever = { edits, before: recordIds(this.scenario), textBefore: this.text };
    this.setText(text.text);
    return true;
  }

  /** Validates the text now; resolves when the answer is applied. */
  async validate(): Promise<void> {
    clearTimeout(this.timer);
    const text = this.text;
    this.checking = true;
    const result = await this.validator.validate(text, this.library.selected.fileName);
    if (result === null || text !== this.text) return;
    this.checking = false;
    if (!result.ok) {
      this.errors = result.issues.filter((i) => i.severity === 'error');
      this.warnings = result.issues.filter((i) => i.severity === 'warning');
      this.pendingLever = null;
      return;
    }
    const lever = this.pendingLever;
    this.pendingLever = null;
    if (lever && this.scenario && recordIds(result.scenario) !== lever.before) {
      // The edit created a record that replaced entries the base or the defaults supplied:
      // write the record out in full instead.
      const retry = applyEdits(lever.textBefore, lever.edits, this.scenario, true);
      if (retry.ok && retry.text !== this.text) {
        this.setText(retry.text);
        return;
      }
    }
    this.errors = [];
    this.warnings = result.warnings;
    this.scenario = result.scenario;
    this.validText = text;
  }
}
