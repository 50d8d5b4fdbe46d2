// The CLI flag fuzzing target: flag combinations of validate, forecast, run, gen-sales and policy,
// with values drawn around every stated range (cli/flag-bounds.ts: just below the minimum, just
// above the maximum) as well as malformed ones. Each must exit 0, or 2 with a message naming a flag or file.
import fc from 'fast-check';
import { CLI_FLAG_RANGES, RUN_FLAG_RANGES, type FlagRange } from '../../cli/flag-bounds.ts';
import { runCli } from '../cli/cli-fixture.ts';
import { fuzzTargetAsync, type FuzzReport } from './report.ts';

/** Malformed and edge values any flag may get. */
const ODD_VALUES = ['0', '-1', '1e9', '99.9999999', 'abc', '', '3', '0.5', 'NaN', '100000000', '1e400', '-0', '2.5', '1_0'];

/** Values just outside a range (and at its cheap end): min − 1 (or below an exclusive min), max + 1, max × 10. */
function around(range: FlagRange): string[] {
  const step = range.integer ? 1 : range.max - range.min > 10 ? 1 : 0.01;
  return [range.min - step, range.minExclusive ? range.min : range.min + step, range.max + step, range.max * 10].map(String);
}

/** Each command: its file argument, flags cheap enough to run in a fuzz case, and the flags to draw. */
const COMMANDS: Record<string, { base: string[]; flags: Record<string, string[]> }> = {
  validate: { base: ['validate', 'shop.yaml'], flags: { '--json': [] } },
  forecast: {
    base: ['forecast', 'sales.csv', '--models', 'naive'],
    flags: { '--h': around(CLI_FLAG_RANGES.h), '--levels': around(CLI_FLAG_RANGES.levels), '--backtest': around(CLI_FLAG_RANGES.backtest), '--step': around(CLI_FLAG_RANGES.step), '--season': around(CLI_FLAG_RANGES.season), '--seed': around(CLI_FLAG_RANGES.forecastSeed), '--workers': around(CLI_FLAG_RANGES.workers), '--models': ['naive', 'ses,snaive'], '--freq': ['daily', 'hourly'], '--fill': ['previous', 'none'], '--out': [] },
  },
  run: {
    base: ['run', 'shop.yaml', '--reps', '1', '--days', '5'],
    flags: { '--reps': around(RUN_FLAG_RANGES.reps), '--days': around(RUN_FLAG_RANGES.days), '--seed': around(RUN_FLAG_RANGES.seed), '--workers': around(CLI_FLAG_RANGES.workers), '--rate': [...around(CLI_FLAG_RANGES.rate), '8%', '-60%'] },
  },
  'gen-sales': { base: ['gen-sales', 'shop.yaml', '--out', 'gen.csv', '--days', '5'], flags: { '--replication': around({ min: 0, max: RUN_FLAG_RANGES.reps.max - 1, integer: true, unit: '' }), '--days': around(RUN_FLAG_RANGES.days), '--seed': around(RUN_FLAG_RANGES.seed) } },
  policy: {
    base: ['policy', 'newsvendor', '--price', '10', '--cost', '4'],
    flags: { '--poisson': ['5', '10001', '1e6', '-1'], '--mean': ['100', '2e9', '-5'], '--sd': ['10', '0', '1e-7', '2e9'], '--salvage': ['1', '-2e9'], '--quantity': ['50', '1e10'] },
  },
};

const caseArbitrary = fc.constantFrom(...Object.keys(COMMANDS)).chain((name) => {
  const flags = Object.entries(COMMANDS[name].flags);
  const pair = fc.constantFrom(...flags).chain(([flag, values]) => fc.constantFrom(...values, ...ODD_VALUES).map((v) => [flag, v] as const));
  return fc.array(pair, { maxLength: 3 }).map((drawn) => [...COMMANDS[name].base, ...drawn.flat()]);
});

/** Flag combinations, in process: exit 0, or 2 with a message naming a flag or a file; never 1 or a stack. */
export function fuzzCli(numRuns: number, dir: string, seed = 3): Promise<FuzzReport> {
  return fuzzTargetAsync('CLI flag combinations', caseArbitrary, numRuns, seed, (args) => args.join(' '), async (args) => {
    const out = await runCli(args, dir);
    if (out.code === 0) return 'accepted';
    if (out.code !== 2 || /\n\s+at /.test(out.stderr) || out.stderr.trim() === '') return { crash: `exit ${out.code}: ${out.stderr.slice(0, 200)}` };
    return /--[a-z]|\.csv|\.yaml|policy/.test(out.stderr) ? 'rejected' : { unlocated: out.stderr.slice(0, 200) };
  });
}
