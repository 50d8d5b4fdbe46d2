// Turns anything a command throws into what the user sees and the exit code: their mistakes
// (bad flags, bad scenario, bad lever) as a plain message with exit 2, Ctrl-C as 130, and
// everything else as an internal error with its stack (exit 1).
import { KpiConditionError, LeverError } from '../sim/index.ts';
import { EXIT, UsageError } from './io.ts';
import { cliText, type CliLang } from './lang.ts';
import { ExecutorLostError } from '../sim/index.ts';

/** Problems found in a scenario file, already formatted one per line ("error: file:line:col: path: message"). */
export class ScenarioFileError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'ScenarioFileError';
  }
}

/** The message for stderr (framed in `lang`) and the exit code for a thrown value. */
export function describeError(error: unknown, lang: CliLang = 'en'): { message: string; code: number } {
  if (error instanceof UsageError) return { message: cliText(lang, 'error.prefix', { message: error.in(lang) }), code: EXIT.badInput };
  if (error instanceof LeverError || error instanceof KpiConditionError) return { message: cliText(lang, 'error.prefix', { message: error.message }), code: EXIT.badInput };
  if (error instanceof ScenarioFileError) return { message: error.lines.join('\n'), code: EXIT.badInput };
  // The engine's ScenarioRunError (a problem only a run reveals) and a UsageError may arrive
  // re-created from a worker.
  if (error instanceof Error && (error.name === 'ScenarioRunError' || error.name === 'UsageError')) return { message: cliText(lang, 'error.prefix', { message: error.message }), code: EXIT.badInput };
  if (error instanceof Error && error.name === 'AbortError') return { message: cliText(lang, 'error.cancelled'), code: EXIT.interrupted };
  // A task whose worker died every time it was tried: the runner's message names it and the cause.
  if (error instanceof ExecutorLostError) return { message: cliText(lang, 'error.lost', { message: error.message }), code: EXIT.internal };
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return { message: cliText(lang, 'error.internal', { detail }), code: EXIT.internal };
}
