import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { architectureOf, resolveNeuralConfig } from '../../../models/neural/config.ts';
import { applyHead, createNeuralModel, trainingLoss } from '../../../models/neural/network.ts';
import { featureWidth } from '../../../models/neural/features.ts';
import { selectBackend } from '../../../models/neural/backend.ts';
import { Rng } from '../../../sim/random.ts';

const arch = architectureOf(resolveNeuralConfig({ lags: 7, horizon: 3, hiddenUnits: 8 }));
const q = arch.quantiles.length;

beforeAll(async () => {
  await selectBackend({ prefer: 'cpu', strict: true });
});

describe('the neural network head', () => {
  it('keeps every quantile ≥ 0 and ordered, and the mean ≥ 0, whatever the raw outputs', () => {
    const rng = new Rng(3);
    const raw = Float32Array.from({ length: 50 * arch.horizon * (1 + q) }, () => 20 * (rng.next() - 0.5));
    const { mean, quantiles } = tf.tidy(() => {
      const head = applyHead(tf.tensor2d(raw, [50, arch.horizon * (1 + q)]), arch);
      return { mean: head.mean.dataSync(), quantiles: head.quantiles.dataSync() };
    });
    expect(mean.length).toBe(50 * arch.horizon);
    expect(Math.min(...mean)).toBeGreaterThanOrEqual(0);
    for (let row = 0; row < 50 * arch.horizon; row++) {
      const fan = quantiles.subarray(row * q, (row + 1) * q);
      expect(fan[0]).toBeGreaterThanOrEqual(0);
      for (let k = 1; k < q; k++) expect(fan[k]).toBeGreaterThanOrEqual(fan[k - 1]);
    }
  });

  it('puts the median at softplus of its raw output', () => {
    const raw = new Float32Array(arch.horizon * (1 + q));
    raw[1 + arch.quantiles.indexOf(0.5)] = 2;
    const fan = tf.tidy(() => applyHead(tf.tensor2d(raw, [1, raw.length]), arch).quantiles.dataSync());
    expect(fan[arch.quantiles.indexOf(0.5)]).toBeCloseTo(Math.log1p(Math.exp(2)), 5);
  });

  it('scores a perfect forecast at zero pinball loss and a biased one above it', () => {
    const m = arch.quantiles.indexOf(0.5);
    // A fan collapsed on 1: median softplus(x) = 1, every gap softplus(-30) ≈ 0.
    const raw = new Float32Array(arch.horizon * (1 + q)).fill(-30);
    for (let d = 0; d < arch.horizon; d++) {
      raw[d * (1 + q)] = Math.log(Math.E - 1);
      raw[d * (1 + q) + 1 + m] = Math.log(Math.E - 1);
    }
    const loss = (target: number) =>
      tf.tidy(() => trainingLoss(tf.tensor2d(raw, [1, raw.length]), tf.fill([1, arch.horizon], target) as tf.Tensor2D, arch, 0.25).dataSync()[0]);
    expect(loss(1)).toBeCloseTo(0, 4);
    // Off by 1 everywhere: pinball averages to 0.5 over a symmetric fan; squared error adds 0.25 × 1.
    expect(loss(2)).toBeCloseTo(0.5 + 0.25, 3);
  });

  it('builds the same initial weights from the same seed and different ones from another', () => {
    const weights = (seed: number) => {
      const net = createNeuralModel(arch, seed);
      const values = net.getWeights()[0].dataSync().slice();
      net.dispose();
      return Array.from(values);
    };
    expect(weights(5)).toEqual(weights(5));
    expect(weights(5)).not.toEqual(weights(6));
  });

  it('maps a batch of windows to horizon × (1 + quantiles) raw outputs', () => {
    const net = createNeuralModel(arch, 1);
    const shape = tf.tidy(() => (net.predict(tf.zeros([4, featureWidth(arch)])) as tf.Tensor).shape);
    net.dispose();
    expect(shape).toEqual([4, arch.horizon * (1 + q)]);
  });
});
