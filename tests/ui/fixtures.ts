// Small synthetic RunResults for the workbench's unit tests (no engine needed).
import { KPIS, SERIES, type KpiName, type RunResult, type SeriesName } from '../../sim/result.ts';

/** Replication `r` of a fake run over `days`: orders[d] = 10 + d + r, every KPI a simple function of r. */
export function fakeRun(r: number, days: number): RunResult {
  const series = {} as Record<SeriesName, Float64Array>;
  for (const name of SERIES) series[name] = Float64Array.from({ length: days }, (_, d) => 10 + d + r);
  const kpis = {} as Record<KpiName, number>;
  for (const k of KPIS) kpis[k] = 1000 + r * 1000;
  kpis.paybackDay = NaN;
  return {
    scenarioName: 'Fake shop',
    seed: 1,
    replication: r,
    version: 'test',
    days,
    startDate: '2026-01-01',
    series,
    kpis,
    channels: { paid: { spendCny: 100, clicks: 50, orders: 5 + r, newCustomers: 2, gmvCny: 600 } },
    channelSpend: { paid: new Float64Array(days).fill(100 / days) },
    skuUnits: { tee: new Float64Array(days) },
    skuPrice: { tee: new Float64Array(days) },
    skuPromo: { tee: new Float64Array(days) },
    skuStock: { tee: new Float64Array(days) },
  };
}
