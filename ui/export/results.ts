// Results as files: a tidy CSV of the daily fan (day, date, series, mean, p10, p50, p90), a KPI
// CSV, and JSON with the summary (typed arrays written as plain number lists).
import { KPIS, SERIES } from '../../sim/result.ts';
import type { RunSummary } from '../../sim/experiment/summarise.ts';
import type { Comparison } from '../../sim/experiment/compare.ts';
import { dayToIsoDate } from '../i18n/format.ts';

/** A CSV field: quoted when it holds a comma, quote or line break; numbers as JavaScript writes them, NaN empty. */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** Tidy daily series: one row per (day, series). */
export function seriesCsv(summary: RunSummary): string {
  const rows: (string | number)[][] = [['day', 'date', 'series', 'mean', 'p10', 'p50', 'p90']];
  for (const name of SERIES) {
    const s = summary.series[name];
    for (let d = 0; d < summary.days; d++) rows.push([d, dayToIsoDate(summary.startDate, d), name, s.mean[d], s.p10[d], s.p50[d], s.p90[d]]);
  }
  return csv(rows);
}

/** One row per KPI with its spread and the 95 % interval of the mean. */
export function kpiCsv(summary: RunSummary): string {
  const rows: (string | number)[][] = [['kpi', 'mean', 'sd', 'p10', 'p50', 'p90', 'ci_low', 'ci_high', 'n']];
  for (const k of KPIS) {
    const s = summary.kpis[k];
    rows.push([k, s.mean, s.sd, s.p10, s.p50, s.p90, s.ciLow, s.ciHigh, s.n]);
  }
  return csv(rows);
}

/** The summary as JSON-ready data: typed arrays become lists, NaN becomes null. */
export function summaryData(summary: RunSummary): unknown {
  return JSON.parse(
    JSON.stringify(summary, (_key, value: unknown) => (value instanceof Float64Array ? Array.from(value, (v) => (Number.isFinite(v) ? v : null)) : typeof value === 'number' && !Number.isFinite(value) ? null : value)),
  );
}

/** The summary and the scenario it came from as a pretty-printed JSON document. */
export function resultsJson(summary: RunSummary, scenarioText: string): string {
  return JSON.stringify({ format: 'shoplab-results', scenarioText, summary: summaryData(summary) }, null, 2);
}

/** A comparison as tidy CSV: one row per (KPI, scenario), deltas against the first scenario. */
export function comparisonCsv(scenarios: { title: string; summary: RunSummary }[], comparisons: Comparison[]): string {
  const rows: (string | number)[][] = [['kpi', 'scenario', 'mean', 'p10', 'p90', 'delta_vs_baseline', 'delta_ci_low', 'delta_ci_high', 'p_better']];
  for (const k of KPIS) {
    scenarios.forEach((s, i) => {
      const v = s.summary.kpis[k];
      const c = i === 0 ? null : comparisons[i - 1].kpis[k];
      rows.push([k, s.title, v.mean, v.p10, v.p90, c?.meanDelta ?? '', c?.ciLow ?? '', c?.ciHigh ?? '', c?.pBetter ?? '']);
    });
  }
  return csv(rows);
}

/** A sweep's tidy table: run, each lever's value, replication, kpi, value. */
export function sweepCsv(paths: readonly string[], rows: readonly { run: number; levers: Record<string, number>; replication: number; kpi: string; value: number }[]): string {
  const out: (string | number)[][] = [['run', ...paths, 'replication', 'kpi', 'value']];
  for (const r of rows) out.push([r.run, ...paths.map((p) => r.levers[p]), r.replication, r.kpi, r.value]);
  return csv(out);
}
