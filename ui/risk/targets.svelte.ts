// The risk targets the workbench's run and compare views share: the text as typed, the
// conditions last read from it, and where it is wrong while it is.
import type { KpiCondition } from '../../sim/index.ts';
import { parseTargets, type TargetsParse } from './targets.ts';

export class RiskTargets {
  text = $state('');
  conditions = $state.raw<KpiCondition[]>([]);
  error = $state.raw<Extract<TargetsParse, { ok: false }> | null>(null);

  /** Reads `text`; when every target parses the conditions are replaced and it returns true. */
  set(text: string): boolean {
    this.text = text;
    const parsed = parseTargets(text);
    if (!parsed.ok) {
      this.error = parsed;
      return false;
    }
    this.error = null;
    this.conditions = parsed.conditions;
    return true;
  }
}
