// A one-line progress bar on stderr (percentage, replications done, time left), drawn only when
// stderr is an interactive terminal, so piped output and tests stay clean.
import type { Progress } from '../sim/light.ts';
import { formatDuration } from './format.ts';
import type { CliIO } from './io.ts';
import { cliText, type CliLang } from './lang.ts';

/** The bar's text for one progress state, e.g. "[#####·····]  50 %  10/20 replications  ETA 12 s". */
export function progressLine(p: Progress, width = 24, lang: CliLang = 'en'): string {
  const filled = Math.round(p.fraction * width);
  const bar = '#'.repeat(filled) + '·'.repeat(width - filled);
  const pct = `${Math.floor(p.fraction * 100)}`.padStart(3);
  const eta = p.etaMs === null ? cliText(lang, 'progress.etaUnknown') : cliText(lang, 'progress.eta', { time: formatDuration(p.etaMs, lang) });
  return cliText(lang, 'progress.line', { bar, pct, done: p.replicationsDone, total: p.replicationsTotal, eta });
}

/** A progress sink for a command, and `done` to clear its line; inert when stderr is not a TTY. */
export function progressBar(io: CliIO, minIntervalMs = 100): { onProgress?: (p: Progress) => void; done: () => void } {
  if (!io.stderrIsTTY) return { done: () => {} };
  let last = -Infinity;
  let drawn = false;
  return {
    onProgress: (p) => {
      const now = performance.now();
      if (now - last < minIntervalMs && p.fraction < 1) return;
      last = now;
      drawn = true;
      io.stderr(`\r${progressLine(p, 24, io.lang)}\x1b[K`);
    },
    done: () => {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
