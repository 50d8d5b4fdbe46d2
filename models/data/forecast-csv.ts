// Writes forecasts in statsforecast's long format: unique_id, ds, model, mean, then lo-L, hi-L
// for each interval level ascending (lo-80, hi-80, lo-95, hi-95).
import { levelToQuantiles, type ForecastOutput } from '../forecaster.ts';
import { findQuantile } from '../backtest/score.ts';
import { formatDay } from './dates.ts';

/** The header line (with newline) for the given levels. */
export function forecastCsvHeader(levels: readonly number[]): string {
  const sorted = [...levels].sort((a, b) => a - b);
  return ['unique_id', 'ds', 'model', 'mean', ...sorted.flatMap((l) => [`lo-${l}`, `hi-${l}`])].join(',') + '\n';
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function number(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1e4) / 1e4) : '';
}

/** Lines (with newlines) of one series' forecast by one model; `firstDay` is the day of the first forecast period. */
export function forecastCsvRows(id: string, model: string, firstDay: number, periodDays: number, output: ForecastOutput, levels: readonly number[]): string {
  const sorted = [...levels].sort((a, b) => a - b);
  const bounds = sorted.flatMap((level) => levelToQuantiles(level).map((p) => findQuantile(output.quantiles, p)));
  let text = '';
  for (let i = 0; i < output.mean.length; i++) {
    const cells = [quote(id), formatDay(firstDay + i * periodDays), quote(model), number(output.mean[i])];
    for (const path of bounds) cells.push(path ? number(path[i]) : '');
    text += cells.join(',') + '\n';
  }
  return text;
}
