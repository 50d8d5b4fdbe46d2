// Monte Carlo summary of replications: per KPI its mean, spread and the 95 % interval of the
// mean; per daily series the mean and the P10/P50/P90 band, day by day.
import { KPIS, SERIES, type ChannelResult, type KpiName, type RunResult, type SeriesName } from '../result.ts';
import { finiteValues, mean, meanInterval, quantileSorted, sampleSd } from './stats.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** One KPI over replications. Computed over the runs where the KPI is finite; `n` says how many. */
export interface KpiSummary {
  mean: number;
  /** Sample standard deviation (NaN when n < 2). */
  sd: number;
  p10: number;
  p50: number;
  p90: number;
  /** 95 % confidence interval of the mean (Student t; NaN when n < 2). */
  ciLow: number;
  ciHigh: number;
  /** Replications in which the KPI was finite. */
  n: number;
}

/** One daily series over replications: day-by-day mean and percentiles (finite values only). */
export interface SeriesSummary {
  mean: Float64Array;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** What `summarise` returns. */
export interface RunSummary extends Pick<RunResult, 'scenarioName' | 'seed' | 'version' | 'days' | 'startDate'> {
  /** Number of replications summarised. */
  replications: number;
  kpis: Record<KpiName, KpiSummary>;
  series: Record<SeriesName, SeriesSummary>;
  /** Per-channel totals, averaged over replications. */
  channels: Record<string, ChannelResult>;
  /** Per-channel spend by day (CNY/day), averaged over replications. */
  channelSpend: Record<string, Float64Array>;
}

/** Summary of one KPI's values across replications (non-finite values are left out). */
export function summariseValues(values: ArrayLike<number>): KpiSummary {
  const finite = finiteValues(values).sort((a, b) => a - b);
  const ci = meanInterval(finite);
  return {
    mean: mean(finite),
    sd: sampleSd(finite),
    p10: quantileSorted(finite, 0.1),
    p50: quantileSorted(finite, 0.5),
    p90: quantileSorted(finite, 0.9),
    ciLow: ci.low,
    ciHigh: ci.high,
    n: finite.length,
  };
}

/** What KPI-only summaries and comparisons need of a run (sweeps keep only this, not the series). */
export type KpiRun = Pick<RunResult, 'replication' | 'kpis'>;

/** Every KPI summarised across `results`. */
export function summariseKpis(results: readonly KpiRun[]): Record<KpiName, KpiSummary> {
  const out = {} as Record<KpiName, KpiSummary>;
  for (const kpi of KPIS) out[kpi] = summariseValues(results.map((r) => r.kpis[kpi]));
  return out;
}

function summariseSeries(results: readonly RunResult[], name: SeriesName, days: number): SeriesSummary {
  const summary = emptySeriesSummary(days);
  const daily = results.map((r) => r.series[name]);
  const column = new Float64Array(results.length);
  for (let d = 0; d < days; d++) {
    let n = 0;
    for (const values of daily) {
      const v = values[d];
      if (Number.isFinite(v)) column[n++] = v;
    }
    writeSeriesDay(summary, d, daily, column.subarray(0, n).sort());
  }
  return summary;
}

/** A series summary of `days` days, to be filled by writeSeriesDay. */
export function emptySeriesSummary(days: number): SeriesSummary {
  return { mean: new Float64Array(days), p10: new Float64Array(days), p50: new Float64Array(days), p90: new Float64Array(days) };
}

/**
 * Writes day `d` of a series into `summary`: the mean of its finite values summed in the order of
 * `daily` (each run's values of the series, in replication order), and the percentiles of
 * `sorted` (those finite values in ascending order, as Float64Array's sort orders them).
 */
export function writeSeriesDay(summary: SeriesSummary, d: number, daily: readonly ArrayLike<number>[], sorted: Float64Array): void {
  let sum = 0;
  for (const values of daily) {
    const v = values[d];
    if (Number.isFinite(v)) sum += v;
  }
  summary.mean[d] = sorted.length > 0 ? sum / sorted.length : NaN;
  summary.p10[d] = quantileSorted(sorted, 0.1);
  summary.p50[d] = quantileSorted(sorted, 0.5);
  summary.p90[d] = quantileSorted(sorted, 0.9);
}

function averageChannels(results: readonly RunResult[]): Record<string, ChannelResult> {
  const out: Record<string, ChannelResult> = {};
  const names = [...new Set(results.flatMap((r) => Object.keys(r.channels)))];
  for (const name of names) {
    const present = results.map((r) => r.channels[name]).filter((c): c is ChannelResult => c !== undefined);
    out[name] = {
      spendCny: mean(present.map((c) => c.spendCny)),
      clicks: mean(present.map((c) => c.clicks)),
      orders: mean(present.map((c) => c.orders)),
      newCustomers: mean(present.map((c) => c.newCustomers)),
      gmvCny: mean(present.map((c) => c.gmvCny)),
    };
  }
  return out;
}

/** Mean daily spend of each channel over the results (a run without the channel counts as no spend). */
function averageChannelSpend(results: readonly RunResult[], days: number): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const r of results) {
    for (const [name, spend] of Object.entries(r.channelSpend ?? {})) {
      const sum = (out[name] ??= new Float64Array(days));
      for (let d = 0; d < days; d++) sum[d] += spend[d] / results.length;
    }
  }
  return out;
}

/**
 * Summarises the replications of one scenario. All results must come from the same scenario
 * and horizon; throws a RangeError for no results or for results of different lengths.
 */
export function summarise(results: readonly RunResult[]): RunSummary {
  const days = checkSameHorizon(results);
  return assembleSummary(results, (name) => summariseSeries(results, name, days));
}

/** The horizon shared by `results` (days); a RangeError for none or for different lengths. */
export function checkSameHorizon(results: readonly RunResult[]): number {
  if (results.length === 0) throw codedRangeError('run.noResults', {});
  const first = results[0];
  for (const r of results) {
    if (r.days !== first.days) throw codedRangeError('run.daysDiffer', { replication: r.replication, days: r.days, firstReplication: first.replication, firstDays: first.days });
  }
  return first.days;
}

/** The summary of `results` (one scenario and horizon, in replication order) with each series from `seriesOf`. */
export function assembleSummary(results: readonly RunResult[], seriesOf: (name: SeriesName) => SeriesSummary): RunSummary {
  const first = results[0];
  const series = {} as Record<SeriesName, SeriesSummary>;
  for (const name of SERIES) series[name] = seriesOf(name);
  return {
    scenarioName: first.scenarioName,
    seed: first.seed,
    version: first.version,
    days: first.days,
    startDate: first.startDate,
    replications: results.length,
    kpis: summariseKpis(results),
    series,
    channels: averageChannels(results),
    channelSpend: averageChannelSpend(results, first.days),
  };
}
