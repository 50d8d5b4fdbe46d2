// The stated range of any numeric scenario field, read from the one place it is written: the
// zod schema for plain numbers, the formula bounds table for number-or-formula fields. The
// workbench's controls use it, so a slider never offers a value the loader would refuse.
import { formulaBounds } from './formulaFields.ts';
import { ScenarioSchema } from './schema.ts';
import { numberRange, schemaAt } from './schemaWalk.ts';

/** A numeric field's range in scenario units; `minExclusive` when the minimum itself is refused. */
export interface FieldBounds {
  min: number;
  max: number;
  minExclusive: boolean;
}

/** The range of the numeric field at `path` (ids included), or null when the path is not a numeric field. */
export function fieldBounds(path: readonly PropertyKey[], data?: unknown): FieldBounds | null {
  const formula = formulaBounds(path);
  if (formula) return { min: formula.min, max: formula.max, minExclusive: false };
  const schema = schemaAt(ScenarioSchema, path, data);
  return schema ? numberRange(schema) : null;
}
