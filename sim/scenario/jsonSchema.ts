// The scenario schema as JSON Schema (draft 2020-12), for editor autocomplete and validation of
// scenario files (`# yaml-language-server: $schema=./scenario.schema.json`).
import { z } from 'zod';
import { ScenarioSchema } from './schema.ts';

/** JSON Schema of what a user may write: every field with a default is optional. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = schema.properties as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'ShopLab scenario',
    description: 'A what-if scenario for the ShopLab shop simulation. Every field is optional; an empty file is the default shop.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
    // Editors let JSON files name their schema with "$schema"; the loader ignores that key.
    properties: { $schema: { type: 'string', description: 'JSON Schema of this file (for editors; ignored by ShopLab).' }, ...properties },
  };
}

/** The JSON Schema as the text committed in scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
