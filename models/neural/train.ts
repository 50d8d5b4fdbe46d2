// Trains one network across many series ("global" model): windows of every series are pooled,
// shuffled with a seeded stream, and fitted by Adam on the pinball loss in mini-batches.
import { ModelError } from '../errors.ts';
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../../sim/random.ts';
import { architectureOf, resolveNeuralConfig, type NeuralConfig } from './config.ts';
import { buildWindows, prepareSeries, type NeuralSeries, type WindowSet } from './features.ts';
import { createNeuralModel, trainingLoss } from './network.ts';
import { ensureBackendSync } from './backend.ts';
import { NeuralModel, type TrainingReport } from './model.ts';

/** Options of `trainGlobal`: any setting of `NeuralConfig`, and progress. */
export interface TrainOptions extends Partial<NeuralConfig> {
  /** Called after each epoch with (epochsDone, epochsTotal, mean training loss of the epoch). */
  onEpoch?: (epochsDone: number, epochsTotal: number, loss: number) => void;
}

/** Options of `trainGlobalAsync`, which yields between epochs so a worker stays responsive. */
export interface TrainAsyncOptions extends TrainOptions {
  /** Stops training at the next epoch boundary with an `AbortError`. */
  signal?: AbortSignal;
}

/**
 * Trains a global model on many series (all with the same season length) and returns it.
 * Synchronous: runs on the active backend (cpu unless `selectBackend` chose another).
 * Series shorter than lags + horizon do not contribute windows (counted in `training`).
 */
export function trainGlobal(series: NeuralSeries[], options: TrainOptions = {}): NeuralModel {
  const session = startTraining(series, options);
  try {
    for (let e = 0; e < session.config.epochs && !session.stopped(); e++) for (const _ of session.epoch(e));
    return session.finish();
  } catch (error) {
    session.network.dispose();
    throw error;
  } finally {
    session.dispose();
  }
}

/** Longest stretch of batches `trainGlobalAsync` runs before it lets other work in (ms). */
const YIELD_EVERY_MS = 50;

/**
 * `trainGlobal` that hands the event loop back every ~50 ms (between batches), so a worker can
 * receive a cancellation and report progress, and that stops with an `AbortError` when asked.
 */
export async function trainGlobalAsync(series: NeuralSeries[], options: TrainAsyncOptions = {}): Promise<NeuralModel> {
  const session = startTraining(series, options);
  const pause = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.signal?.aborted) throw new DOMException('neural training was cancelled', 'AbortError');
  };
  try {
    await pause();
    let last = performance.now();
    for (let e = 0; e < session.config.epochs && !session.stopped(); e++) {
      for (const _ of session.epoch(e)) {
        if (performance.now() - last >= YIELD_EVERY_MS) {
          await pause();
          last = performance.now();
        }
      }
      await pause();
      last = performance.now();
    }
    return session.finish();
  } catch (error) {
    session.network.dispose();
    throw error;
  } finally {
    session.dispose();
  }
}

interface TrainingSession {
  config: NeuralConfig;
  network: tf.LayersModel;
  /** Runs one epoch, yielding after each batch; then scores the validation windows. */
  epoch(index: number): Generator<void>;
  /** True once early stopping has seen `patience` epochs without a better validation loss. */
  stopped(): boolean;
  finish(): NeuralModel;
  dispose(): void;
}

