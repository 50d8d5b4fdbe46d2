// The forecast studio's worker: reads a long-format sales CSV (streamed), backtests models on a
// series, forecasts it, and turns a forecast into stock decisions. The loaded data and fitted
// models stay here; the page gets small summaries and transferred arrays.
import * as Comlink from 'comlink';
import {
  readSalesStream,
  readSalesCsv,
  type SalesReadResult,
  type DataIssue,
  sniffSalesFormat,
  salesFileTooLarge,
  seriesInput,
  type SalesData,
  forecasterNames,
  getForecaster,
  withFallback,
  crossValidate,
  scoreWindows,
  leaderboard,
  type LeaderboardRow,
  type FittedModel,
  type ForecastOutput,
  totalFromForecast,
  withLeadTimeVariability,
  criticalRatio,
  policiesFromForecast,
  type ForecastPolicies,
  type ForecastCosts,
  isModelCoded,
  type ModelCoded,
} from '../../models/light.ts';
import { normalQuantile } from '../../sim/index.ts';
import sampleUrl from '../../models/data/sample-sales.csv?url';
import { loadNeuralForecaster } from './neural.ts';

/** What the page learns about a loaded file. */
export type LoadSummary =
  | { ok: true; ids: string[]; lengths: number[]; rows: number; frequency: string; seasonLength: number; covariates: string[]; warnings: DataIssue[] }
  | { ok: false; issues: DataIssue[] };

/** A model's forecast of the chosen series: mean and the 80 % / 95 % bands. */
export interface ModelForecast {
  model: string;
  /** The model that actually produced it (after a fallback) and why, if it differs. */
  producedBy: string;
  note?: string;
  /** The note as a message code, to show it in the page's language. */
  noteCoded?: ModelCoded;
  mean: Float64Array;
  lo80: Float64Array;
  hi80: Float64Array;
  lo95: Float64Array;
  hi95: Float64Array;
}

export interface StudioRun {
  seriesId: string;
  /** Day number (days since 1970-01-01) of the first history point shown. */
  historyStartDay: number;
  periodDays: number;
  history: Float64Array;
  leaderboard: LeaderboardRow[];
  forecasts: ModelForecast[];
  /** Why the series could not be backtested with the windows asked for (the leaderboard is then empty). */
  unscored?: PortableMessage;
  /** TensorFlow.js backend the neural model ran on, when it ran. */
  neuralBackend?: string;
}

/** Lead time, service and money for the stock decisions (periods of the data, CNY). */
export interface PolicyInput extends ForecastCosts {
  model: string;
  leadTimePeriods: number;
  leadTimeSdPeriods: number;
  serviceLevel: number;
}

export interface PolicyOutput {
  leadTimeDemandMean: number;
  reorderPoint: number;
  safetyStock: number;
  criticalRatio: number;
  horizonDemandMean: number;
  newsvendorQuantity: number;
  /** Lognormal newsvendor, exact (r, Q), (s, S) power approximation and EPQ on the same forecast. */
  models: ForecastPolicies;
}

/** A message that crosses to the page with its code (an Error would arrive with its English text only). */
export interface PortableMessage {
  message: string;
  code?: string;
  params?: unknown;
}

/** What went wrong as a PortableMessage: a models/ message keeps its code and parameters. */
function portable(error: unknown): PortableMessage {
  const message = error instanceof Error ? error.message : String(error);
  return isModelCoded(error) ? { message, code: error.code, params: error.params } : { message };
}

/** Runs `work`, rethrowing a models/ error as a PortableMessage so the page can render it in its language. */
async function keepingCodes<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isModelCoded(error)) throw portable(error);
    throw error;
  }
}

/** History points shown before the forecast (at most). */
const HISTORY_SHOWN = 180;

let data: SalesData | null = null;
let fitted = new Map<string, { model: FittedModel; h: number }>();
let neuralBackend: string | undefined;

function summarise(result: SalesReadResult): LoadSummary {
  if (!result.ok) {
    data = null;
    return { ok: false, issues: result.issues };
  }
  data = result.data;
  fitted = new Map();
  const lengths = data.ids.map((_, i) => data!.offsets[i + 1] - data!.offsets[i]);
  return { ok: true, ids: data.ids, lengths, rows: data.y.length, frequency: data.frequency, seasonLength: data.seasonLength, covariates: data.covariateNames, warnings: result.warnings };
}

async function ensureNeural(): Promise<void> {
  neuralBackend = await loadNeuralForecaster();
}

function band(output: ForecastOutput, p: number): Float64Array {
  for (const [q, path] of output.quantiles) if (Math.abs(q - p) < 1e-6) return path;
  return new Float64Array(output.mean.length).fill(NaN);
}

