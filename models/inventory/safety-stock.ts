// Safety stock and reorder point for a continuous-review (ROP, Q) system from the demand's
// per-period mean and forecast error and a possibly variable lead time (Chopra–Meindl ch. 12).
import { normalCdf, normalQuantile } from '../../sim/math/normal.ts';
import { requireNonNegative, requirePositive, requireProbability } from './check.ts';

/** Demand per period and the supplier's lead time, in one consistent period (day, week…). */
export interface LeadTimeInput {
  /** Mean demand per period (units/period). */
  demandMean: number;
  /** Standard deviation of demand (or of the forecast error) per period (units/period). */
  demandSd: number;
  /** Mean lead time (periods). */
  leadTime: number;
  /** Standard deviation of the lead time (periods; default 0 = fixed lead time). */
  leadTimeSd?: number;
}

/** Distribution of demand over the lead time, taken as normal. */
export interface LeadTimeDemand {
  /** d·L (units). */
  mean: number;
  /** σ_LTD = √(L σ_d² + d² σ_L²) (units): demand noise plus lead-time noise, independent. */
  sd: number;
}

/** Mean and standard deviation of lead-time demand: σ_LTD = √(L σ_d² + d² σ_L²). */
export function leadTimeDemand(input: LeadTimeInput): LeadTimeDemand {
  requireNonNegative('demandMean', input.demandMean);
  requireNonNegative('demandSd', input.demandSd);
  requireNonNegative('leadTime', input.leadTime);
  const leadTimeSd = input.leadTimeSd ?? 0;
  requireNonNegative('leadTimeSd', leadTimeSd);
  const { demandMean: d, demandSd: sd, leadTime: l } = input;
  return { mean: d * l, sd: Math.sqrt(l * sd * sd + d * d * leadTimeSd * leadTimeSd) };
}

/** A reorder point and what it protects against. */
export interface ReorderPointResult {
  /** Inventory position at which to order (units). */
  reorderPoint: number;
  /** Reorder point minus mean lead-time demand (units). */
  safetyStock: number;
  /** Safety factor z = safety stock / σ_LTD. */
  safetyFactor: number;
  /** Probability of no stock-out in a replenishment cycle, Φ(z). */
  cycleServiceLevel: number;
  leadTimeDemand: LeadTimeDemand;
}

/** Safety stock and reorder point that reach a target cycle service level: ss = Φ⁻¹(CSL) σ_LTD. */
export function reorderPointForServiceLevel(input: LeadTimeInput, cycleServiceLevel: number): ReorderPointResult {
  requireProbability('cycleServiceLevel', cycleServiceLevel);
  const ltd = leadTimeDemand(input);
  const z = normalQuantile(cycleServiceLevel);
  const safetyStock = z * ltd.sd;
  return { reorderPoint: ltd.mean + safetyStock, safetyStock, safetyFactor: z, cycleServiceLevel, leadTimeDemand: ltd };
}

/** Safety stock and cycle service level that a given reorder point gives: CSL = Φ((ROP − dL)/σ_LTD). */
export function evaluateReorderPoint(input: LeadTimeInput, reorderPoint: number): ReorderPointResult {
  requireNonNegative('reorderPoint', reorderPoint);
  const ltd = leadTimeDemand(input);
  requirePositive('σ of lead-time demand (demandSd or leadTimeSd)', ltd.sd);
  const safetyStock = reorderPoint - ltd.mean;
  const z = safetyStock / ltd.sd;
  return { reorderPoint, safetyStock, safetyFactor: z, cycleServiceLevel: normalCdf(z), leadTimeDemand: ltd };
}
