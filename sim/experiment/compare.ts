// Paired comparison of two scenarios run with the same seed: replication r of the alternative
// against replication r of the baseline (common random numbers), so the delta is not noise.
import { KPIS, type KpiName } from '../result.ts';
import type { KpiRun } from './summarise.ts';
import { KPI_CATALOGUE, betterSign, type KpiDirection } from '../kpi-catalogue.ts';
import { mean, meanInterval } from './stats.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** The comparison of one KPI. Deltas are alternative − baseline, over pairs where both are finite. */
export interface KpiComparison {
  direction: KpiDirection;
  baselineMean: number;
  alternativeMean: number;
  /** Mean of the paired deltas (alternative − baseline). */
  meanDelta: number;
  /** 95 % confidence interval of the mean paired delta (Student t; NaN with fewer than 2 pairs). */
  ciLow: number;
  ciHigh: number;
  /** meanDelta / |baselineMean| (NaN when the baseline mean is 0 or not finite). */
  relativeDelta: number;
  /**
   * Share of pairs in which the alternative beats the baseline in the KPI's direction; a tie
   * counts one half. NaN for neutral KPIs and when no pair is finite.
   */
  pBetter: number;
  /** Pairs in which both values were finite. */
  n: number;
  /** The paired deltas (alternative − baseline) in the baseline's replication order; NaN where a side is not finite. */
  deltas: number[];
}

/** What `compareRuns` returns. */
export interface Comparison {
  /** Number of paired replications. */
  pairs: number;
  kpis: Record<KpiName, KpiComparison>;
}

function pairByReplication(baseline: readonly KpiRun[], alternative: readonly KpiRun[]): [KpiRun, KpiRun][] {
  if (baseline.length === 0) throw codedRangeError('run.noBaseline', {});
  if (baseline.length !== alternative.length) {
    throw codedRangeError('run.unpaired', { baseline: baseline.length, alternative: alternative.length });
  }
  const byReplication = new Map(alternative.map((r) => [r.replication, r]));
  return baseline.map((b) => {
    const a = byReplication.get(b.replication);
    if (!a) throw codedRangeError('run.noPair', { replication: b.replication });
    return [b, a];
  });
}

/** Compares one KPI over paired runs. */
export function compareKpi(kpi: KpiName, pairs: readonly (readonly [number, number])[]): KpiComparison {
  const finite = pairs.filter(([b, a]) => Number.isFinite(b) && Number.isFinite(a));
  const deltas = finite.map(([b, a]) => a - b);
  const baselineMean = mean(finite.map(([b]) => b));
  const alternativeMean = mean(finite.map(([, a]) => a));
  const meanDelta = mean(deltas);
  const ci = meanInterval(deltas);
  const direction = KPI_CATALOGUE[kpi].direction;
  let wins = 0;
  for (const [b, a] of finite) {
    const sign = betterSign(kpi, a, b);
    wins += sign === 1 ? 1 : sign === 0 ? 0.5 : 0;
  }
  return {
    direction,
    baselineMean,
    alternativeMean,
    meanDelta,
    ciLow: ci.low,
    ciHigh: ci.high,
    relativeDelta: baselineMean !== 0 && Number.isFinite(baselineMean) ? meanDelta / Math.abs(baselineMean) : NaN,
    pBetter: direction === 'neutral' || finite.length === 0 ? NaN : wins / finite.length,
    n: finite.length,
    deltas: pairs.map(([b, a]) => (Number.isFinite(b) && Number.isFinite(a) ? a - b : NaN)),
  };
}

/**
 * Compares an alternative scenario's replications with the baseline's, pairing replication r
 * with replication r. Both sides must hold the same replication indices (throws RangeError).
 */
export function compareRuns(baseline: readonly KpiRun[], alternative: readonly KpiRun[]): Comparison {
  const pairs = pairByReplication(baseline, alternative);
  const kpis = {} as Record<KpiName, KpiComparison>;
  for (const kpi of KPIS) kpis[kpi] = compareKpi(kpi, pairs.map(([b, a]) => [b.kpis[kpi], a.kpis[kpi]] as const));
  return { pairs: pairs.length, kpis };
}

/**
 * Index of the best of several scenarios' mean values of one KPI (in its direction), or −1 for
 * a neutral KPI or when no value is finite. Ties go to the earliest.
 */
export function bestIndex(kpi: KpiName, means: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < means.length; i++) {
    if (!Number.isFinite(means[i])) continue;
    if (KPI_CATALOGUE[kpi].direction === 'neutral') return -1;
    if (best === -1 || betterSign(kpi, means[i], means[best]) === 1) best = i;
  }
  return best;
}
