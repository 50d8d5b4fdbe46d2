// The textbook policies a forecast feeds directly: given the forecast's demand per period and over
// the lead time (mean and spread) and the costs, the lognormal newsvendor, the exact (r, Q), the
// (s, S) power approximation and the EPQ. Each model answers on its own: one whose inputs do not
// fit returns its message instead of a number, so the others still show.
import { ModelError, type ModelCode, type ModelMessageParams } from '../errors.ts';
import { lognormalFromMoments, newsvendorLognormal } from './newsvendor.ts';
import { optimiseRqExact } from './rq-exact.ts';
import { ssPowerApproximation } from './ss-power.ts';
import { epq } from './epq.ts';

/** Demand as forecast, in the data's period (day, week…). */
export interface ForecastDemand {
  /** Mean and sd of demand per period (units/period). */
  perPeriod: { mean: number; sd: number };
  /** Mean and sd of demand over the lead time, lead-time variability included (units). */
  leadTime: { mean: number; sd: number };
  /** Mean and sd of demand over the selling horizon (units). */
  horizon: { mean: number; sd: number };
  /** Lead time (periods). */
  leadTimePeriods: number;
}

/** Money for the models, per the data's period (CNY). */
export interface ForecastCosts {
  unitPrice: number;
  unitCost: number;
  salvageValue: number;
  /** Fixed cost per order (CNY/order). */
  orderCost: number;
  /** Cost of holding one unit one period (CNY/unit/period). */
  holdingCostPerPeriod: number;
  /** Cost of one unit backordered one period (CNY/unit/period). */
  backorderCostPerPeriod: number;
  /** Own production rate for the EPQ (units/period). */
  productionRatePerPeriod: number;
}

/** One model's answer or why it has none. */
export type Answer<T> = { ok: true; value: T } | { ok: false; message: string; code?: ModelCode; params?: ModelMessageParams[ModelCode] };

export interface ForecastPolicies {
  newsvendorLognormal: Answer<{ orderQuantity: number; expectedProfit: number }>;
  rq: Answer<{ reorderPoint: number; orderQuantity: number; costPerPeriod: number; fillRate: number }>;
  ss: Answer<{ reorderLevel: number; orderUpToLevel: number }>;
  epq: Answer<{ batchSize: number; cyclePeriods: number; costPerPeriod: number }>;
}

function attempt<T>(work: () => T): Answer<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof ModelError) return { ok: false, message: error.message, code: error.code, params: error.params };
    if (error instanceof RangeError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Every policy the forecast's moments and the costs allow. */
export function policiesFromForecast(demand: ForecastDemand, costs: ForecastCosts): ForecastPolicies {
  const rate = demand.perPeriod.mean;
  return {
    newsvendorLognormal: attempt(() => {
      const r = newsvendorLognormal(lognormalFromMoments(demand.horizon.mean, demand.horizon.sd), costs);
      return { orderQuantity: r.orderQuantity, expectedProfit: r.expectedProfit };
    }),
    rq: attempt(() => {
      const r = optimiseRqExact({ demandRate: rate, orderCost: costs.orderCost, holdingCostRate: costs.holdingCostPerPeriod, backorderCostRate: costs.backorderCostPerPeriod, leadTimeDemand: demand.leadTime });
      return { reorderPoint: r.reorderPoint, orderQuantity: r.orderQuantity, costPerPeriod: r.totalCostRate, fillRate: r.fillRate };
    }),
    ss: attempt(() => {
      const r = ssPowerApproximation({ demandMean: rate, demandSd: demand.perPeriod.sd, leadTime: Math.round(demand.leadTimePeriods), orderCost: costs.orderCost, holdingCost: costs.holdingCostPerPeriod, backorderCost: costs.backorderCostPerPeriod });
      return { reorderLevel: r.reorderLevel, orderUpToLevel: r.orderUpToLevel };
    }),
    epq: attempt(() => {
      const r = epq({ demandRate: rate, productionRate: costs.productionRatePerPeriod, orderCost: costs.orderCost, holdingCostRate: costs.holdingCostPerPeriod });
      return { batchSize: r.orderQuantity, cyclePeriods: r.cycleTime, costPerPeriod: r.totalCostRate };
    }),
  };
}
