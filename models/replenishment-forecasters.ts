// The forecasters a scenario's forecast-driven replenishment names, in one place for every front
// end and executor: the registry `simulate` needs, built from the model registry only when a
// scenario asks for one. The models load lazily (an executor that never meets such a scenario
// never loads them; the neural model brings TensorFlow.js).
import { ScenarioRunError } from '../sim/engine/errors.ts';
import type { ForecasterRegistry } from '../sim/engine/options.ts';
import type { Scenario } from '../sim/scenario/schema.ts';
import { closest } from '../sim/text/didYouMean.ts';

/** Built into the engine; needs no model. */
export const BUILT_IN_FORECASTER = 'moving-average';

/** The neural model's name; it registers itself when its module loads. */
export const NEURAL_FORECASTER = 'neural';
const NEURAL = NEURAL_FORECASTER;

/** How a front end loads the neural forecaster (e.g. with its wasm paths); default: register it with its defaults. */
export interface ForecasterLoading {
  loadNeural?: () => Promise<void>;
}

/** Forecaster names that forecast-driven SKUs of `scenarios` use besides the built-in one, each with the first field naming it; sorted by name. */
export function forecastModelsUsed(scenarios: readonly Scenario[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of scenarios) {
    for (const [id, sku] of Object.entries(s.skus)) {
      const name = sku.replenishment.forecastModel;
      if (sku.replenishment.policy === 'forecast' && name !== BUILT_IN_FORECASTER && !names.has(name)) names.set(name, `skus.${id}.replenishment.forecastModel`);
    }
  }
  return new Map([...names].sort(([a], [b]) => a.localeCompare(b)));
}

const cache = new Map<string, ForecasterRegistry>();

async function defaultLoadNeural(): Promise<void> {
  const neural = await import('./neural/index.ts');
  neural.registerNeuralForecaster();
}

/**
 * The registry `simulate` needs for `scenarios`, or undefined when they use only the built-in
 * forecaster. Throws a ScenarioRunError naming the field (and the closest known name) for a
 * forecaster nobody provides.
 */
export async function replenishmentForecastersFor(scenarios: readonly Scenario[], loading: ForecasterLoading = {}): Promise<ForecasterRegistry | undefined> {
  const used = forecastModelsUsed(scenarios);
  const names = [...used.keys()];
  if (names.length === 0) return undefined;
  const key = names.join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const [{ hasForecaster }, { replenishmentForecasters }, { replenishmentForecasterNames }] = await Promise.all([import('./registry.ts'), import('./replenishment.ts'), import('./forecaster-names.ts')]);
  if (names.includes(NEURAL) && !hasForecaster(NEURAL)) await (loading.loadNeural ?? defaultLoadNeural)();
  for (const [name, path] of used) {
    if (!hasForecaster(name)) {
      const known = replenishmentForecasterNames();
      const guess = closest(name, known);
      throw new ScenarioRunError(path, `unknown forecaster "${name}"${guess ? `; did you mean ${guess}?` : ''}; known: ${known.join(', ')}`);
    }
  }
  const built = replenishmentForecasters(names);
  cache.set(key, built);
  return built;
}
