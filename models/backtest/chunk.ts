// A forecast chunk: a contiguous share of a sales panel backtested and forecast on its own, so a
// large panel can be split over the experiment runner's executors. Chunks merge back in series
// order, giving exactly what one pass over the whole panel gives.
import { forecastCsvRows } from '../data/forecast-csv.ts';
import { periodDay, seriesLength, type SalesData } from '../data/sales-data.ts';
import { getForecaster } from '../registry.ts';
import { forecastPanel, type PanelOptions, type PanelResult } from './panel.ts';

/** Settings of a panel run that cross a thread boundary (no callbacks). */
export type PanelSettings = Pick<PanelOptions, 'h' | 'levels' | 'windows' | 'step' | 'seasonLength' | 'seed' | 'events'>;

/** What an executor needs to forecast one chunk: plain, structured-cloneable data. */
export interface ForecastChunkInput {
  /** The chunk's series (see `slicePanel`). */
  data: SalesData;
  /** Registered forecaster names (models/registry.ts). */
  models: string[];
  settings: PanelSettings;
  /** Collect the forecasts as long-format CSV rows (models/data/forecast-csv.ts). */
  csv: boolean;
}

/** What one chunk produces: its forecast CSV rows in series order (empty unless asked), their count, and its scores. */
export interface ForecastChunkOutput {
  csv: string;
  rows: number;
  result: PanelResult;
}

/** Series [from, to) of a panel as a panel of its own (copies of the slices). */
export function slicePanel(data: SalesData, from: number, to: number): SalesData {
  const base = data.offsets[from];
  const futureBase = data.futureOffsets[from];
  const end = data.offsets[to];
  const futureEnd = data.futureOffsets[to];
  const pick = (table: Record<string, Float64Array>, a: number, b: number) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.slice(a, b)]));
  return {
    ...data,
    ids: data.ids.slice(from, to),
    offsets: data.offsets.slice(from, to + 1).map((o) => o - base),
    futureOffsets: data.futureOffsets.slice(from, to + 1).map((o) => o - futureBase),
    y: data.y.slice(base, end),
    startDay: data.startDay.slice(from, to),
    covariates: pick(data.covariates, base, end),
    futureCovariates: pick(data.futureCovariates, futureBase, futureEnd),
  };
}

/** Forecasts one chunk; `onSeries` hears the series done so far. Throws AbortError once `signal` aborts. */
export function runForecastChunk(input: ForecastChunkInput, onSeries?: (seriesDone: number) => void, signal?: AbortSignal): ForecastChunkOutput {
  const { data, settings } = input;
  const parts: string[] = [];
  let rows = 0;
  const result = forecastPanel(data, input.models.map(getForecaster), {
    ...settings,
    signal,
    onProgress: onSeries ? (done) => onSeries(done) : undefined,
    onForecast: (i, model, forecast) => {
      rows += forecast.mean.length;
      if (input.csv) parts.push(forecastCsvRows(data.ids[i], model, periodDay(data, i, seriesLength(data, i)), data.periodDays, forecast, settings.levels));
    },
  });
  return { csv: parts.join(''), rows, result };
}

/** Joins chunk outputs given in series order into the output of the whole panel. */
export function mergeForecastChunks(outputs: readonly ForecastChunkOutput[]): ForecastChunkOutput {
  return {
    csv: outputs.map((o) => o.csv).join(''),
    rows: outputs.reduce((sum, o) => sum + o.rows, 0),
    result: {
      scores: outputs.flatMap((o) => o.result.scores),
      notes: outputs.flatMap((o) => o.result.notes),
      unscored: outputs.flatMap((o) => o.result.unscored),
    },
  };
}
