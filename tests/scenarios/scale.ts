// Shrinks a scenario's market for fast tests: every extensive quantity (shoppers, money per day,
// clicks at saturation, stock, capacity, one-off amounts) is multiplied by the same factor, so
// ratios such as conversion, AOV, repeat, on-time and return rates stay about the same.
import type { Formula, Scenario } from '../../sim/scenario/schema.ts';

function times(f: Formula, k: number): Formula {
  return typeof f === 'number' ? f * k : `(${f}) * ${k}`;
}

/** A copy of `scenario` whose market is `factor` times the size (e.g. 0.1 = a tenth). */
export function scaleMarket(scenario: Scenario, factor: number): Scenario {
  const s = structuredClone(scenario);
  const units = (x: number) => Math.max(1, Math.round(x * factor));
  s.population.size = Math.round(s.population.size * factor);
  s.population.newShoppersPerDay = times(s.population.newShoppersPerDay, factor);
  for (const c of Object.values(s.channels)) {
    c.budgetPerDayCny = times(c.budgetPerDayCny, factor);
    c.saturationClicksPerDay *= factor;
  }
  for (const sku of Object.values(s.skus)) {
    sku.initialStockUnits = units(sku.initialStockUnits);
    const r = sku.replenishment;
    r.reorderPointUnits = units(r.reorderPointUnits);
    r.orderUpToUnits = units(r.orderUpToUnits);
    r.minOrderUnits *= factor;
  }
  for (const p of Object.values(s.promotions)) {
    if (p.type === 'flashSale' && p.unitsLimit !== null) p.unitsLimit = units(p.unitsLimit);
  }
  s.fulfilment.capacityOrdersPerDay = times(s.fulfilment.capacityOrdersPerDay, factor);
  s.finance.openingCashCny *= factor;
  s.finance.fixedCostsPerDayCny = times(s.finance.fixedCostsPerDayCny, factor);
  for (const inv of Object.values(s.finance.investments)) inv.amountCny *= factor;
  return s;
}
