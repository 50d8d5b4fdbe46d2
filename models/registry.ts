// Forecasters by name. The built-in ones are registered here; others (the neural model) register
// themselves with `registerForecaster` when their module is loaded.
import { ModelError } from './errors.ts';
import { closest as closestName } from '../sim/text/didYouMean.ts';
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
import { theta, autoTheta } from './theta/theta.ts';
import { stlEts } from './decompose/stl-forecaster.ts';
import { dhr } from './harmonic/dhr.ts';
import { autoArimaForecaster } from './arima/auto-arima.ts';
import { auto } from './auto.ts';

const registry = new Map<string, Forecaster>();

/** Adds (or replaces) a forecaster under its name. */
export function registerForecaster(forecaster: Forecaster): void {
  registry.set(forecaster.name, forecaster);
}

for (const f of [naive, seasonalNaive, windowAverage, drift, historicAverage, ses, holt, holtWinters, autoEts, theta, autoTheta, stlEts, dhr, autoArimaForecaster, croston, sba, tsb, adida, auto]) {
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
export class UnknownForecasterError extends ModelError<'forecast.unknownModel'> {
  constructor(name: string) {
    const names = forecasterNames();
    super('forecast.unknownModel', { name, suggestion: closest(name, names) ?? null, available: names });
    this.name = 'UnknownForecasterError';
  }
}

/** The forecaster registered under `name`; throws UnknownForecasterError otherwise. */
export function getForecaster(name: string): Forecaster {
  const forecaster = registry.get(name);
  if (!forecaster) throw new UnknownForecasterError(name);
  return forecaster;
}

/** The candidate nearest to `word` (case-insensitive) if it is plausibly a typo of it, else undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestName(word, candidates) ?? undefined;
}
