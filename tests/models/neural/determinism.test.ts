import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { activeBackend, selectBackend } from '../../../models/neural/backend.ts';
import { trainGlobal } from '../../../models/neural/train.ts';
import { neuralForecaster } from '../../../models/neural/forecaster.ts';
import { weeklySeries } from './series.fixture.ts';

const tiny = { lags: 7, horizon: 7, hiddenUnits: 8, epochs: 2, batchSize: 32 };
const series = weeklySeries({ count: 2, days: 70 });

beforeAll(async () => {
  await selectBackend({ prefer: 'cpu', strict: true });
});

function forecastWith(seed: number): number[] {
  const model = trainGlobal(series, { ...tiny, seed });
  const out = model.predict(series[1], 7, [80]);
  model.dispose();
  return [...out.mean, ...out.quantiles.get(0.1)!, ...out.quantiles.get(0.9)!];
}

describe('neural determinism on the cpu backend', () => {
  it('runs on cpu', () => {
    expect(activeBackend()).toBe('cpu');
  });

  it('gives identical forecasts for the same seed', () => {
    expect(forecastWith(4)).toEqual(forecastWith(4));
  });

  it('gives different forecasts for another seed', () => {
    expect(forecastWith(4)).not.toEqual(forecastWith(5));
  });

  it('trains the same model whether or not other models exist meanwhile', () => {
    const first = forecastWith(8);
    const other = trainGlobal(series, { ...tiny, seed: 9 });
    const second = forecastWith(8);
    other.dispose();
    expect(second).toEqual(first);
  });
});

describe('tensor bookkeeping', () => {
  it('leaves no tensor behind across training, prediction, snapshots and disposal', () => {
    forecastWith(1); // warm-up: tfjs keeps a few tensors for its lifetime on first use
    const before = tf.memory().numTensors;
    for (let i = 0; i < 2; i++) forecastWith(i);
    const forecaster = neuralForecaster({ ...tiny });
    forecaster.forecast(series[0], 10, { levels: [95] });
    const fitted = forecaster.fit(series[1]);
    fitted.predict(7);
    fitted.predict(3, { levels: [50] });
    expect(tf.memory().numTensors).toBe(before);
  });
});
