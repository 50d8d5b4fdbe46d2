import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadScenario, ScenarioSchema } from '../../../sim/scenario/index.ts';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../../sim/scenario/jsonSchema.ts';

const scenarios = join(import.meta.dirname, '..', '..', '..', 'scenarios');
const read = (p: string) => readFileSync(p, 'utf8');

describe('scenarios/default.yaml', () => {
  it('loads without issues and equals the schema defaults apart from its name and description', () => {
    const r = loadScenario(join(scenarios, 'default.yaml'), read);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.warnings).toEqual([]);
    expect(r.scenario.name).toBe('Default shop');
    expect(r.scenario.description).toMatch(/three SKUs, four marketing channels/);
    expect({ ...r.scenario, name: 'Untitled scenario', description: '' }).toEqual(ScenarioSchema.parse({}));
  });

  it('names its JSON Schema for editors', () => {
    expect(read(join(scenarios, 'default.yaml')).split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });
});

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npx tsx scripts/gen-json-schema.ts)', () => {
    expect(read(join(scenarios, 'scenario.schema.json'))).toBe(scenarioJsonSchemaText());
  });

  it('makes every field optional and refuses unknown keys, like the loader', () => {
    const schema = scenarioJsonSchema() as { required?: string[]; additionalProperties?: boolean; properties: Record<string, { minimum?: number; maximum?: number }> };
    expect(schema.required ?? []).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.days).toMatchObject({ minimum: 1, maximum: 3650 });
    expect(Object.keys(schema.properties)).toEqual(['$schema', ...Object.keys(ScenarioSchema.shape)]);
  });

  it('bounds the number branch of formula fields by their range and the text branch by the formula length limit', () => {
    const schema = scenarioJsonSchema() as any;
    const budget = schema.properties.channels.additionalProperties.properties.budgetPerDayCny;
    expect(budget.anyOf).toEqual([{ type: 'number', minimum: 0, maximum: 1e9 }, { type: 'string', minLength: 1, maxLength: 1000 }]);
    expect(schema.properties.fulfilment.properties.capacityOrdersPerDay.anyOf[0]).toEqual({ type: 'number', minimum: 0, maximum: 1e8 });
    expect(schema.properties.campaign.additionalProperties.properties.trafficMultiplier).toMatchObject({ exclusiveMinimum: 0, maximum: 100 });
  });
});
