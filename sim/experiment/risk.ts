// Risk of a plan over its Monte Carlo replications: the chance of a loss, of running out of cash
// on any day, of meeting each target the user sets, and the expected profit in the worst 5 %.
import type { KpiRun } from './summarise.ts';
import { meets, type KpiCondition } from './kpi-condition.ts';
import { finiteValues, mean } from './stats.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** A probability estimated from `n` replications, with its 95 % Wilson score interval. */
export interface Probability {
  /** Share of replications (0–1); NaN when n = 0. */
  p: number;
  low: number;
  high: number;
  /** Replications the share is taken over (those where the KPI is finite). */
  n: number;
}

/** One target's risk: the chance a replication meets it, and whether the mean does. */
export interface TargetRisk {
  condition: KpiCondition;
  /** P(the KPI meets the target) across replications. */
  met: Probability;
  /** The KPI's mean over replications (finite ones). */
  mean: number;
  /** Whether the mean meets the target. */
  meanMeets: boolean;
}

/** What `assessRisk` returns. */
export interface RiskSummary {
  replications: number;
  /** P(profit < 0). */
  loss: Probability;
  /** P(cash < 0 on some day), from each run's lowest daily cash. */
  cashShortfall: Probability;
  /** CVaR 5 % of profit: mean profit over the worst 5 % of replications (CNY; lower tail, fractional at the edge). */
  cvar5ProfitCny: number;
  targets: TargetRisk[];
}

/** Share `k / n` with its 95 % Wilson score interval (stays inside 0–1 and is not empty at 0 or n). */
export function wilson(k: number, n: number, z = 1.959963984540054): Probability {
  if (n === 0) return { p: NaN, low: NaN, high: NaN, n };
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), n };
}

/**
 * Conditional value at risk of the lower tail: the mean of the worst `alpha` share of `values`
 * (non-finite values dropped). With n·alpha not whole, the boundary value counts with its
 * fraction (Rockafellar–Uryasev), so one replication of twenty is exactly the worst 5 %.
 */
export function cvarLower(values: readonly number[], alpha = 0.05): number {
  if (!(alpha > 0 && alpha <= 1)) throw codedRangeError('run.badAlpha', { alpha });
  const sorted = finiteValues(values).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return NaN;
  const tail = alpha * n;
  const whole = Math.floor(tail);
  let sum = 0;
  for (let i = 0; i < whole; i++) sum += sorted[i];
  const rest = tail - whole;
  if (rest > 0) sum += rest * sorted[whole];
  return sum / tail;
}

function share(runs: readonly KpiRun[], value: (r: KpiRun) => number, hit: (v: number) => boolean): Probability {
  let k = 0;
  let n = 0;
  for (const r of runs) {
    const v = value(r);
    if (!Number.isFinite(v)) continue;
    n++;
    if (hit(v)) k++;
  }
  return wilson(k, n);
}

/** The risk summary of one scenario's replications against `targets`. */
export function assessRisk(runs: readonly KpiRun[], targets: readonly KpiCondition[] = []): RiskSummary {
  return {
    replications: runs.length,
    loss: share(runs, (r) => r.kpis.profitCny, (v) => v < 0),
    cashShortfall: share(runs, (r) => r.kpis.minCashCny, (v) => v < 0),
    cvar5ProfitCny: cvarLower(runs.map((r) => r.kpis.profitCny), 0.05),
    targets: targets.map((condition) => {
      const m = mean(finiteValues(runs.map((r) => r.kpis[condition.kpi])));
      return { condition, met: share(runs, (r) => r.kpis[condition.kpi], (v) => meets(condition, v)), mean: m, meanMeets: meets(condition, m) };
    }),
  };
}
