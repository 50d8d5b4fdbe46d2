// The network: a small MLP from window features to, per forecast day, a mean and a fan of
// quantiles. The head keeps outputs non-negative and quantiles ordered by construction:
// median = softplus, each further quantile = its neighbour ± softplus (then ≥ 0).
import * as tf from '@tensorflow/tfjs';
import type { NeuralArchitecture } from './config.ts';
import { featureWidth } from './features.ts';
import { Rng } from '../../sim/random.ts';

/**
 * Builds the untrained network of an architecture. Weights are drawn from seeded initialisers,
 * so one seed gives one network on one backend. Output: horizon × (1 + quantiles) raw values.
 */
export function createNeuralModel(arch: NeuralArchitecture, seed: number): tf.LayersModel {
  const rng = Rng.stream(seed, 0, 'forecast').split('neural-init');
  const init = () => tf.initializers.glorotUniform({ seed: rng.nextU32() });
  const out = arch.horizon * (1 + arch.quantiles.length);
  return tf.sequential({
    name: 'shoplab_neural',
    layers: [
      tf.layers.dense({ inputShape: [featureWidth(arch)], units: arch.hiddenUnits, activation: 'relu', kernelInitializer: init(), name: 'hidden1' }),
      tf.layers.dense({ units: arch.hiddenUnits, activation: 'relu', kernelInitializer: init(), name: 'hidden2' }),
      tf.layers.dense({ units: out, kernelInitializer: init(), name: 'head' }),
    ],
  });
}

/** The outputs of the head: mean [batch, horizon] and quantiles [batch, horizon, quantiles]. */
export interface HeadOutput {
  mean: tf.Tensor2D;
  quantiles: tf.Tensor3D;
}

/** Turns raw network outputs [batch, horizon × (1 + Q)] into a non-negative mean and ordered quantiles. */
export function applyHead(raw: tf.Tensor2D, arch: NeuralArchitecture): HeadOutput {
  return tf.tidy(() => {
    const q = arch.quantiles.length;
    const m = arch.quantiles.indexOf(0.5);
    const r = raw.reshape([-1, arch.horizon, 1 + q]) as tf.Tensor3D;
    const mean = tf.softplus(r.slice([0, 0, 0], [-1, -1, 1])).squeeze([2]) as tf.Tensor2D;
    const median = tf.softplus(r.slice([0, 0, 1 + m], [-1, -1, 1]));
    const parts: tf.Tensor[] = [];
    if (m > 0) {
      const gaps = tf.softplus(r.slice([0, 0, 1], [-1, -1, m]));
      // Each lower quantile sits below the median by the sum of the gaps between them.
      parts.push(tf.relu(median.sub(tf.cumsum(gaps, 2, false, true))));
    }
    parts.push(median);
    if (m < q - 1) {
      const gaps = tf.softplus(r.slice([0, 0, 2 + m], [-1, -1, q - 1 - m]));
      parts.push(median.add(tf.cumsum(gaps, 2)));
    }
    return { mean, quantiles: tf.concat(parts, 2) as tf.Tensor3D };
  });
}

/**
 * Training loss of a batch: mean pinball loss over days and quantiles, plus `meanLossWeight` ×
 * the mean squared error of the mean output. `target` is [batch, horizon], scaled like the inputs.
 */
export function trainingLoss(raw: tf.Tensor2D, target: tf.Tensor2D, arch: NeuralArchitecture, meanLossWeight: number): tf.Scalar {
  return tf.tidy(() => {
    const { mean, quantiles } = applyHead(raw, arch);
    const tau = tf.tensor1d(arch.quantiles);
    const err = target.expandDims(2).sub(quantiles);
    const pinball = tf.maximum(err.mul(tau), err.mul(tau.sub(1))).mean();
    if (meanLossWeight === 0) return pinball as tf.Scalar;
    return pinball.add(tf.squaredDifference(mean, target).mean().mul(meanLossWeight)) as tf.Scalar;
  });
}
