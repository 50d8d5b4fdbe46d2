import { beforeAll, describe, expect, it } from 'vitest';
import { selectBackend } from '../../../models/neural/backend.ts';
import { neuralForecaster, registerNeuralForecaster, setupNeuralForecaster } from '../../../models/neural/forecaster.ts';
import { getForecaster, hasForecaster } from '../../../models/registry.ts';
import { trainGlobal } from '../../../models/neural/train.ts';
import { NeuralConfigError } from '../../../models/neural/config.ts';
import { weeklySeries } from './series.fixture.ts';

beforeAll(async () => {
  await selectBackend({ prefer: 'wasm' });
});

const quick = { lags: 14, horizon: 7, hiddenUnits: 16, epochs: 4, batchSize: 64 };

describe('neuralForecaster', () => {
  const forecaster = neuralForecaster(quick);
  const [series] = weeklySeries({ count: 1, days: 120 });

  it('is named neural and needs a lag window, a horizon and 28 training windows of history', () => {
    expect(forecaster.name).toBe('neural');
    expect(forecaster.minLength).toBe(14 + 7 + 27);
  });

  it('fits once and predicts any horizon with the levels asked', () => {
    const fitted = forecaster.fit(series);
    const short = fitted.predict(5);
    const long = fitted.predict(12, { levels: [95] });
    expect(short.mean).toHaveLength(5);
    expect(long.mean).toHaveLength(12);
    expect([...long.quantiles.keys()]).toEqual([0.025, 0.1, 0.5, 0.9, 0.975]);
    expect(Array.from(long.mean.subarray(0, 5))).toEqual(Array.from(short.mean));
    expect(long.detail).toMatch(/^neural MLP: 14 lags → 7 days × 9 quantiles, 16×2 hidden units, trained on wasm/);
  });

  it('gives the same forecast for the same seed and another for another seed', () => {
    const a = forecaster.forecast(series, 7, { seed: 3 }).mean;
    const b = forecaster.forecast(series, 7, { seed: 3 }).mean;
    const c = forecaster.forecast(series, 7, { seed: 4 }).mean;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('joins the model registry under "neural" when registered', () => {
    expect(hasForecaster('neural')).toBe(false);
    const registered = registerNeuralForecaster({ lags: 21 });
    expect(getForecaster('neural')).toBe(registered);
    expect(registered.minLength).toBe(21 + 28 + 27);
  });

  it('is set up in one call that starts a backend, registers it and names the backend', async () => {
    const { forecaster: made, selection } = await setupNeuralForecaster({ lags: 7, backend: { prefer: 'cpu', strict: true } });
    expect(selection.backend).toBe('cpu');
    expect(getForecaster('neural')).toBe(made);
    expect(made.minLength).toBe(7 + 28 + 27);
    await selectBackend({ prefer: 'wasm' });
  });

  it('checks its settings when it is made', () => {
    expect(() => neuralForecaster({ quantiles: [0.2, 0.8] })).toThrow(NeuralConfigError);
  });
});

describe('neural covariates', () => {
  it('forecasts more on promotion days when past promotions lifted sales', () => {
    const series = weeklySeries({ count: 4, days: 240, promoShare: 0.25, promoLift: 3, seed: 5 });
    const model = trainGlobal(series, { ...quick, epochs: 10, batchSize: 128, learningRate: 0.01 });
    const withPromo = model.predict({ ...series[2], futureCovariates: { promo: new Float64Array(7).fill(1) } }, 7).mean;
    const without = model.predict({ ...series[2], futureCovariates: { promo: new Float64Array(7) } }, 7).mean;
    model.dispose();
    const sum = (v: Float64Array) => v.reduce((a, b) => a + b, 0);
    expect(sum(withPromo)).toBeGreaterThan(1.6 * sum(without));
  });
});
