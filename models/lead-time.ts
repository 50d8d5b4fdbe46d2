// Total demand over a lead time of L periods — what a reorder point needs: its mean and quantiles.
// Regular series: AutoETS, exact normal for the linear models (the sum of the forecast errors has
// variance σ² Σ_k (1 + Σ_{i ≤ L−k} c_i)², c_i = α + β·φ_i + γ·[i mod m = 0]), otherwise the sums of
// seeded simulated paths. Intermittent series: SBA's rate × L plus the empirical quantiles of its
// in-sample L-period errors Σ_{i<L} y_{t+i} − L·f_t. (`totalFromForecast` in replenishment.ts
// approximates a total from any model's per-period intervals; this is the model-based total.)
import { ModelError } from './errors.ts';
import type { SeriesInput } from './forecaster.ts';
import { quantileProbabilities } from './output.ts';
import { isIntermittent } from './auto.ts';
import { selectEts } from './ets/ets-forecaster.ts';
import { autoEtsSpecs } from './ets/auto-ets.ts';
import { dampedSum, etsPointForecast, ADDITIVE, MULTIPLICATIVE, NONE } from './ets/kernel.ts';
import { describeEts, simulatePaths, SIMULATED_PATHS } from './ets/predict.ts';
import { crostonPass } from './intermittent/croston-kernel.ts';
import { CROSTON_ALPHA } from './intermittent/croston.ts';
import { normalQuantile } from '../sim/math/normal.ts';
import { quantileSorted } from '../sim/math/quantile.ts';

/** Mean and quantiles (by probability) of the total over `leadTime` periods, and how they were found. */
export interface LeadTimeDemand {
  leadTime: number;
  mean: number;
  quantiles: Map<number, number>;
  method: string;
}

/**
 * Distribution of the demand total over the next `leadTime` periods (≥ 1, whole) of `series`;
 * quantiles 0.1, 0.5, 0.9 and both ends of each level in `levels` (percent), all ≥ 0.
 */
export function leadTimeDemand(series: SeriesInput, leadTime: number, options: { levels?: number[]; seed?: number } = {}): LeadTimeDemand {
  if (!Number.isInteger(leadTime) || leadTime < 1) throw new ModelError('replenishment.leadTime', { got: String(leadTime) });
  const probs = quantileProbabilities(options.levels);
  return isIntermittent(series.y) ? intermittentTotal(series.y, leadTime, probs) : etsTotal(series, leadTime, probs, options.seed ?? 0);
}

function etsTotal(series: SeriesInput, leadTime: number, probs: number[], seed: number): LeadTimeDemand {
  const m = Math.max(1, Math.floor(series.seasonLength));
  const fit = selectEts('ets', series.y, m, autoEtsSpecs(m));
  const trend = fit.spec.trend === 'N' ? NONE : ADDITIVE;
  const seasonType = fit.spec.season === 'N' ? NONE : fit.spec.season === 'A' ? ADDITIVE : MULTIPLICATIVE;
  const points = new Float64Array(leadTime);
  etsPointForecast(leadTime, fit.m, trend, seasonType, fit.phi, fit.level, fit.slope, fit.season, fit.fitted.length % fit.m, points);
  const mean = points.reduce((a, b) => a + b, 0);
  const quantiles = new Map<number, number>();
  if (fit.spec.error === 'A' && seasonType !== MULTIPLICATIVE) {
    const c = new Float64Array(leadTime);
    for (let i = 1; i < leadTime; i++) c[i] = fit.alpha + (trend === NONE ? 0 : fit.beta * dampedSum(fit.phi, i)) + (seasonType !== NONE && i % fit.m === 0 ? fit.gamma : 0);
    let variance = 0;
    for (let k = 1; k <= leadTime; k++) {
      let weight = 1;
      for (let i = 1; i <= leadTime - k; i++) weight += c[i];
      variance += weight * weight;
    }
    const sd = Math.sqrt(fit.sigma2 * variance);
    for (const p of probs) quantiles.set(p, Math.max(0, mean + normalQuantile(p) * sd));
    return { leadTime, mean: Math.max(0, mean), quantiles, method: `${describeEts(fit)}, exact normal total` };
  }
  const paths = simulatePaths(fit, leadTime, Math.sqrt(fit.sigma2), seed);
  const totals = new Float64Array(SIMULATED_PATHS);
  for (let p = 0; p < SIMULATED_PATHS; p++) for (let i = 0; i < leadTime; i++) totals[p] += paths[p * leadTime + i];
  totals.sort();
  for (const p of probs) quantiles.set(p, Math.max(0, quantileSorted(totals, p)));
  return { leadTime, mean: Math.max(0, mean), quantiles, method: `${describeEts(fit)}, ${SIMULATED_PATHS} simulated paths` };
}

function intermittentTotal(y: Float64Array, leadTime: number, probs: number[]): LeadTimeDemand {
  const { forecast, fitted } = crostonPass(y, CROSTON_ALPHA, 1 - CROSTON_ALPHA / 2);
  const errors: number[] = [];
  for (let t = 0; t + leadTime <= y.length; t++) {
    if (!Number.isFinite(fitted[t])) continue;
    let total = 0;
    for (let i = 0; i < leadTime; i++) total += Math.max(0, y[t + i]);
    errors.push(total - leadTime * fitted[t]);
  }
  const sorted = Float64Array.from(errors).sort();
  const mean = leadTime * forecast;
  const quantiles = new Map<number, number>();
  for (const p of probs) {
    const v = mean + (sorted.length > 0 ? quantileSorted(sorted, p) : 0);
    quantiles.set(p, Math.max(0, p < 0.5 ? Math.min(v, mean) : p > 0.5 ? Math.max(v, mean) : v));
  }
  return { leadTime, mean, quantiles, method: `SBA rate × ${leadTime}, empirical ${leadTime}-period errors (${sorted.length})` };
}