export const forecastApi = {
  models(): string[] {
    return [...new Set([...forecasterNames(), 'neural'])];
  },

  /**
   * Reads an uploaded file, or the bundled sample when `file` is null: CSV streamed in chunks,
   * Parquet one row group at a time by byte ranges, XLSX whole (a zip); the format comes from the
   * first bytes and the name. exceljs and hyparquet load only when such a file arrives.
   */
  async load(file: File | null): Promise<LoadSummary> {
    if (file) {
      const sniffed = sniffSalesFormat(file.name, new Uint8Array(await file.slice(0, 4).arrayBuffer()));
      if ('error' in sniffed) return summarise({ ok: false, issues: [sniffed.error] });
      // The page checks the size by the file's name first; a workbook under another name is caught here, unread.
      const tooLarge = salesFileTooLarge(file.size, sniffed.format);
      if (tooLarge) return summarise({ ok: false, issues: [tooLarge] });
      if (sniffed.format === 'xlsx') {
        const { readSalesXlsx } = await import('../../models/data/xlsx.ts');
        return summarise(await readSalesXlsx(await file.arrayBuffer()));
      }
      if (sniffed.format === 'parquet') {
        const { readSalesParquet } = await import('../../models/data/parquet.ts');
        return summarise(await readSalesParquet({ byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() }));
      }
      return summarise(await readSalesStream(file.stream()));
    }
    const text = await (await fetch(sampleUrl)).text();
    return summarise(readSalesCsv(text));
  },

  /** Backtests `models` on series `index` (rolling origin) and forecasts `h` periods with each. */
  run(index: number, models: string[], h: number, windows: number, onProgress?: (done: number, total: number) => void): Promise<StudioRun> {
    return keepingCodes(async () => {
      if (!data) throw new Error('load a data file first');
      if (models.includes('neural')) await ensureNeural();
      const input = seriesInput(data, index);
      const entries = [];
      const forecasts: ModelForecast[] = [];
      let unscored: PortableMessage | undefined;
      fitted = new Map();
      for (const [k, name] of models.entries()) {
        const safe = withFallback(getForecaster(name));
        if (windows > 0 && unscored === undefined) {
          try {
            const cv = crossValidate(safe, input, { h, windows, levels: [80], nonNegative: true, seed: 1, minTrain: 2 });
            entries.push({ seriesId: data.ids[index], model: name, scores: scoreWindows(cv, input.y, input.seasonLength, [80]) });
          } catch (error) {
            unscored = portable(error);
          }
        }
        const model = safe.fit(input);
        fitted.set(name, { model, h });
        const out = model.predict(h, { levels: [80, 95], nonNegative: true, seed: 1 });
        forecasts.push({ model: name, producedBy: out.model, note: out.note, noteCoded: out.noteCoded, mean: out.mean, lo80: band(out, 0.1), hi80: band(out, 0.9), lo95: band(out, 0.025), hi95: band(out, 0.975) });
        onProgress?.(k + 1, models.length);
      }
      const shown = Math.min(HISTORY_SHOWN, input.y.length);
      const history = input.y.slice(input.y.length - shown);
      const run: StudioRun = {
        seriesId: data.ids[index],
        historyStartDay: data.startDay[index] + (input.y.length - shown) * data.periodDays,
        periodDays: data.periodDays,
        history,
        leaderboard: leaderboard(entries),
        forecasts,
        unscored,
        neuralBackend: models.includes('neural') ? neuralBackend : undefined,
      };
      return Comlink.transfer(run, [history.buffer, ...forecasts.flatMap((f) => [f.mean.buffer, f.lo80.buffer, f.hi80.buffer, f.lo95.buffer, f.hi95.buffer])].filter((b, i, all) => all.indexOf(b) === i) as ArrayBuffer[]);
    });
  },

  /** Reorder point and safety stock over the lead time, and the newsvendor order over the horizon. */
  policy(p: PolicyInput): Promise<PolicyOutput> {
    return keepingCodes(() => {
      const entry = fitted.get(p.model);
      if (!entry) throw new Error(`run a forecast with ${p.model} first`);
      const { criticalRatio: ratio } = criticalRatio({ unitPrice: p.unitPrice, unitCost: p.unitCost, salvageValue: p.salvageValue });
      const levelFor = (prob: number) => Math.abs(2 * prob - 1) * 100;
      const leadH = Math.max(1, Math.ceil(p.leadTimePeriods));
      const leadOut = entry.model.predict(Math.max(leadH, 1), { levels: [levelFor(p.serviceLevel)], nonNegative: true, seed: 1 });
      const lead = withLeadTimeVariability(totalFromForecast(leadOut, p.leadTimePeriods, p.serviceLevel), p.leadTimePeriods, p.leadTimeSdPeriods, p.serviceLevel);
      const seasonOut = entry.model.predict(entry.h, { levels: [levelFor(ratio)], nonNegative: true, seed: 1 });
      const season = totalFromForecast(seasonOut, entry.h, ratio);
      // Spreads for the other models, read off the 80 % interval (its 0.9 quantile) of the same forecasts.
      const z90 = normalQuantile(0.9);
      const leadOut80 = entry.model.predict(leadH, { levels: [80], nonNegative: true, seed: 1 });
      const lead90 = withLeadTimeVariability(totalFromForecast(leadOut80, p.leadTimePeriods, 0.9), p.leadTimePeriods, p.leadTimeSdPeriods, 0.9);
      const horizon90 = totalFromForecast(entry.model.predict(entry.h, { levels: [80], nonNegative: true, seed: 1 }), entry.h, 0.9);
      const horizonSd = (horizon90.quantile - horizon90.mean) / z90;
      const models = policiesFromForecast(
        {
          perPeriod: { mean: horizon90.mean / entry.h, sd: horizonSd / Math.sqrt(entry.h) },
          leadTime: { mean: lead90.mean, sd: (lead90.quantile - lead90.mean) / z90 },
          horizon: { mean: horizon90.mean, sd: horizonSd },
          leadTimePeriods: p.leadTimePeriods,
        },
        p,
      );
      return {
        leadTimeDemandMean: lead.mean,
        reorderPoint: lead.quantile,
        safetyStock: lead.quantile - lead.mean,
        criticalRatio: ratio,
        horizonDemandMean: season.mean,
        newsvendorQuantity: season.quantile,
        models,
      };
    });
  },
};

export type ForecastApi = typeof forecastApi;
