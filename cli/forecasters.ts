// The forecasters a scenario's forecast-driven replenishment names, built from the model
// registry only when a scenario asks for one (the models load lazily; the neural one only when
// named, since it brings TensorFlow.js).
import type { ForecasterRegistry, Scenario } from '../sim/index.ts';
import { suggestion } from './did-you-mean.ts';
import { UsageError } from './io.ts';

/** Built into the engine; needs no model. */
const BUILT_IN = 'moving-average';

/** Forecaster names that forecast-driven SKUs of `scenarios` use besides the built-in one, each with the first field naming it. */
export function forecastModelsUsed(scenarios: readonly Scenario[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of scenarios) {
    for (const [id, sku] of Object.entries(s.skus)) {
      const name = sku.replenishment.forecastModel;
      if (sku.replenishment.policy === 'forecast' && name !== BUILT_IN && !names.has(name)) names.set(name, `skus.${id}.replenishment.forecastModel`);
    }
  }
  return new Map([...names].sort(([a], [b]) => a.localeCompare(b)));
}

const cache = new Map<string, ForecasterRegistry>();

/**
 * The registry `simulate` needs for `scenarios`, or undefined when they use only the built-in
 * forecaster. Throws UsageError naming the field for a forecaster the model registry lacks.
 */
export async function forecastersFor(scenarios: readonly Scenario[]): Promise<ForecasterRegistry | undefined> {
  const used = forecastModelsUsed(scenarios);
  const names = [...used.keys()];
  if (names.length === 0) return undefined;
  const key = names.join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const registry = await import('../models/light.ts');
  if (names.includes('neural') && !registry.hasForecaster('neural')) {
    const neural = await import('../models/index.ts');
    neural.registerNeuralForecaster();
  }
  const { replenishmentForecasters } = await import('../models/light.ts');
  for (const [name, path] of used) {
    if (!registry.hasForecaster(name)) {
      const known = [BUILT_IN, ...registry.forecasterNames()].sort();
      throw new UsageError(`${path}: unknown forecaster "${name}"${suggestion(name, known)}; known: ${known.join(', ')}`);
    }
  }
  const built = replenishmentForecasters(names);
  cache.set(key, built);
  return built;
}
