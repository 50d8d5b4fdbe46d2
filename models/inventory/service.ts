// Conversions between the two service measures of a (ROP, Q) system with normal lead-time
// demand: cycle service level (no stock-out in a cycle) and fill rate (share of demand served
// from stock), through the expected shortage per cycle ESC = σ_LTD G(ss/σ_LTD) (Chopra–Meindl).
import { normalCdf, normalQuantile, normalLoss, normalLossInv } from '../../sim/math/normal.ts';
import { requireFinite, requirePositive, requireProbability } from './check.ts';

/** Expected units short per replenishment cycle: ESC = σ_LTD · G(ss/σ_LTD) (units/cycle). */
export function expectedShortagePerCycle(safetyStock: number, leadTimeDemandSd: number): number {
  requireFinite('safetyStock', safetyStock);
  requirePositive('leadTimeDemandSd', leadTimeDemandSd);
  return leadTimeDemandSd * normalLoss(safetyStock / leadTimeDemandSd);
}

/**
 * Fill rate of a (ROP, Q) system with backorders: 1 − ESC/Q, the share of demand met from stock.
 * Never above 1; rises with safety stock and with the order quantity.
 */
export function fillRate(safetyStock: number, leadTimeDemandSd: number, orderQuantity: number): number {
  requirePositive('orderQuantity', orderQuantity);
  return Math.max(0, 1 - expectedShortagePerCycle(safetyStock, leadTimeDemandSd) / orderQuantity);
}

/** Safety stock for a target fill rate: solve σ_LTD G(k) = (1 − fill rate) Q for k; ss = k σ_LTD. */
export function safetyStockForFillRate(targetFillRate: number, leadTimeDemandSd: number, orderQuantity: number): number {
  requireProbability('fillRate', targetFillRate);
  requirePositive('leadTimeDemandSd', leadTimeDemandSd);
  requirePositive('orderQuantity', orderQuantity);
  return leadTimeDemandSd * normalLossInv(((1 - targetFillRate) * orderQuantity) / leadTimeDemandSd);
}

/** Cycle service level Φ(ss/σ_LTD) of a safety stock. */
export function cycleServiceLevel(safetyStock: number, leadTimeDemandSd: number): number {
  requireFinite('safetyStock', safetyStock);
  requirePositive('leadTimeDemandSd', leadTimeDemandSd);
  return normalCdf(safetyStock / leadTimeDemandSd);
}

/** Fill rate achieved by the safety stock that gives a cycle service level. */
export function fillRateFromCycleServiceLevel(csl: number, leadTimeDemandSd: number, orderQuantity: number): number {
  requireProbability('cycleServiceLevel', csl);
  return fillRate(normalQuantile(csl) * leadTimeDemandSd, leadTimeDemandSd, orderQuantity);
}

/** Cycle service level of the safety stock that achieves a fill rate. */
export function cycleServiceLevelFromFillRate(targetFillRate: number, leadTimeDemandSd: number, orderQuantity: number): number {
  return cycleServiceLevel(safetyStockForFillRate(targetFillRate, leadTimeDemandSd, orderQuantity), leadTimeDemandSd);
}

