// The scenario schema as JSON Schema (draft 2020-12), for editor autocomplete and validation of
// scenario files (`# yaml-language-server: $schema=./scenario.schema.json`).
import { z } from 'zod';
import { FORMULA_BOUNDS } from './formulaFields.ts';
import { FORMULA_LIMITS } from './formulaLimits.ts';
import { ScenarioSchema } from './schema.ts';

type Json = Record<string, unknown>;

/** JSON Schema of what a user may write: every field with a default is optional. */
export function scenarioJsonSchema(): Json {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  for (const b of FORMULA_BOUNDS) boundFormula(schema, b.pattern, b.min, b.max);
  const properties = schema.properties as Json;
  return {
    $schema: schema.$schema,
    title: 'ShopLab scenario',
    description: 'A what-if scenario for the ShopLab shop simulation. Every field is optional; an empty file is the default shop.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
    // Editors let JSON files name their schema with "$schema"; the loader ignores that key.
    properties: { $schema: { type: 'string', description: 'JSON Schema of this file (for editors; ignored by ShopLab).' }, ...properties },
  };
}

/**
 * Gives the number branch of a number-or-formula field its range and the text branch the
 * formula length limit, so editors flag what the loader refuses (a formula's range is only
 * known once evaluated).
 */
function boundFormula(schema: Json, pattern: readonly string[], minimum: number, maximum: number): void {
  let nodes: Json[] = [schema];
  for (const seg of pattern) {
    nodes = nodes.flatMap((n) => {
      const next = seg === '*' ? n.additionalProperties : (n.properties as Json | undefined)?.[seg];
      return next && typeof next === 'object' ? [next as Json] : [];
    });
  }
  for (const node of nodes) {
    for (const branch of (node.anyOf as Json[] | undefined) ?? []) {
      if (branch.type === 'number') Object.assign(branch, { minimum, maximum });
      if (branch.type === 'string') branch.maxLength = FORMULA_LIMITS.maxChars;
    }
  }
}

/** The JSON Schema as the text committed in scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
