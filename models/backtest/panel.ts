// Runs forecasters over every series of a panel: a rolling-origin backtest for the leaderboard,
// then the final forecast from the whole history. Every model runs behind the fallback, so one
// awkward series never stops the run; fallbacks and skipped backtests come back as notes.
import { modelMessage, modelTextOf, renderModelMessage, type ModelCoded } from '../errors.ts';
import type { ForecastOutput, Forecaster, SeriesInput } from '../forecaster.ts';
import { withFallback } from '../fallback.ts';
import { recentRevenue } from '../metrics/weighted.ts';
import { seriesInput, type SalesData } from '../data/sales-data.ts';
import { crossValidate, windowCutoffs } from './cross-validation.ts';
import { scoreWindows } from './score.ts';
import { chinaRetailEvents } from '../calendar/china-retail.ts';
import type { ScoreEntry } from './leaderboard.ts';

/** Options of a panel run. */
export interface PanelOptions {
  h: number;
  levels: number[];
  /** Backtest windows (0: no backtest). */
  windows: number;
  /** Periods between backtest origins (default h). */
  step?: number;
  seasonLength?: number;
  seed?: number;
  /** Built-in event calendar added as known covariates ('china': Spring Festival, 618, Double 11/12, National Day). */
  events?: 'china';
  /** Clamp forecasts at 0 (default true: sales). */
  nonNegative?: boolean;
  /** Called with each final forecast as soon as it exists (stream it out instead of keeping it). */
  onForecast?: (series: number, model: string, output: ForecastOutput) => void;
  onProgress?: (seriesDone: number, seriesTotal: number) => void;
  signal?: AbortSignal;
}

/** Something the user should know about one series and model. */
export interface PanelNote {
  seriesId: string;
  model: string;
  note: string;
  /** The note's code and parameters, to show it in another language. */
  coded?: ModelCoded;
}

function panelNote(seriesId: string, model: string, coded: ModelCoded): PanelNote {
  return { seriesId, model, note: renderModelMessage(coded, 'en'), coded };
}

/** Backtest scores for the leaderboard and the notes gathered on the way. */
export interface PanelResult {
  scores: ScoreEntry[];
  notes: PanelNote[];
  /** Series left out of the backtest (too short for its windows), with the reason. */
  unscored: { seriesId: string; reason: string; coded?: ModelCoded }[];
}

/**
 * The series' input, dropping covariates whose known future does not reach h (noted), plus the
 * built-in event calendar over history and horizon when asked (noted when the dates lie outside it).
 */
function inputFor(data: SalesData, i: number, options: PanelOptions, notes: PanelNote[]): SeriesInput {
  let input = seriesInput(data, i, options.seasonLength ?? data.seasonLength);
  if (input.futureCovariates) {
    const known = Math.min(...Object.values(input.futureCovariates).map((v) => v.length));
    if (known < options.h) {
      notes.push(panelNote(data.ids[i], '*', { code: 'backtest.futurePartial', params: { known, h: options.h } }));
      input = { y: input.y, seasonLength: input.seasonLength };
    }
  }
  if (options.events === 'china') {
    const n = input.y.length;
    try {
      const events = chinaRetailEvents(data.startDay[i], data.periodDays, n + options.h);
      input = { ...input, covariates: { ...input.covariates }, futureCovariates: { ...input.futureCovariates } };
      for (const [name, values] of Object.entries(events)) {
        input.covariates![name] = values.subarray(0, n);
        input.futureCovariates![name] = values.subarray(n);
      }
    } catch (error) {
      notes.push(panelNote(data.ids[i], '*', { code: 'backtest.calendarUnused', params: { why: modelTextOf(error) } }));
    }
  }
  return input;
}

/** Backtests and forecasts every series with every forecaster. */
export function forecastPanel(data: SalesData, forecasters: readonly Forecaster[], options: PanelOptions): PanelResult {
  const models = forecasters.map((f) => ({ name: f.name, safe: withFallback(f) }));
  const scores: ScoreEntry[] = [];
  const notes: PanelNote[] = [];
  const unscored: PanelResult['unscored'] = [];
  const predict = { levels: options.levels, nonNegative: options.nonNegative ?? true, seed: options.seed ?? 0 };
  const total = data.ids.length;
  for (let i = 0; i < total; i++) {
    if (options.signal?.aborted) throw new DOMException(modelMessage('forecast.cancelled', {}).message, 'AbortError');
    const id = data.ids[i];
    const input = inputFor(data, i, options, notes);
    let backtestable = options.windows > 0;
    if (backtestable) {
      try {
        windowCutoffs(input.y.length, { h: options.h, windows: options.windows, step: options.step, minTrain: 2 });
      } catch (error) {
        backtestable = false;
        const why = modelTextOf(error);
        unscored.push({ seriesId: id, reason: (error as Error).message, ...('code' in why ? { coded: why } : {}) });
      }
    }
    const price = input.covariates?.price;
    const weight = recentRevenue(input.y, price ?? 1, 28);
    for (const { name, safe } of models) {
      if (backtestable) {
        const windows = crossValidate(safe, input, { h: options.h, windows: options.windows, step: options.step, ...predict });
        scores.push({ seriesId: id, model: name, scores: scoreWindows(windows, input.y, input.seasonLength, options.levels), weight });
      }
      const output = safe.forecast(input, options.h, predict);
      if (output.note) notes.push({ seriesId: id, model: name, note: output.note, coded: output.noteCoded });
      options.onForecast?.(i, name, output);
    }
    options.onProgress?.(i + 1, total);
  }
  return { scores, notes, unscored };
}
