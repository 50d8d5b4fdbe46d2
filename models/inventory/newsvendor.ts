// The newsvendor: one order before a single selling season with uncertain demand. The best order
// covers demand with probability equal to the critical ratio Cu/(Cu + Co) (Nahmias §5.3).
import { ModelError } from '../errors.ts';
import { normalCdf, normalQuantile, normalLoss } from '../../sim/math/normal.ts';
import { demandCdf, demandLeftover, demandLoss, demandMean, demandQuantile, type DiscreteDemand } from './discrete.ts';
import { requireFinite, requireNonNegative, requirePositive, requireProbability } from './check.ts';

/** Money per unit in a newsvendor problem (any currency, consistently). */
export interface NewsvendorPrices {
  /** Selling price (money/unit). */
  unitPrice: number;
  /** Purchase cost (money/unit). */
  unitCost: number;
  /** Value of a unit left over at the end, e.g. clearance price (money/unit; default 0). */
  salvageValue?: number;
  /** Cost beyond the lost margin of a unit of unmet demand, e.g. goodwill (money/unit; default 0). */
  shortagePenalty?: number;
}

/** Expected outcome of ordering a quantity. */
export interface NewsvendorOutcome {
  /** Units ordered. */
  orderQuantity: number;
  /** Cu/(Cu + Co): the in-stock probability the best order achieves. */
  criticalRatio: number;
  /** Underage cost Cu = price − cost + penalty (money/unit short). */
  underageCost: number;
  /** Overage cost Co = cost − salvage (money/unit left over). */
  overageCost: number;
  /** E[min(D, Q)] (units). */
  expectedSales: number;
  /** E[(Q − D)⁺] (units). */
  expectedLeftover: number;
  /** E[(D − Q)⁺] (units). */
  expectedShortage: number;
  /** P(D ≤ Q): probability all demand is met (cycle service level). */
  inStockProbability: number;
  /** Expected sales / expected demand. */
  fillRate: number;
  /** price·sales + salvage·leftover − cost·Q − penalty·shortage (money). */
  expectedProfit: number;
  /** Co·leftover + Cu·shortage: expected cost of the mismatch between order and demand (money). */
  expectedMismatchCost: number;
}

/** Under- and overage costs and the critical ratio of a set of prices. */
export function criticalRatio(prices: NewsvendorPrices): { underageCost: number; overageCost: number; criticalRatio: number } {
  const { unitPrice, unitCost } = prices;
  const salvage = prices.salvageValue ?? 0;
  const penalty = prices.shortagePenalty ?? 0;
  requireNonNegative('unitPrice', unitPrice);
  requireNonNegative('unitCost', unitCost);
  requireFinite('salvageValue', salvage);
  requireNonNegative('shortagePenalty', penalty);
  const underageCost = unitPrice - unitCost + penalty;
  const overageCost = unitCost - salvage;
  if (!(underageCost > 0)) throw new ModelError('inventory.priceBelowCost', { revenue: unitPrice + penalty, cost: unitCost });
  if (!(overageCost > 0)) throw new ModelError('inventory.salvageAboveCost', { salvage, cost: unitCost });
  return { underageCost, overageCost, criticalRatio: underageCost / (underageCost + overageCost) };
}

function outcome(q: number, mean: number, leftover: number, shortage: number, inStock: number, prices: NewsvendorPrices): NewsvendorOutcome {
  const cr = criticalRatio(prices);
  const salvage = prices.salvageValue ?? 0;
  const penalty = prices.shortagePenalty ?? 0;
  const sales = mean - shortage;
  return {
    orderQuantity: q,
    ...cr,
    expectedSales: sales,
    expectedLeftover: leftover,
    expectedShortage: shortage,
    inStockProbability: inStock,
    fillRate: mean > 0 ? sales / mean : 1,
    expectedProfit: prices.unitPrice * sales + salvage * leftover - prices.unitCost * q - penalty * shortage,
    expectedMismatchCost: cr.overageCost * leftover + cr.underageCost * shortage,
  };
}

/** Normally distributed season demand (units). */
export interface NormalDemand {
  mean: number;
  sd: number;
}

/** Expected outcome of ordering `orderQuantity` against normal demand. */
export function evaluateNewsvendorNormal(orderQuantity: number, demand: NormalDemand, prices: NewsvendorPrices): NewsvendorOutcome {
  requireFinite('orderQuantity', orderQuantity);
  requireFinite('mean', demand.mean);
  requirePositive('sd', demand.sd);
  const z = (orderQuantity - demand.mean) / demand.sd;
  const shortage = demand.sd * normalLoss(z);
  const leftover = orderQuantity - demand.mean + shortage;
  return outcome(orderQuantity, demand.mean, leftover, shortage, normalCdf(z), prices);
}

