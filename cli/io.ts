// The command line's I/O seam: commands write through a CliIO so tests can capture output, and
// report a user's mistake with UsageError (exit 2) instead of a stack trace.
import { renderMessage, type CliLang, type CliMessage } from './lang.ts';

/** Where a command reads and writes; the real one wraps process.stdout/stderr. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is an interactive terminal (progress bars only then). */
  isTTY: boolean;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** True when stderr is an interactive terminal: progress bars go there (default false). */
  stderrIsTTY?: boolean;
  /** Workers `--workers` defaults to (the real CLI: os.availableParallelism(); default 1). */
  defaultWorkers?: number;
  /** Aborts long runs (the real CLI: Ctrl-C). */
  interrupt?: AbortSignal;
  /** Environment the language is read from (LC_ALL, LC_MESSAGES, LANG; the real CLI: process.env). */
  env?: Record<string, string | undefined>;
  /** Language of the CLI's own messages, set by `main` from `--lang` or the locale. */
  lang?: CliLang;
}

/**
 * A mistake in what the user typed or gave (bad flag, bad file): exit code 2, message only. Given
 * a catalogue message, it is shown in the user's language; `message` holds the English text.
 */
export class UsageError extends Error {
  readonly #text: CliMessage | string;
  constructor(message: CliMessage | string) {
    super(renderMessage('en', message));
    this.name = 'UsageError';
    this.#text = message;
  }

  /** The message in `lang`. */
  in(lang: CliLang): string {
    return renderMessage(lang, this.#text);
  }
}

/** Every command module exports `main` with this signature and returns its exit code. */
export type CommandMain = (args: string[], io: CliIO) => Promise<number>;

/** Exit codes: 0 ok, 1 internal error, 2 bad input, 130 interrupted (Ctrl-C). */
export const EXIT = { ok: 0, internal: 1, badInput: 2, interrupted: 130 } as const;
