// The scenario schema as JSON Schema (draft 2020-12), for editor autocomplete and validation of
// scenario files (`# yaml-language-server: $schema=./scenario.schema.json`).
import { z } from 'zod';
import { NON_NEGATIVE_FORMULAS } from './formulaFields.ts';
import { ScenarioSchema } from './schema.ts';

type Json = Record<string, unknown>;

/** JSON Schema of what a user may write: every field with a default is optional. */
export function scenarioJsonSchema(): Json {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  for (const pattern of NON_NEGATIVE_FORMULAS) boundFormula(schema, pattern, 0);
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
 * Gives the number branch of a number-or-formula field its lower bound, so editors flag a
 * negative budget as the loader does (a formula's range is only known once evaluated).
 */
function boundFormula(schema: Json, pattern: readonly string[], minimum: number): void {
  let nodes: Json[] = [schema];
  for (const seg of pattern) {
    nodes = nodes.flatMap((n) => {
      const next = seg === '*' ? n.additionalProperties : (n.properties as Json | undefined)?.[seg];
      return next && typeof next === 'object' ? [next as Json] : [];
    });
  }
  for (const node of nodes) {
    for (const branch of (node.anyOf as Json[] | undefined) ?? []) if (branch.type === 'number') branch.minimum = minimum;
  }
}

/** The JSON Schema as the text committed in scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
