// Options the simulation commands share: seed, replications, horizon and workers, applied to the
// scenario so that what is recorded is exactly what ran; and writing output files.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setPath, type Scenario } from '../sim/index.ts';
import { flagNumber, type FlagSpec, type ParsedArgs } from './args.ts';
import { CLI_FLAG_RANGES, RUN_FLAG_RANGES } from './flag-bounds.ts';
import { UsageError, type CliIO } from './io.ts';
import { cliMessage, cliText, type CliLang } from './lang.ts';
import { queueFlagsHelp } from './queue/flags.ts';

/** Flags of every command that simulates. */
export const RUN_FLAGS: FlagSpec = { ...RUN_FLAG_RANGES, workers: CLI_FLAG_RANGES.workers, redis: 'string', queue: 'string', help: 'boolean', h: 'boolean' };

/** Help lines for the shared flags in `lang`; defaults are the scenario's or, for commands of two, the baseline's. */
export function runFlagsHelp(lang: CliLang, whose: 'scenario' | 'baseline' = 'scenario'): string[] {
  const owner = cliText(lang, whose === 'scenario' ? 'help.theScenarios' : 'help.theBaselines');
  return [...cliText(lang, 'help.runFlags', { whose: owner }).split('\n'), ...queueFlagsHelp(lang)];
}

/** The scenario with `--seed`, `--reps` and `--days` applied (validated again; parseArgs checked their ranges). */
export function applyRunFlags(scenario: Scenario, parsed: ParsedArgs): Scenario {
  let s = scenario;
  const seed = flagNumber(parsed, 'seed');
  const reps = flagNumber(parsed, 'reps');
  const days = flagNumber(parsed, 'days');
  if (seed !== undefined) s = setPath(s, 'seed', seed);
  if (reps !== undefined) s = setPath(s, 'replications', reps);
  if (days !== undefined) s = setPath(s, 'days', days);
  return s;
}

/**
 * Replications per worker below which starting one does not pay: a worker spends ~2.4 s of CPU
 * loading tsx, the engine and mathjs, about six replications of the default shop (~0.4 s each).
 */
const TASKS_PER_WORKER = 6;

/**
 * `--workers`, else one per core (io.defaultWorkers) but no more than one per
 * TASKS_PER_WORKER replications; never more than the replications to run.
 */
export function workerCount(parsed: ParsedArgs, io: CliIO, tasks: number): number {
  const asked = flagNumber(parsed, 'workers');
  const wanted = asked ?? Math.min(io.defaultWorkers ?? 1, Math.floor(tasks / TASKS_PER_WORKER));
  return Math.max(1, Math.min(wanted, tasks));
}

/** Writes `text` to `file` (relative to cwd; "-" means stdout), creating its folder. */
export function writeOutput(io: CliIO, file: string, text: string): void {
  if (file === '-') {
    io.stdout(text);
    return;
  }
  const path = resolve(io.cwd, file);
  try {
    makeFolders(dirname(path));
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(cliMessage('io.cannotWrite', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
}

/**
 * Creates `dir` and its missing parents one level at a time (Node's recursive mkdir loops
 * forever under /proc, so it is not used).
 */
function makeFolders(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolders(parent);
  mkdirSync(dir);
}

/** JSON with NaN and ±Infinity as null and typed arrays as plain arrays, indented two spaces. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) return null;
      if (v instanceof Float64Array) return Array.from(v, (x) => (Number.isFinite(x) ? x : null));
      return v;
    },
    2,
  )}\n`;
}

/** The error for a command that takes one scenario file and got none (showing `usage`) or several. */
export function oneFileError(command: string, usage: string, files: readonly string[]): UsageError {
  return new UsageError(files.length === 0 ? cliMessage('io.needsOneFile', { command, usage }) : cliMessage('io.takesOneFile', { command, count: files.length, files: files.join(' ') }));
}
