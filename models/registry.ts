// Forecasters by name. The built-in ones are registered here; others (the neural model) register
// themselves with `registerForecaster` when their module is loaded.
import type { Forecaster } from './forecaster.ts';
import { naive } from './baselines/naive.ts';
import { seasonalNaive } from './baselines/seasonal-naive.ts';
import { windowAverage } from './baselines/window-average.ts';
import { drift } from './baselines/drift.ts';
import { historicAverage } from './baselines/historic-average.ts';
import { ses } from './ets/ses.ts';
import { holt } from './ets/holt.ts';
import { holtWinters } from './ets/holt-winters.ts';
import { autoEts } from './ets/auto-ets.ts';
import { croston } from './intermittent/croston.ts';
import { sba } from './intermittent/sba.ts';
import { tsb } from './intermittent/tsb.ts';
import { adida } from './intermittent/adida.ts';
import { auto } from './auto.ts';

const registry = new Map<string, Forecaster>();

/** Adds (or replaces) a forecaster under its name. */
export function registerForecaster(forecaster: Forecaster): void {
  registry.set(forecaster.name, forecaster);
}

for (const f of [naive, seasonalNaive, windowAverage, drift, historicAverage, ses, holt, holtWinters, autoEts, croston, sba, tsb, adida, auto]) {
  registerForecaster(f);
}

/** Names of every registered forecaster, in registration order. */
export function forecasterNames(): string[] {
  return [...registry.keys()];
}

/** True when a forecaster of that name is registered. */
export function hasForecaster(name: string): boolean {
  return registry.has(name);
}

/** Thrown for a name nobody registered; its message lists the names and suggests the closest. */
export class UnknownForecasterError extends Error {
  constructor(name: string) {
    const names = forecasterNames();
    const guess = closest(name, names);
    super(`unknown model "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; available: ${names.join(', ')}`);
    this.name = 'UnknownForecasterError';
  }
}

/** The forecaster registered under `name`; throws UnknownForecasterError otherwise. */
export function getForecaster(name: string): Forecaster {
  const forecaster = registry.get(name);
  if (!forecaster) throw new UnknownForecasterError(name);
  return forecaster;
}

/** Levenshtein distance of two strings. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The candidate nearest to `word` (case-insensitive) if it is plausibly a typo of it, else undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
