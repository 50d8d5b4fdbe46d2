// Rolling-origin windows: placement, no leakage, scoring and leaderboards.
import { describe, expect, it } from 'vitest';
import { crossValidate, trainingSlice, windowCutoffs } from '../../../models/backtest/cross-validation.ts';
import { scoreWindows } from '../../../models/backtest/score.ts';
import { bestPerSeries, formatLeaderboard, leaderboard, type ScoreEntry } from '../../../models/backtest/leaderboard.ts';
import { defineForecaster, normalOutput } from '../../../models/output.ts';
import type { SeriesInput } from '../../../models/forecaster.ts';
import { seasonalNaive } from '../../../models/baselines/seasonal-naive.ts';

describe('windowCutoffs', () => {
  it('ends the last window at the end of the series and steps back by `step`', () => {
    expect(windowCutoffs(100, { h: 10, windows: 3 })).toEqual([70, 80, 90]);
    expect(windowCutoffs(100, { h: 10, windows: 3, step: 5 })).toEqual([80, 85, 90]);
  });

  it('refuses a series too short for the windows and says how long it must be', () => {
    expect(() => windowCutoffs(25, { h: 10, windows: 3 })).toThrow(/25 periods is too short for 3 backtest window\(s\) of 10 \(needs 31\)/);
    expect(() => windowCutoffs(25, { h: 0, windows: 1 })).toThrow(/horizon/);
  });
});

describe('crossValidate', () => {
  it('trains each window only on data before its cutoff (no leakage)', () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => t);
    const seen: { length: number; last: number; futurePrice: number[] }[] = [];
    const spy = defineForecaster('spy', 1, (series: SeriesInput) => {
      seen.push({ length: series.y.length, last: series.y[series.y.length - 1], futurePrice: Array.from(series.futureCovariates!.price) });
      return { predict: (h, options) => normalOutput('spy', new Float64Array(h), new Float64Array(h), options) };
    });
    const price = Float64Array.from({ length: 60 }, (_, t) => 100 + t);
    const windows = crossValidate(spy, { y, seasonLength: 7, covariates: { price } }, { h: 5, windows: 3, step: 7 });
    expect(windows.map((w) => w.cutoff)).toEqual([41, 48, 55]);
    expect(seen.map((s) => s.length)).toEqual([41, 48, 55]);
    for (const [k, w] of windows.entries()) {
      expect(seen[k].last).toBe(w.cutoff - 1);
      expect(Array.from(w.actual)).toEqual([w.cutoff, w.cutoff + 1, w.cutoff + 2, w.cutoff + 3, w.cutoff + 4]);
      expect(seen[k].futurePrice).toEqual([0, 1, 2, 3, 4].map((i) => 100 + w.cutoff + i));
    }
  });

  it('slices covariates to the same training length', () => {
    const slice = trainingSlice({ y: new Float64Array(10), seasonLength: 1, covariates: { promo: new Float64Array(10) } }, 6, 3);
    expect(slice.y).toHaveLength(6);
    expect(slice.covariates!.promo).toHaveLength(6);
    expect(slice.futureCovariates!.promo).toHaveLength(3);
  });
});

describe('scores and leaderboard', () => {
  it('score a seasonal naive forecast of a repeating pattern as perfect', () => {
    const y = Float64Array.from({ length: 42 }, (_, t) => [3, 1, 4, 1, 5, 9, 2][t % 7]);
    const windows = crossValidate(seasonalNaive, { y, seasonLength: 7 }, { h: 7, windows: 2, levels: [80] });
    const scores = scoreWindows(windows, y, 7, [80]);
    expect(scores.mae).toBe(0);
    expect(scores.mase).toBe(0);
    expect(scores.coverage[80]).toBe(1);
  });

  it('rank models by mean MASE and count the series each wins', () => {
    const entry = (seriesId: string, model: string, mase: number, rmsse: number, weight: number): ScoreEntry => ({
      seriesId,
      model,
      weight,
      scores: { mae: mase, rmse: mase, smape: 10 * mase, mase, rmsse, pinball: mase / 2, coverage: { 80: 0.8 } },
    });
    const entries = [entry('a', 'ets', 0.5, 0.4, 300), entry('a', 'snaive', 1, 1, 300), entry('b', 'ets', 1.5, 1.2, 100), entry('b', 'snaive', 0.9, 0.8, 100)];
    const rows = leaderboard(entries);
    expect(rows.map((r) => r.model)).toEqual(['snaive', 'ets']);
    expect(rows[1].mase).toBeCloseTo(1, 12);
    // WRMSSE of ets: (300·0.4 + 100·1.2) / 400 = 0.6.
    expect(rows[1].wrmsse).toBeCloseTo(0.6, 12);
    expect(rows.map((r) => r.wins)).toEqual([1, 1]);
    expect(bestPerSeries(entries)).toEqual([
      { seriesId: 'a', model: 'ets', mase: 0.5 },
      { seriesId: 'b', model: 'snaive', mase: 0.9 },
    ]);
    const text = formatLeaderboard(rows);
    expect(text.split('\n')[0]).toMatch(/^model\s+series\s+MASE\s+sMAPE%\s+RMSSE\s+WRMSSE\s+MAE\s+pinball\s+cover80%\s+wins$/);
    expect(text.split('\n')[2]).toMatch(/^ets\s+2\s+1\.000\s+10\.0\s+0\.800\s+0\.600/);
  });
});
