// The fuzzing targets over data: mutated scenario files through the loader (and the accepted ones
// through the engine), mutated sales CSVs through the reader and forecasters (CLI flags: cli-target.ts).
// Each case is accepted-and-sound or rejected-with-a-located-message; anything else is counted.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSalesCsv } from '../../models/data/sales-reader.ts';
import { seriesInput } from '../../models/data/sales-data.ts';
import { withFallback } from '../../models/fallback.ts';
import { getForecaster } from '../../models/registry.ts';
import { runSimulation } from '../../sim/engine/simulate.ts';
import { ScenarioRunError } from '../../sim/engine/errors.ts';
import { FormulaError } from '../../sim/scenario/formula.ts';
import { parseScenarioText } from '../../sim/scenario/load.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { runViolation } from './invariants.ts';
import { fuzzTarget, type FuzzReport } from './report.ts';

export type { FuzzReport } from './report.ts';

const root = join(import.meta.dirname, '..', '..');
const SEEDS = ['default.yaml', '000-clothing/baseline.yaml', '003-double11/baseline.yaml'].map((f) => readFileSync(join(root, 'scenarios', f), 'utf8'));
const SALES = readFileSync(join(root, 'models', 'data', 'sample-sales.csv'), 'utf8').split('\n').slice(0, 160).join('\n');

/** Values that probe the edges: wrong types, extremes, formula tricks, YAML specials. */
const NASTY = ['1e308', '-1e308', '1e-300', '0', '-1', '1e400', '.nan', '.inf', 'null', '~', '[]', '{}', '"(t = 5) + t"', '"{constructor: 1}"', '"sum(1:1e9)"', '"1/0"', '"sqrt(-t)"', '&a x', '*a', '<<: 5', '"config({})"', 'yes', "'1,000'", '9999-12-31', '0001-01-01'];

/** Text edits of a seed file: replace a value after a colon, delete or duplicate a line, insert a character. */
export const scenarioMutant = fc
  .record({ seed: fc.nat(SEEDS.length - 1), edits: fc.array(fc.tuple(fc.nat(1000), fc.nat(3), fc.constantFrom(...NASTY), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }) })
  .map(({ seed, edits }) => {
    const lines = SEEDS[seed].split('\n');
    for (const [at, kind, nasty, chars] of edits) {
      const i = at % lines.length;
      if (kind === 0 && lines[i].includes(':')) lines[i] = `${lines[i].slice(0, lines[i].indexOf(':') + 1)} ${nasty}`;
      else if (kind === 1) lines.splice(i, 1);
      else if (kind === 2) lines.splice(i, 0, lines[i]);
      else lines[i] = lines[i].slice(0, at % (lines[i].length + 1)) + chars + lines[i].slice(at % (lines[i].length + 1));
    }
    return lines.join('\n');
  });

/** Most shoppers, and days, an accepted mutant is run with. */
const SMALL_MARKET_SHOPPERS = 1500;
const SHORT_HORIZON_DAYS = 20;

/**
 * The scenario shrunk to a small market, as the test shops are: at most SMALL_MARKET_SHOPPERS
 * shoppers, and every channel's click saturation scaled by the same factor, so paid clicks per
 * shopper stay what the file says (paid clicks, not shoppers, are most of a run's cost).
 */
function smallMarket(s: Scenario): Scenario {
  const share = Math.min(1, SMALL_MARKET_SHOPPERS / s.population.size);
  if (!(share < 1)) return s;
  const channels = Object.fromEntries(Object.entries(s.channels).map(([name, c]) => [name, { ...c, saturationClicksPerDay: c.saturationClicksPerDay * share }]));
  return { ...s, population: { ...s.population, size: SMALL_MARKET_SHOPPERS }, channels };
}

/** Mutated scenario files through the loader; accepted ones run briefly (small market, 20 days) through the engine. */
export function fuzzScenarios(numRuns: number, seed = 1): FuzzReport {
  return fuzzTarget('scenario mutants', scenarioMutant, numRuns, seed, (text) => text, (text) => {
    const loaded = parseScenarioText(text, { fileName: 'fuzz.yaml' });
    if (!loaded.ok) {
      const bad = loaded.issues.find((i) => i.message === '' || (i.path === '' && i.line === undefined) || /\n\s+at /.test(i.message));
      return bad ? { unlocated: bad.message } : 'rejected';
    }
    try {
      const violation = runViolation(runSimulation(smallMarket(loaded.scenario), { days: Math.min(loaded.scenario.days, SHORT_HORIZON_DAYS) }));
      return violation ? { crash: violation } : 'accepted';
    } catch (err) {
      if (err instanceof ScenarioRunError || err instanceof FormulaError) return 'rejected';
      return { crash: String(err) };
    }
  });
}

const csvMutant = fc
  .record({ edits: fc.array(fc.tuple(fc.nat(100_000), fc.nat(4), fc.constantFrom('1e400', '-5', '', 'x', '9999-12-31', '0001-01-01', '2024-02-30', ',', '"', '\n', 'NaN', '1,5')), { minLength: 1, maxLength: 4 }) })
  .map(({ edits }) => {
    const lines = SALES.split('\n');
    for (const [at, kind, text] of edits) {
      const i = 1 + (at % (lines.length - 1));
      const cells = lines[i].split(',');
      if (kind <= 1) cells[at % cells.length] = text;
      else if (kind === 2) lines.splice(i, 1);
      else if (kind === 3) lines.splice(i, 0, lines[i]);
      else cells.push(text);
      if (kind <= 1 || kind === 4) lines[i] = cells.join(',');
    }
    return lines.join('\n');
  });

/** Mutated sales CSVs through the reader; accepted ones forecast with two models. */
export function fuzzCsv(numRuns: number, seed = 2): FuzzReport {
  // As the CLI runs them: a series shorter than a model needs goes to the fallback chain.
  const models = ['naive', 'ses'].map((name) => withFallback(getForecaster(name)));
  return fuzzTarget('CSV mutants', csvMutant, numRuns, seed, (text) => text, (text) => {
    const read = readSalesCsv(text);
    if (!read.ok) {
      const errors = read.issues.filter((i) => i.severity === 'error');
      const unlocated = errors.length === 0 || errors.every((i) => i.row === undefined && i.column === undefined && !/column|header|file|series|row/.test(i.message));
      return unlocated ? { unlocated: errors[0]?.message ?? 'no error' } : 'rejected';
    }
    for (const model of models) {
      const out = model.forecast(seriesInput(read.data, 0), 7, { levels: [80, 95], nonNegative: true });
      if (![...out.mean].every(Number.isFinite)) return { crash: `${model.name} gave a non-finite mean` };
    }
    return 'accepted';
  });
}