/** Best order against normal demand: Q* = μ + σ Φ⁻¹(Cu/(Cu + Co)) (continuous units). */
export function newsvendorNormal(demand: NormalDemand, prices: NewsvendorPrices): NewsvendorOutcome {
  const { criticalRatio: ratio } = criticalRatio(prices);
  requirePositive('sd', demand.sd);
  return evaluateNewsvendorNormal(demand.mean + demand.sd * normalQuantile(ratio), demand, prices);
}

/** Lognormal season demand: ln D ~ N(logMean, logSd²) (parameters of the log, not of D). */
export interface LognormalDemand {
  logMean: number;
  logSd: number;
}

/** The lognormal whose mean and standard deviation (units) are given: σ² = ln(1 + sd²/mean²), μ = ln mean − σ²/2. */
export function lognormalFromMoments(mean: number, sd: number): LognormalDemand {
  requirePositive('mean', mean);
  requirePositive('sd', sd);
  const logVar = Math.log(1 + (sd * sd) / (mean * mean));
  return { logMean: Math.log(mean) - logVar / 2, logSd: Math.sqrt(logVar) };
}

/**
 * Expected outcome of ordering Q against lognormal demand, in closed form: with z = (ln Q − μ)/σ and
 * m = e^{μ+σ²/2}, E[(D − Q)⁺] = m Φ(σ − z) − Q (1 − Φ(z)).
 */
export function evaluateNewsvendorLognormal(orderQuantity: number, demand: LognormalDemand, prices: NewsvendorPrices): NewsvendorOutcome {
  requireNonNegative('orderQuantity', orderQuantity);
  requireFinite('logMean', demand.logMean);
  requirePositive('logSd', demand.logSd);
  const { logMean: mu, logSd: sigma } = demand;
  const mean = Math.exp(mu + (sigma * sigma) / 2);
  if (orderQuantity === 0) return outcome(0, mean, 0, mean, 0, prices);
  const z = (Math.log(orderQuantity) - mu) / sigma;
  const shortage = mean * normalCdf(sigma - z) - orderQuantity * normalCdf(-z);
  return outcome(orderQuantity, mean, orderQuantity - mean + shortage, shortage, normalCdf(z), prices);
}

/** Best order against lognormal demand: Q* = exp(μ + σ Φ⁻¹(Cu/(Cu + Co))). */
export function newsvendorLognormal(demand: LognormalDemand, prices: NewsvendorPrices): NewsvendorOutcome {
  const { criticalRatio: ratio } = criticalRatio(prices);
  requireFinite('logMean', demand.logMean);
  requirePositive('logSd', demand.logSd);
  return evaluateNewsvendorLognormal(Math.exp(demand.logMean + demand.logSd * normalQuantile(ratio)), demand, prices);
}

/** Expected outcome of ordering a whole number of units against discrete demand. */
export function evaluateNewsvendorDiscrete(orderQuantity: number, demand: DiscreteDemand, prices: NewsvendorPrices): NewsvendorOutcome {
  requireNonNegative('orderQuantity', orderQuantity);
  return outcome(orderQuantity, demandMean(demand), demandLeftover(demand, orderQuantity), demandLoss(demand, orderQuantity), demandCdf(demand, orderQuantity), prices);
}

/**
 * Best whole-unit order against discrete demand (Poisson, empirical…): the smallest Q with
 * P(D ≤ Q) ≥ critical ratio, which minimises the expected mismatch cost.
 */
export function newsvendorDiscrete(demand: DiscreteDemand, prices: NewsvendorPrices): NewsvendorOutcome {
  const { criticalRatio: ratio } = criticalRatio(prices);
  return evaluateNewsvendorDiscrete(demandQuantile(demand, ratio), demand, prices);
}

/**
 * Best order read off a forecast's quantiles (probability → units), e.g. a `ForecastOutput`'s
 * quantiles summed over the season: the quantile function is interpolated linearly at the
 * critical ratio. Throws when the critical ratio lies outside the probabilities given, since
 * extrapolating a tail would be a guess.
 */
export function newsvendorFromQuantiles(quantiles: ReadonlyMap<number, number>, criticalRatioValue: number): number {
  requireProbability('criticalRatio', criticalRatioValue);
  const points = [...quantiles.entries()].sort((a, b) => a[0] - b[0]);
  if (points.length === 0) throw new ModelError('value.noneGiven', { field: 'quantiles', what: 'pair' });
  for (const [p, v] of points) {
    requireProbability('quantile probability', p);
    requireFinite(`quantile ${p}`, v);
  }
  const lowest = points[0][0];
  const highest = points[points.length - 1][0];
  if (criticalRatioValue < lowest - 1e-12 || criticalRatioValue > highest + 1e-12) {
    throw new ModelError('inventory.ratioOutside', { ratio: criticalRatioValue, lowest, highest });
  }
  for (let i = 1; i < points.length; i++) {
    const [p0, v0] = points[i - 1];
    const [p1, v1] = points[i];
    if (criticalRatioValue <= p1) return v0 + ((v1 - v0) * (criticalRatioValue - p0)) / (p1 - p0);
  }
  return points[points.length - 1][1];
}
