// The fuzzing targets: mutated scenario files through the loader (and the accepted ones through
// the engine), mutated sales CSVs through the reader and forecasters, and CLI flag combinations.
// Each case is accepted-and-sound or rejected-with-a-located-message; anything else is counted.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/cli-fixture.ts';
import { readSalesCsv } from '../../models/data/sales-reader.ts';
import { seriesInput } from '../../models/data/sales-data.ts';
import { withFallback } from '../../models/fallback.ts';
import { getForecaster } from '../../models/registry.ts';
import { runSimulation } from '../../sim/engine/simulate.ts';
import { ScenarioRunError } from '../../sim/engine/errors.ts';
import { FormulaError } from '../../sim/scenario/formula.ts';
import { parseScenarioText } from '../../sim/scenario/load.ts';
import { runViolation } from './invariants.ts';

/** Counts of one target's run. */
export interface FuzzReport {
  target: string;
  cases: number;
  accepted: number;
  rejected: number;
  crashes: number;
  hangs: number;
  unlocated: number;
  seconds: number;
  /** Up to five failing inputs, for the report. */
  examples: string[];
}

/** A case slower than this counts as a hang (ms). */
export const HANG_MS = 10_000;

const root = join(import.meta.dirname, '..', '..');
const SEEDS = ['default.yaml', '000-clothing/baseline.yaml', '003-double11/baseline.yaml'].map((f) => readFileSync(join(root, 'scenarios', f), 'utf8'));
const SALES = readFileSync(join(root, 'models', 'data', 'sample-sales.csv'), 'utf8').split('\n').slice(0, 160).join('\n');

/** Values that probe the edges: wrong types, extremes, formula tricks, YAML specials. */
const NASTY = ['1e308', '-1e308', '1e-300', '0', '-1', '1e400', '.nan', '.inf', 'null', '~', '[]', '{}', '"(t = 5) + t"', '"{constructor: 1}"', '"sum(1:1e9)"', '"1/0"', '"sqrt(-t)"', '&a x', '*a', '<<: 5', '"config({})"', 'yes', "'1,000'", '9999-12-31', '0001-01-01'];

/** Text edits of a seed file: replace a value after a colon, delete or duplicate a line, insert a character. */
const textMutant = fc
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

function report(target: string): FuzzReport {
  return { target, cases: 0, accepted: 0, rejected: 0, crashes: 0, hangs: 0, unlocated: 0, seconds: 0, examples: [] };
}

function note(r: FuzzReport, kind: 'crashes' | 'hangs' | 'unlocated', input: string, why: string): void {
  r[kind]++;
  if (r.examples.length < 5) r.examples.push(`${kind}: ${why} ← ${JSON.stringify(input.slice(0, 300))}`);
}

/** Mutated scenario files through the loader; accepted ones run briefly (small market, 20 days) through the engine. */
export function fuzzScenarios(numRuns: number, seed = 1): FuzzReport {
  const r = report('scenario mutants');
  const started = performance.now();
  fc.assert(
    fc.property(textMutant, (text) => {
      r.cases++;
      const t0 = performance.now();
      try {
        const loaded = parseScenarioText(text, { fileName: 'fuzz.yaml' });
        if (!loaded.ok) {
          r.rejected++;
          const bad = loaded.issues.find((i) => i.message === '' || (i.path === '' && i.line === undefined) || /\n\s+at /.test(i.message));
          if (bad) note(r, 'unlocated', text, bad.message);
        } else {
          const s = loaded.scenario;
          const small = { ...s, population: { ...s.population, size: Math.min(s.population.size, 1500) } };
          try {
            const violation = runViolation(runSimulation(small, { days: Math.min(s.days, 20) }));
            if (violation) note(r, 'crashes', text, violation);
            else r.accepted++;
          } catch (err) {
            if (err instanceof ScenarioRunError || err instanceof FormulaError) r.rejected++;
            else note(r, 'crashes', text, String(err));
          }
        }
      } catch (err) {
        note(r, 'crashes', text, String((err as Error).stack ?? err).slice(0, 300));
      }
      if (performance.now() - t0 > HANG_MS) note(r, 'hangs', text, `${Math.round(performance.now() - t0)} ms`);
    }),
    { numRuns, seed },
  );
  r.seconds = (performance.now() - started) / 1000;
  return r;
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
  const r = report('CSV mutants');
  const started = performance.now();
  // As the CLI runs them: a series shorter than a model needs goes to the fallback chain.
  const models = ['naive', 'ses'].map((name) => withFallback(getForecaster(name)));
  fc.assert(
    fc.property(csvMutant, (text) => {
      r.cases++;
      const t0 = performance.now();
      try {
        const read = readSalesCsv(text);
        if (!read.ok) {
          r.rejected++;
          const errors = read.issues.filter((i) => i.severity === 'error');
          if (errors.length === 0 || errors.every((i) => i.row === undefined && i.column === undefined && !/column|header|file|series|row/.test(i.message))) note(r, 'unlocated', text, errors[0]?.message ?? 'no error');
        } else {
          for (const model of models) {
            const out = model.forecast(seriesInput(read.data, 0), 7, { levels: [80, 95], nonNegative: true });
            if (![...out.mean].every(Number.isFinite)) note(r, 'crashes', text, `${model.name} gave a non-finite mean`);
          }
          r.accepted++;
        }
      } catch (err) {
        note(r, 'crashes', text, String((err as Error).stack ?? err).slice(0, 300));
      }
      if (performance.now() - t0 > HANG_MS) note(r, 'hangs', text, `${Math.round(performance.now() - t0)} ms`);
    }),
    { numRuns, seed },
  );
  r.seconds = (performance.now() - started) / 1000;
  return r;
}

const FLAG_VALUES = ['0', '-1', '1e9', '99.9999999', 'abc', '', '3', '0.5', 'NaN', '100000000'];

/** Flag combinations of `validate` and `forecast`, in process: exit 0 or 2, never 1 or a stack. */
export async function fuzzCli(numRuns: number, dir: string, seed = 3): Promise<FuzzReport> {
  const r = report('CLI flag combinations');
  const started = performance.now();
  const samples = fc.sample(
    fc.tuple(fc.constantFrom('forecast', 'validate'), fc.array(fc.tuple(fc.constantFrom('--h', '--levels', '--backtest', '--models', '--season', '--step', '--workers', '--freq', '--fill', '--out'), fc.constantFrom(...FLAG_VALUES)), { maxLength: 3 })),
    { numRuns, seed },
  );
  for (const [command, flags] of samples) {
    const args = [command, command === 'forecast' ? 'sales.csv' : 'shop.yaml', ...flags.flat()];
    if (command === 'forecast' && !flags.some(([f]) => f === '--models')) args.push('--models', 'naive');
    r.cases++;
    const t0 = performance.now();
    const out = await runCli(args, dir);
    if (out.code === 0) r.accepted++;
    else if (out.code === 2 && !/\n\s+at /.test(out.stderr) && out.stderr.trim() !== '') r.rejected++;
    else note(r, 'crashes', args.join(' '), `exit ${out.code}: ${out.stderr.slice(0, 200)}`);
    if (performance.now() - t0 > HANG_MS) note(r, 'hangs', args.join(' '), `${Math.round(performance.now() - t0)} ms`);
  }
  r.seconds = (performance.now() - started) / 1000;
  return r;
}
