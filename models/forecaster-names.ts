// The forecaster names a front end can offer to scenarios' forecast-driven replenishment: the
// engine's built-in one, every model in the registry, and the neural model (loaded on demand).
import { forecasterNames } from './registry.ts';
import { BUILT_IN_FORECASTER, NEURAL_FORECASTER } from './replenishment-forecasters.ts';

/**
 * Forecaster names a front end can provide to scenarios: the engine's built-in one, every
 * registered model and, unless `neural` is false, the neural model. Sorted.
 */
export function replenishmentForecasterNames(options: { neural?: boolean } = {}): string[] {
  const names = new Set([BUILT_IN_FORECASTER, ...forecasterNames()]);
  if (options.neural !== false) names.add(NEURAL_FORECASTER);
  return [...names].sort();
}
