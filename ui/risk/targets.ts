// The risk targets a user types in the workbench ("roi>=4, cacCny<=50"): split into conditions,
// each read by sim's one condition parser, a bad one located by its number and column.
import { parseCondition, KpiConditionError, type KpiCondition } from '../../sim/index.ts';

/** Conditions read from the text, or where the first bad one starts and what is wrong with it. */
export type TargetsParse =
  | { ok: true; conditions: KpiCondition[] }
  | { ok: false; /** 1-based number of the target in the list. */ index: number; /** 1-based column of its first character. */ column: number; message: string };

/** Reads targets separated by commas or semicolons (one line); blank entries are skipped. */
export function parseTargets(text: string): TargetsParse {
  const conditions: KpiCondition[] = [];
  let index = 0;
  for (const m of text.matchAll(/[^,;]+/g)) {
    const spec = m[0];
    if (spec.trim() === '') continue;
    index++;
    try {
      conditions.push(parseCondition(spec.trim(), 'target'));
    } catch (error) {
      if (!(error instanceof KpiConditionError)) throw error;
      const column = m.index + spec.search(/\S/) + 1;
      return { ok: false, index, column, message: error.message };
    }
  }
  return { ok: true, conditions };
}
