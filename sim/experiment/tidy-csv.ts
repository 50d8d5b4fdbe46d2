// The one tidy-CSV writer for experiment results (daily fans, KPI spreads, comparisons, sweeps),
// used by the CLI's --csv files and the workbench's downloads: pure text, same bytes everywhere.
import { KPIS, SERIES, dateOfDay } from '../result.ts';
import type { RunSummary } from './summarise.ts';
import type { Comparison } from './compare.ts';
import type { TidyRow } from './sweep.ts';

/** One CSV cell value; numbers that are not finite are written as empty cells. */
export type CsvValue = string | number;

/** A CSV field: numbers in JavaScript's shortest form (empty when not finite), text quoted when it holds a comma, quote or line break. */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, `\n` after every row (the header is the first row). */
export function csvText(rows: Iterable<readonly CsvValue[]>): string {
  let text = '';
  for (const row of rows) text += `${row.map(csvField).join(',')}\n`;
  return text;
}

/** Daily fan as tidy rows: day, date, series, mean, p10, p50, p90; one per (series, day). */
export function seriesCsv(summary: RunSummary): string {
  const rows: CsvValue[][] = [['day', 'date', 'series', 'mean', 'p10', 'p50', 'p90']];
  for (const name of SERIES) {
    const s = summary.series[name];
    for (let d = 0; d < summary.days; d++) rows.push([d, dateOfDay(summary.startDate, d), name, s.mean[d], s.p10[d], s.p50[d], s.p90[d]]);
  }
  return csvText(rows);
}

/** One row per KPI with its spread and the 95 % interval of the mean. */
export function kpiCsv(summary: RunSummary): string {
  const rows: CsvValue[][] = [['kpi', 'mean', 'sd', 'p10', 'p50', 'p90', 'ci_low', 'ci_high', 'n']];
  for (const k of KPIS) {
    const s = summary.kpis[k];
    rows.push([k, s.mean, s.sd, s.p10, s.p50, s.p90, s.ciLow, s.ciHigh, s.n]);
  }
  return csvText(rows);
}

/** A comparison: one row per (KPI, scenario); deltas of scenario i against scenario 0 (`comparisons[i - 1]`). */
export function comparisonCsv(scenarios: readonly { title: string; summary: RunSummary }[], comparisons: readonly Comparison[]): string {
  const rows: CsvValue[][] = [['kpi', 'scenario', 'mean', 'p10', 'p90', 'delta_vs_baseline', 'delta_ci_low', 'delta_ci_high', 'p_better']];
  for (const k of KPIS) {
    scenarios.forEach((s, i) => {
      const v = s.summary.kpis[k];
      const c = i === 0 ? null : comparisons[i - 1].kpis[k];
      rows.push([k, s.title, v.mean, v.p10, v.p90, c?.meanDelta ?? '', c?.ciLow ?? '', c?.ciHigh ?? '', c?.pBetter ?? '']);
    });
  }
  return csvText(rows);
}

/** A sweep's tidy table: run, one column per lever path (in order), replication, kpi, value. */
export function sweepCsv(paths: readonly string[], rows: readonly TidyRow[]): string {
  const out: CsvValue[][] = [['run', ...paths, 'replication', 'kpi', 'value']];
  for (const r of rows) out.push([r.run, ...paths.map((p) => r.levers[p]), r.replication, r.kpi, r.value]);
  return csvText(out);
}