function startTraining(series: NeuralSeries[], options: TrainOptions): TrainingSession {
  if (!Array.isArray(series) || series.length === 0) throw new Error('the neural model needs at least one series to train on');
  const config = resolveNeuralConfig({ ...options, seasonLength: options.seasonLength ?? series[0].seasonLength });
  const arch = architectureOf(config);
  const prepared = series.map((s, i) => prepareSeries(s, arch, 0, i));
  const windows = buildWindows(prepared, arch, config.windowStride, config.maxWindowsPerSeries);
  if (windows.count === 0) {
    throw new ModelError('neural.tooShort', { needed: arch.lags + arch.horizon, lags: arch.lags, horizon: arch.horizon, longest: Math.max(...series.map((s) => s.y.length)) });
  }
  const backend = ensureBackendSync();
  const network = createNeuralModel(arch, config.seed);
  const optimizer = tf.train.adam(config.learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const shuffle = Rng.stream(config.seed, 0, 'forecast').split('neural-shuffle');
  const batch = makeBatcher(windows, config.batchSize, arch.horizon);
  const { training, validation } = splitWindows(windows, config.validationShare);
  const lossByEpoch: number[] = [];
  const validationLossByEpoch: number[] = [];
  let best: { loss: number; epoch: number; weights: tf.Tensor[] } | undefined;
  const started = performance.now();
  let disposed = false;
  return {
    config,
    network,
    *epoch(index) {
      const permuted = permutation(training.length, shuffle);
      const order = permuted.map((k) => training[k]);
      let lossSum = 0;
      for (let from = 0; from < order.length; from += config.batchSize) {
        const [x, y] = batch(order, from);
        const cost = optimizer.minimize(() => trainingLoss(network.apply(x, { training: true }) as tf.Tensor2D, y, arch, config.meanLossWeight), true, variables);
        lossSum += cost!.dataSync()[0] * x.shape[0];
        tf.dispose([x, y, cost!]);
        yield;
      }
      lossByEpoch.push(lossSum / order.length);
      if (validation.length > 0) {
        let validationSum = 0;
        for (let from = 0; from < validation.length; from += config.batchSize) {
          const [x, y] = batch(validation, from);
          const cost = tf.tidy(() => trainingLoss(network.apply(x, { training: false }) as tf.Tensor2D, y, arch, config.meanLossWeight));
          validationSum += cost.dataSync()[0] * x.shape[0];
          tf.dispose([x, y, cost]);
        }
        const loss = validationSum / validation.length;
        validationLossByEpoch.push(loss);
        if (best === undefined || loss < best.loss) {
          if (best) tf.dispose(best.weights);
          best = { loss, epoch: index + 1, weights: network.getWeights().map((w) => w.clone()) };
        }
      }
      options.onEpoch?.(index + 1, config.epochs, lossSum / order.length);
    },
    stopped() {
      return best !== undefined && validationLossByEpoch.length - best.epoch >= config.patience;
    },
    finish() {
      const seconds = (performance.now() - started) / 1000;
      // Early stopping keeps the weights of the epoch with the lowest validation loss.
      if (best) {
        network.setWeights(best.weights);
        tf.dispose(best.weights);
      }
      const report: TrainingReport = {
        backend,
        series: series.length,
        seriesUsed: prepared.filter((s) => s.y.length >= arch.lags + arch.horizon).length,
        windows: windows.count,
        epochs: lossByEpoch.length,
        lossByEpoch,
        ...(validation.length > 0 ? { validationLossByEpoch, bestEpoch: best?.epoch ?? lossByEpoch.length } : {}),
        secondsPerEpoch: lossByEpoch.length ? seconds / lossByEpoch.length : 0,
        seed: config.seed,
      };
      return new NeuralModel(network, arch, report);
    },
    dispose() {
      if (!disposed) optimizer.dispose();
      disposed = true;
      if (best) tf.dispose(best.weights);
      best = undefined;
    },
  };
}

/**
 * Row indices for training and for validation: the most recent ⌈share × windows⌉ windows of each
 * series (at least one, and never a series' only window) are held out, the rest train.
 */
export function splitWindows(windows: WindowSet, share: number): { training: Uint32Array; validation: Uint32Array } {
  const training: number[] = [];
  const validation: number[] = [];
  let start = 0;
  while (start < windows.count) {
    let end = start;
    while (end < windows.count && windows.seriesOf[end] === windows.seriesOf[start]) end++;
    const rows = end - start;
    const held = share > 0 && rows > 1 ? Math.min(rows - 1, Math.max(1, Math.ceil(share * rows))) : 0;
    for (let r = start; r < end; r++) (r >= end - held ? validation : training).push(r);
    start = end;
  }
  return { training: Uint32Array.from(training), validation: Uint32Array.from(validation) };
}

/** Gathers a batch of rows (in shuffled order) into input and target tensors. */
function makeBatcher(w: WindowSet, batchSize: number, horizon: number) {
  const xb = new Float32Array(batchSize * w.width);
  const yb = new Float32Array(batchSize * horizon);
  return (order: Uint32Array, from: number): [tf.Tensor2D, tf.Tensor2D] => {
    const rows = Math.min(batchSize, order.length - from);
    for (let r = 0; r < rows; r++) {
      const src = order[from + r];
      xb.set(w.x.subarray(src * w.width, (src + 1) * w.width), r * w.width);
      yb.set(w.y.subarray(src * horizon, (src + 1) * horizon), r * horizon);
    }
    return [tf.tensor2d(xb.slice(0, rows * w.width), [rows, w.width]), tf.tensor2d(yb.slice(0, rows * horizon), [rows, horizon])];
  };
}

/** Fisher–Yates shuffle of 0…n−1 drawn from a seeded stream. */
function permutation(n: number, rng: Rng): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
