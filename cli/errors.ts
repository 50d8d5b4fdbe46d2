// Turns anything a command throws into what the user sees and the exit code: their mistakes
// (bad flags, bad scenario, bad lever) as a plain message with exit 2, Ctrl-C as 130, and
// everything else as an internal error with its stack (exit 1).
import { CalibrationInputError, errorText, ExecutorLostError, FormulaError, KpiConditionError, LeverError } from '../sim/index.ts';
import { EXIT, UsageError } from './io.ts';
import { cliText, type CliLang } from './lang.ts';

/**
 * Names of sim/'s errors that are the user's mistake (a bad lever, condition, calibration input, or
 * a scenario only a run shows to be impossible), matched by name too, since an error re-created from a
 * worker thread or a queue keeps its name, message, code and parameters but not its class.
 */
const USER_ERRORS = new Set(['LeverError', 'BudgetSpecError', 'KpiConditionError', 'CalibrationInputError', 'ScenarioRunError', 'FormulaError', 'UsageError']);

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
  if (error instanceof ScenarioFileError) return { message: error.lines.join('\n'), code: EXIT.badInput };
  // sim/'s coded errors render in `lang` (errorText); a re-created one keeps its code and parameters.
  const userMistake = error instanceof LeverError || error instanceof KpiConditionError || error instanceof CalibrationInputError || error instanceof FormulaError;
  if (userMistake || (error instanceof Error && USER_ERRORS.has(error.name))) return { message: cliText(lang, 'error.prefix', { message: errorText(error, lang) }), code: EXIT.badInput };
  if (error instanceof Error && error.name === 'AbortError') return { message: cliText(lang, 'error.cancelled'), code: EXIT.interrupted };
  // A task whose worker died every time it was tried: the runner's message names it and the cause.
  if (error instanceof ExecutorLostError) return { message: cliText(lang, 'error.lost', { message: error.message }), code: EXIT.internal };
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return { message: cliText(lang, 'error.internal', { detail }), code: EXIT.internal };
}
