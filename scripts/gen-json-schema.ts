// Writes scenarios/scenario.schema.json from the zod scenario schema. Run after changing
// sim/scenario/schema.ts: `npx tsx scripts/gen-json-schema.ts` (a test fails until you do).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scenarioJsonSchemaText } from '../sim/scenario/jsonSchema.ts';

const target = join(import.meta.dirname, '..', 'scenarios', 'scenario.schema.json');
const text = scenarioJsonSchemaText();
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // first generation
}
if (current === text) {
  console.log(`${target} is up to date`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target} (${text.length} characters)`);
}
