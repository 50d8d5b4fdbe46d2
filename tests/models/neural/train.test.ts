import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeuralModel } from '../../../models/neural/model.ts';
import { selectBackend } from '../../../models/neural/backend.ts';
import { trainGlobal, trainGlobalAsync } from '../../../models/neural/train.ts';
import { mae, splitAt, weeklySeries } from './series.fixture.ts';

// WebAssembly is ~15× the JavaScript backend on this network; determinism is checked on cpu
// in its own file (backends differ in the last bits of float maths).
beforeAll(async () => {
  await selectBackend({ prefer: 'wasm' });
});

const small = { lags: 14, horizon: 7, hiddenUnits: 32, batchSize: 128, learningRate: 0.01 };

describe('trainGlobal', () => {
  const series = weeklySeries({ count: 6, days: 210 });
  const split = series.map((s) => splitAt(s, 196));
  let model: NeuralModel;
  beforeAll(() => {
    model = trainGlobal(split.map((s) => s.history), { ...small, epochs: 12 });
  });
  afterAll(() => model.dispose());

  it('learns a weekly pattern across series: a lower error than the flat mean of the history', () => {
    const out = model.predictBatch(split.map((s) => s.history), 14);
    let neural = 0;
    let flat = 0;
    split.forEach(({ history, future }, i) => {
      const level = history.y.reduce((a, b) => a + b, 0) / history.y.length;
      neural += mae(out[i].mean, future);
      flat += mae(new Float64Array(14).fill(level), future);
    });
    expect(neural).toBeLessThan(0.7 * flat);
  });

  it('reports what it trained on, and its loss falls', () => {
    const t = model.training!;
    expect(t).toMatchObject({ backend: 'wasm', series: 6, seriesUsed: 6, epochs: 12, seed: 1 });
    expect(t.windows).toBe(6 * (196 - 14 - 7 + 1));
    expect(t.lossByEpoch.at(-1)!).toBeLessThan(0.8 * t.lossByEpoch[0]);
  });

  it('returns a mean and ordered, non-negative quantiles of the asked length, with the levels asked', () => {
    const out = model.predict(split[2].history, 10, [50, 95]);
    expect(out.model).toBe('neural');
    expect(out.mean).toHaveLength(10);
    expect([...out.quantiles.keys()]).toEqual([0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975]);
    const probs = [...out.quantiles.keys()];
    for (let d = 0; d < 10; d++) {
      expect(out.quantiles.get(0.025)![d]).toBeGreaterThanOrEqual(0);
      expect(out.mean[d]).toBeGreaterThanOrEqual(0);
      for (let k = 1; k < probs.length; k++) expect(out.quantiles.get(probs[k])![d]).toBeGreaterThanOrEqual(out.quantiles.get(probs[k - 1])![d]);
    }
  });

  it('interpolates a level between the trained quantiles', () => {
    const out = model.predict(split[0].history, 3, [70]);
    const lo = out.quantiles.get(0.15)!;
    for (let d = 0; d < 3; d++) {
      expect(lo[d]).toBeGreaterThanOrEqual(out.quantiles.get(0.1)![d]);
      expect(lo[d]).toBeLessThanOrEqual(out.quantiles.get(0.5)![d]);
    }
  });

  it('forecasts past its trained horizon by chaining passes, keeping the weekly shape', () => {
    const out = model.predict(split[5].history, 21);
    expect(out.mean).toHaveLength(21);
    // Start on a Monday (day 196 = 28 weeks): the weekend peak repeats in each week.
    for (const week of [0, 1, 2]) {
      const days = out.mean.subarray(7 * week, 7 * week + 7);
      expect(Math.max(days[5], days[6])).toBeGreaterThan(1.3 * Math.min(days[0], days[1], days[2]));
    }
  });

  it('forecasts a series it never saw, at that series’ own level', () => {
    const [unseen] = weeklySeries({ count: 1, days: 60, seed: 99 }).map((s) => ({ ...s, y: s.y.map((v) => v * 10) }));
    const out = model.predict(unseen, 7);
    const level = unseen.y.reduce((a, b) => a + b, 0) / unseen.y.length;
    const meanForecast = out.mean.reduce((a, b) => a + b, 0) / 7;
    expect(meanForecast).toBeGreaterThan(0.6 * level);
    expect(meanForecast).toBeLessThan(1.6 * level);
  });

  it('answers an empty batch with no forecasts', () => {
    expect(model.predictBatch([], 7)).toEqual([]);
  });

  it('refuses a history shorter than the lag window, a bad horizon or a level out of range', () => {
    expect(() => model.predict({ id: 'new', y: new Float64Array(5), seasonLength: 7 }, 7)).toThrow('series "new": has 5 values; the neural model needs at least 14 (its lag window)');
    expect(() => model.predict(split[0].history, 0)).toThrow('forecast horizon must be a whole number of periods ≥ 1, got 0');
    expect(() => model.predict(split[0].history, 3, [100])).toThrow('interval level must be between 0 and 100 (percent), got 100');
  });
});

describe('training input checks', () => {
  it('refuses an empty list and series too short for one window, saying how long they must be', () => {
    expect(() => trainGlobal([])).toThrow('the neural model needs at least one series to train on');
    const short = weeklySeries({ count: 2, days: 20 });
    expect(() => trainGlobal(short, { lags: 14, horizon: 7 })).toThrow('needs a series of at least 21 values (lags 14 + horizon 7); the longest has 20');
  });

  it('refuses series of different season lengths', () => {
    const [a, b] = weeklySeries({ count: 2, days: 40 });
    expect(() => trainGlobal([a, { ...b, seasonLength: 12 }], { lags: 7, horizon: 7, epochs: 1 })).toThrow('season length 12 differs from the model\'s 7');
  });
});

describe('trainGlobalAsync', () => {
  it('reports progress each epoch and stops with an AbortError when cancelled', async () => {
    const series = weeklySeries({ count: 2, days: 80 });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = trainGlobalAsync(series, {
      ...small,
      epochs: 50,
      signal: controller.signal,
      onEpoch: (done) => {
        seen.push(done);
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1, 2]);
  });

  it('lets a cancellation in during a long epoch', async () => {
    const series = weeklySeries({ count: 20, days: 400 });
    const controller = new AbortController();
    const seen: number[] = [];
    setTimeout(() => controller.abort(), 20);
    const run = trainGlobalAsync(series, { ...small, batchSize: 16, epochs: 1, signal: controller.signal, onEpoch: (done) => seen.push(done) });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([]);
  });

  it('trains like the synchronous version when left to finish', async () => {
    const series = weeklySeries({ count: 2, days: 80 });
    const a = await trainGlobalAsync(series, { ...small, epochs: 2 });
    const b = trainGlobal(series, { ...small, epochs: 2 });
    expect(Array.from(a.predict(series[0], 7).mean)).toEqual(Array.from(b.predict(series[0], 7).mean));
    a.dispose();
    b.dispose();
  });
});
