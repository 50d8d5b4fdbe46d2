// A trained neural model: predicts any series (seen in training or not) from its recent
// history, for any horizon (longer than the trained one by chaining passes), with quantiles.
import { ModelError } from '../errors.ts';
import * as tf from '@tensorflow/tfjs';
import type { ForecastOutput } from '../forecaster.ts';
import type { NeuralArchitecture } from './config.ts';
import { featureWidth, prepareSeries, writeFeatures, type NeuralSeries } from './features.ts';
import { applyHead, createNeuralModel } from './network.ts';
import { ensureBackendSync } from './backend.ts';
import { interpolateQuantile, reportedProbabilities } from './quantiles.ts';

/** How a model was trained (absent on a model loaded from storage). */
export interface TrainingReport {
  /** Backend that trained it ('cpu', 'wasm', 'tensorflow'). */
  backend: string;
  series: number;
  /** Series long enough to give at least one window. */
  seriesUsed: number;
  windows: number;
  epochs: number;
  /** Mean training loss (pinball + weighted squared error, scaled units) after each epoch. */
  lossByEpoch: number[];
  /** Validation loss after each epoch (empty without a validation split). */
  validationLossByEpoch?: number[];
  /** Epoch (1-based) whose weights the model keeps: the lowest validation loss (the last without a split). */
  bestEpoch?: number;
  secondsPerEpoch: number;
  seed: number;
}

/** Options of a prediction. */
export interface NeuralPredictOptions {
  /** Central interval levels in percent, e.g. [80, 95]. */
  levels?: number[];
}

/** A model's weights as plain arrays: safe to keep, clone or post to a worker; holds no tensors. */
export interface NeuralSnapshot {
  architecture: NeuralArchitecture;
  weights: { shape: number[]; values: Float32Array }[];
  training?: TrainingReport;
}

/** The name forecasts of this model carry in `ForecastOutput.model`. */
export const NEURAL_MODEL_NAME = 'neural';

/** A trained network with its architecture. Call `dispose()` when done: it holds tensors. */
export class NeuralModel {
  private disposed = false;

  constructor(
    /** The TensorFlow.js network (raw outputs; see `applyHead`). */
    readonly network: tf.LayersModel,
    readonly architecture: NeuralArchitecture,
    readonly training?: TrainingReport,
  ) {}

  /** Fewest history values a series needs to be forecast: one lag window. */
  get minHistory(): number {
    return this.architecture.lags;
  }

  /** Forecasts one series `h` periods ahead (mean, and quantiles 0.1/0.5/0.9 plus the levels' ends). */
  predict(series: NeuralSeries, h: number, levels?: number[] | NeuralPredictOptions): ForecastOutput {
    const options = Array.isArray(levels) ? { levels } : (levels ?? {});
    return this.predictBatch([series], h, options)[0];
  }

  /**
   * Forecasts many series in one pass per `horizon` days. Beyond the trained horizon, each pass
   * continues from the previous pass's mean; the later intervals then leave out the uncertainty
   * of the earlier days, so they are too narrow.
   */
  predictBatch(series: NeuralSeries[], h: number, options: NeuralPredictOptions = {}): ForecastOutput[] {
    if (this.disposed) throw new Error('this neural model was disposed');
    if (!Number.isInteger(h) || h < 1) throw new Error(`forecast horizon must be a whole number of periods ≥ 1, got ${h}`);
    const probs = reportedProbabilities(options.levels);
    if (series.length === 0) return [];
    const arch = this.architecture;
    const { lags, horizon, quantiles: grid } = arch;
    const passes = Math.ceil(h / horizon);
    const prepared = series.map((s, i) => prepareSeries(s, arch, h, i));
    for (const s of prepared) {
      if (s.y.length < lags) throw new ModelError('neural.lagWindow', { series: s.name, got: s.y.length, lags });
    }
    const extended = prepared.map((s) => {
      const e = new Float64Array(s.y.length + passes * horizon);
      e.set(s.y);
      return e;
    });
    const outputs = prepared.map(() => ({ mean: new Float64Array(h), fans: new Float64Array(h * grid.length) }));
    ensureBackendSync();
    const width = featureWidth(arch);
    const x = new Float32Array(series.length * width);
    const scales = new Float64Array(series.length);
    for (let pass = 0; pass < passes; pass++) {
      prepared.forEach((s, i) => {
        scales[i] = writeFeatures(s, s.y.length + pass * horizon, arch, x, i * width, extended[i]);
      });
      const [mean, fan] = tf.tidy(() => {
        const head = applyHead(this.network.predict(tf.tensor2d(x, [series.length, width])) as tf.Tensor2D, arch);
        return [head.mean.dataSync(), head.quantiles.dataSync()];
      });
      prepared.forEach((s, i) => {
        for (let d = 0; d < horizon; d++) {
          const day = pass * horizon + d;
          const value = mean[i * horizon + d] * scales[i];
          extended[i][s.y.length + day] = value;
          if (day >= h) continue;
          outputs[i].mean[day] = value;
          for (let k = 0; k < grid.length; k++) {
            outputs[i].fans[day * grid.length + k] = fan[(i * horizon + d) * grid.length + k] * scales[i];
          }
        }
      });
    }
    return outputs.map(({ mean, fans }) => {
      const quantiles = new Map<number, Float64Array>();
      for (const p of probs) {
        const path = new Float64Array(h);
        for (let day = 0; day < h; day++) path[day] = interpolateQuantile(grid, fans.subarray(day * grid.length, (day + 1) * grid.length), p);
        quantiles.set(p, path);
      }
      return { mean, quantiles, model: NEURAL_MODEL_NAME, detail: this.describe() };
    });
  }

  /** Copies the weights out of the backend (see `NeuralSnapshot`). */
  snapshot(): NeuralSnapshot {
    if (this.disposed) throw new Error('this neural model was disposed');
    const weights = this.network.getWeights().map((w) => ({ shape: [...w.shape], values: Float32Array.from(w.dataSync() as Float32Array) }));
    return { architecture: this.architecture, weights, training: this.training };
  }

  /** Rebuilds a model from a snapshot on the active backend. */
  static fromSnapshot(snapshot: NeuralSnapshot): NeuralModel {
    ensureBackendSync();
    const network = createNeuralModel(snapshot.architecture, 0);
    const tensors = snapshot.weights.map((w) => tf.tensor(w.values, w.shape));
    try {
      network.setWeights(tensors);
    } catch (error) {
      network.dispose();
      throw new Error(`the snapshot's weights do not fit its architecture: ${(error as Error).message}`);
    } finally {
      tf.dispose(tensors);
    }
    return new NeuralModel(network, snapshot.architecture, snapshot.training);
  }

  /** A one-line description for `ForecastOutput.detail`. */
  describe(): string {
    const a = this.architecture;
    const t = this.training;
    const trained = t ? `, trained on ${t.backend} for ${t.epochs} epochs on ${t.windows} windows of ${t.seriesUsed} series` : '';
    return `neural MLP: ${a.lags} lags → ${a.horizon} days × ${a.quantiles.length} quantiles, ${a.hiddenUnits}×2 hidden units${trained}`;
  }

  /** Frees the network's tensors; the model cannot predict afterwards. */
  dispose(): void {
    if (!this.disposed) this.network.dispose();
    this.disposed = true;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }
}
