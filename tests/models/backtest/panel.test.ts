// forecastPanel: every series and model, backtest scores, notes and streamed forecasts.
import { describe, expect, it } from 'vitest';
import { forecastPanel } from '../../../models/backtest/panel.ts';
import { readSalesCsv } from '../../../models/data/sales-reader.ts';
import { getForecaster } from '../../../models/registry.ts';

function csv(): string {
  const rows = ['unique_id,ds,y,price'];
  const day = (t: number) => new Date(Date.UTC(2024, 0, 1) + t * 86_400_000).toISOString().slice(0, 10);
  for (let t = 0; t < 56; t++) rows.push(`LONG,${day(t)},${10 + (t % 7)},${t < 28 ? 5 : 6}`);
  for (let t = 56; t < 63; t++) rows.push(`LONG,${day(t)},,6`);
  for (let t = 0; t < 4; t++) rows.push(`SHORT,${day(t)},${t + 1},2`);
  for (let t = 4; t < 6; t++) rows.push(`SHORT,${day(t)},,2`);
  return rows.join('\n');
}

describe('forecastPanel', () => {
  const read = readSalesCsv(csv());
  if (!read.ok) throw new Error('fixture must read');
  const data = read.data;

  it('scores each backtestable series per model, weights by revenue, and streams every forecast', () => {
    const seen: string[] = [];
    const result = forecastPanel(data, [getForecaster('snaive'), getForecaster('naive')], {
      h: 7,
      levels: [80],
      windows: 2,
      onForecast: (i, model, output) => seen.push(`${data.ids[i]}:${model}:${output.mean.length}`),
    });
    expect(seen).toEqual(['LONG:snaive:7', 'LONG:naive:7', 'SHORT:snaive:7', 'SHORT:naive:7']);
    expect(result.scores.map((s) => `${s.seriesId}:${s.model}`)).toEqual(['LONG:snaive', 'LONG:naive']);
    // A repeating weekly pattern: seasonal naive is perfect.
    expect(result.scores[0].scores.mase).toBe(0);
    // Weight: units × price over the last 28 days (all at price 6).
    const lastUnits = Array.from(data.y.subarray(28, 56)).reduce((a, b) => a + b, 0);
    expect(result.scores[0].weight).toBeCloseTo(6 * lastUnits, 9);
    expect(result.unscored).toMatchObject([{ seriesId: 'SHORT', reason: 'series of 4 periods is too short for 2 backtest window(s) of 7 (needs 16)' }]);
  });

  it('drops covariates whose known future is shorter than h and says so, and notes fallbacks', () => {
    const result = forecastPanel(data, [getForecaster('ses')], { h: 5, levels: [], windows: 0 });
    expect(result.scores).toEqual([]);
    expect(result.notes).toMatchObject([
      { seriesId: 'SHORT', model: '*', note: 'future covariates cover 2 of 5 periods; forecasting without covariates' },
      { seriesId: 'SHORT', model: 'ses', note: 'series too short for ses (4 < 8 observations); used naive' },
    ]);
  });

  it('stops at a series boundary when cancelled', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => forecastPanel(data, [getForecaster('naive')], { h: 3, levels: [], windows: 0, signal: controller.signal })).toThrow('forecast cancelled');
  });
});
