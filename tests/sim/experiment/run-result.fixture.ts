// Synthetic RunResults for experiment-layer tests: every series and KPI set from simple rules,
// so summaries and comparisons can be checked against numbers worked out by hand.
import { KPIS, SERIES, type KpiName, type RunResult, type SeriesName } from '../../../sim/result.ts';

export interface FakeRunSpec {
  replication?: number;
  days?: number;
  /** KPI values to set; the others are 0. */
  kpis?: Partial<Record<KpiName, number>>;
  /** Value of every series on day d: fill(d) (default: replication × 10 + d). */
  fill?: (day: number, series: SeriesName) => number;
  scenarioName?: string;
  seed?: number;
}

/** One synthetic replication. */
export function fakeRun(spec: FakeRunSpec = {}): RunResult {
  const replication = spec.replication ?? 0;
  const days = spec.days ?? 5;
  const fill = spec.fill ?? ((d: number) => replication * 10 + d);
  const series = {} as Record<SeriesName, Float64Array>;
  for (const name of SERIES) series[name] = Float64Array.from({ length: days }, (_, d) => fill(d, name));
  const kpis = {} as Record<KpiName, number>;
  for (const k of KPIS) kpis[k] = spec.kpis?.[k] ?? 0;
  return {
    scenarioName: spec.scenarioName ?? 'fake',
    seed: spec.seed ?? 1,
    replication,
    version: 'test',
    days,
    startDate: '2026-01-01',
    series,
    kpis,
    channels: { paid: { spendCny: 100 * (replication + 1), clicks: 10, orders: 1, newCustomers: 1, gmvCny: 50 } },
    channelSpend: { paid: Float64Array.from({ length: days }, () => (100 * (replication + 1)) / days) },
    skuUnits: {},
    skuPrice: {},
    skuPromo: {},
    skuStock: {},
  };
}

/** Replications 0…n−1 whose KPI `kpi` takes `values[r]`. */
export function fakeRuns(kpi: KpiName, values: readonly number[], days = 5): RunResult[] {
  return values.map((v, r) => fakeRun({ replication: r, days, kpis: { [kpi]: v } }));
}
