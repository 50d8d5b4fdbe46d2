// SKUs as flat arrays: prices, costs, stock policy, and the per-day choice weights
// (popularity × seasonality, zero outside the sale window) used to pick the SKU a visit views.
import type { Formula, Scenario } from '../scenario/schema.ts';
import { movingAverageForecaster } from './forecast.ts';
import type { ForecasterRegistry, ReplenishmentForecaster } from './options.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import { ScenarioRunError } from './errors.ts';

/** Replenishment policy codes. */
export const POLICY = { none: 0, sS: 1, RS: 2, forecast: 3 } as const;

export interface CompiledSkus {
  ids: string[];
  listPrice: Float64Array;
  unitCost: Float64Array;
  initialStock: Float64Array;
  baseReturn: Float64Array;
  restockShare: Float64Array;
  /** First markdown day, or Infinity. */
  markdownDay: Float64Array;
  markdownPct: Float64Array;
  /** First day the SKU is no longer sold, or Infinity. */
  delistDay: Float64Array;
  /** Cumulative choice weights, day-major: cumWeight[t * K + k]. */
  cumWeight: Float64Array;
  policy: Uint8Array;
  reorderPoint: Float64Array;
  orderUpTo: Float64Array;
  reviewDays: Int32Array;
  leadMean: Float64Array;
  leadSd: Float64Array;
  serviceLevel: Float64Array;
  historyDays: Int32Array;
  minOrder: Float64Array;
  forecaster: (ReplenishmentForecaster | null)[];
}

type Daily = (f: Formula, where: string) => Float64Array;

/** Compiles the scenario's SKUs; throws when a forecast policy names an unknown forecaster. */
export function compileSkus(scenario: Scenario, days: number, daily: Daily, forecasters: ForecasterRegistry): CompiledSkus {
  const ids = Object.keys(scenario.skus);
  const skus = ids.map((id) => scenario.skus[id]);
  const K = ids.length;
  const cumWeight = new Float64Array(days * K);
  const registry: ForecasterRegistry = { 'moving-average': movingAverageForecaster, ...forecasters };
  skus.forEach((sku, k) => {
    const season = daily(sku.seasonality, `skus.${ids[k]}.seasonality`);
    const end = sku.delistDay ?? Infinity;
    for (let t = 0; t < days; t++) {
      const w = t >= sku.launchDay && t < end ? sku.popularity * Math.max(0, season[t]) : 0;
      cumWeight[t * K + k] = (k > 0 ? cumWeight[t * K + k - 1] : 0) + w;
    }
  });
  const forecaster = skus.map((sku, k) => {
    if (sku.replenishment.policy !== 'forecast') return null;
    const f = registry[sku.replenishment.forecastModel];
    if (!f) {
      const known = Object.keys(registry).sort();
      throw new ScenarioRunError(`skus.${ids[k]}.replenishment.forecastModel`, loaderMessage('run.unknownForecaster', { name: sku.replenishment.forecastModel, known }));
    }
    return f;
  });
  return {
    ids,
    listPrice: Float64Array.from(skus, (s) => s.listPriceCny),
    unitCost: Float64Array.from(skus, (s) => s.unitCostCny),
    initialStock: Float64Array.from(skus, (s) => s.initialStockUnits),
    baseReturn: Float64Array.from(skus, (s) => s.baseReturnRate),
    restockShare: Float64Array.from(skus, (s) => s.restockableReturnShare),
    markdownDay: Float64Array.from(skus, (s) => (s.markdown ? s.markdown.day : Infinity)),
    markdownPct: Float64Array.from(skus, (s) => (s.markdown ? s.markdown.pct : 0)),
    delistDay: Float64Array.from(skus, (s) => s.delistDay ?? Infinity),
    cumWeight,
    policy: Uint8Array.from(skus, (s) => POLICY[s.replenishment.policy]),
    reorderPoint: Float64Array.from(skus, (s) => s.replenishment.reorderPointUnits),
    orderUpTo: Float64Array.from(skus, (s) => s.replenishment.orderUpToUnits),
    reviewDays: Int32Array.from(skus, (s) => s.replenishment.reviewPeriodDays),
    leadMean: Float64Array.from(skus, (s) => s.replenishment.leadTimeDays),
    leadSd: Float64Array.from(skus, (s) => s.replenishment.leadTimeSdDays),
    serviceLevel: Float64Array.from(skus, (s) => s.replenishment.serviceLevel),
    historyDays: Int32Array.from(skus, (s) => s.replenishment.historyDays),
    minOrder: Float64Array.from(skus, (s) => s.replenishment.minOrderUnits),
    forecaster,
  };
}
