// The (s, S) policy by Ehrhardt's power approximation (Ehrhardt 1979; revised by Ehrhardt &
// Mosier 1984): closed-form s and S fitted by regression to exact optima, for normal demand
// where ss.ts's exact method needs a whole-unit distribution (Snyder & Shen §4.4.3).
import { requireNonNegative, requirePositive } from './check.ts';

/** Normal demand per period, lead time and costs, in one consistent period. */
export interface SsPowerInput {
  /** Mean demand per period μ (units/period). */
  demandMean: number;
  /** Standard deviation of demand per period σ (units/period). */
  demandSd: number;
  /** Lead time L (whole periods ≥ 0); costs fall on demand over L + 1 periods. */
  leadTime: number;
  /** Fixed cost per order K (money/order). */
  orderCost: number;
  /** Cost per unit on hand at the end of a period h (money/unit/period). */
  holdingCost: number;
  /** Cost per unit backordered at the end of a period p (money/unit/period). */
  backorderCost: number;
}

/** The approximate policy and its intermediate quantities. */
export interface SsPowerResult {
  /** Reorder level s (units). */
  reorderLevel: number;
  /** Order-up-to level S = s + Q (units). */
  orderUpToLevel: number;
  /** Q = 1.30 μ^0.494 (K/h)^0.506 (1 + σ²_{L+1}/μ²)^0.116 (units). */
  orderQuantity: number;
  /** z = √(Q h / (σ_{L+1} p)). */
  z: number;
  /** Mean and sd of demand over L + 1 periods (units). */
  protectionMean: number;
  protectionSd: number;
}

/**
 * s = 0.973 μ_{L+1} + σ_{L+1} (0.183/z + 1.063 − 2.192 z), S = s + Q, with μ_{L+1} = (L + 1)μ and
 * σ_{L+1} = σ√(L + 1). Good when the optimum orders often enough (Q/μ above about 1.5).
 */
export function ssPowerApproximation(input: SsPowerInput): SsPowerResult {
  requirePositive('demandMean', input.demandMean);
  requirePositive('demandSd', input.demandSd);
  requireNonNegative('leadTime', input.leadTime);
  requirePositive('orderCost', input.orderCost);
  requirePositive('holdingCost', input.holdingCost);
  requirePositive('backorderCost', input.backorderCost);
  const { demandMean: mu, demandSd: sigma, leadTime: l, orderCost: k, holdingCost: h, backorderCost: p } = input;
  const protectionMean = (l + 1) * mu;
  const protectionSd = sigma * Math.sqrt(l + 1);
  const q = 1.3 * mu ** 0.494 * (k / h) ** 0.506 * (1 + (protectionSd * protectionSd) / (mu * mu)) ** 0.116;
  const z = Math.sqrt((q * h) / (protectionSd * p));
  const s = 0.973 * protectionMean + protectionSd * (0.183 / z + 1.063 - 2.192 * z);
  return { reorderLevel: s, orderUpToLevel: s + q, orderQuantity: q, z, protectionMean, protectionSd };
}
