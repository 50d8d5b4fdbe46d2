// The neural model behind the common Forecaster interface: `fit` trains on the one series'
// own windows. The fitted model keeps its weights as plain arrays, so no tensor outlives a call
// and fitting inside a backtest loop leaks nothing.
import type { FittedModel, ForecastOutput, Forecaster, PredictOptions, SeriesInput } from '../forecaster.ts';
import type { NeuralConfig } from './config.ts';
import { resolveNeuralConfig } from './config.ts';
import { NeuralModel, NEURAL_MODEL_NAME, type NeuralSnapshot } from './model.ts';
import { trainGlobal } from './train.ts';
import { registerForecaster } from '../registry.ts';
import { selectBackend, type BackendSelection, type SelectBackendOptions } from './backend.ts';

/** Windows a single series must give at least, beyond one lag window and one horizon. */
export const MIN_TRAINING_WINDOWS = 28;

/** A fitted single-series neural model. */
export interface NeuralFittedModel extends FittedModel {
  /** The trained weights (plain arrays). */
  readonly snapshot: NeuralSnapshot;
}

/**
 * The neural forecaster for single-series use. Settings are those of `trainGlobal`; the season
 * length comes from each series. Runs on the active backend: `await selectBackend()` first for
 * WebAssembly speed (cpu is ~15× slower).
 */
export function neuralForecaster(options: Partial<NeuralConfig> = {}): Forecaster {
  // Checks the settings now, so a wrong one fails when the forecaster is made, not mid-backtest.
  const checked = resolveNeuralConfig(options);
  const fitWithSeed = (series: SeriesInput, seed: number): NeuralFittedModel => {
    const model = trainGlobal([series], { ...options, seed, seasonLength: series.seasonLength });
    let snapshot: NeuralSnapshot;
    try {
      snapshot = model.snapshot();
    } finally {
      model.dispose();
    }
    return {
      snapshot,
      predict(h: number, predictOptions: PredictOptions = {}): ForecastOutput {
        const restored = NeuralModel.fromSnapshot(snapshot);
        try {
          return restored.predict(series, h, { levels: predictOptions.levels });
        } finally {
          restored.dispose();
        }
      },
    };
  };
  return {
    name: NEURAL_MODEL_NAME,
    minLength: checked.lags + checked.horizon + MIN_TRAINING_WINDOWS - 1,
    fit: (series) => fitWithSeed(series, checked.seed),
    forecast: (series, h, predictOptions = {}) => fitWithSeed(series, predictOptions.seed ?? checked.seed).predict(h, predictOptions),
  };
}

/**
 * Puts the neural forecaster into the model registry under "neural" (replacing an earlier
 * registration), so `getForecaster('neural')` and `--models neural` find it. Returns it.
 */
export function registerNeuralForecaster(options: Partial<NeuralConfig> = {}): Forecaster {
  const forecaster = neuralForecaster(options);
  registerForecaster(forecaster);
  return forecaster;
}

/**
 * What a command line or worker calls once before using "neural": starts the best backend
 * (tfjs-node → wasm → cpu, or as `backend` asks), registers the forecaster, and says which
 * backend runs (`selection.backend`) so the caller can print it.
 */
export async function setupNeuralForecaster(
  options: Partial<NeuralConfig> & { backend?: SelectBackendOptions } = {},
): Promise<{ forecaster: Forecaster; selection: BackendSelection }> {
  const { backend, ...config } = options;
  const forecaster = neuralForecaster(config);
  const selection = await selectBackend(backend);
  registerForecaster(forecaster);
  return { forecaster, selection };
}
