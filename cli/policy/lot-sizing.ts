// `shoplab policy epq | eoq-discount | wagner-whitin`: deterministic lot sizing with a finite
// production rate, with quantity discounts (all-units and incremental read side by side), and
// with demand that changes from period to period.
import * as inv from '../../models/light.ts';
import { list, money, num, pct, units, term, type Policy, type Row } from './shared.ts';

export const EPQ: Policy = {
  summary: 'economic production quantity: lot size when a batch is produced at a finite rate',
  params: [
    { flag: 'demand', kind: 'positive', unit: 'units/time', text: 'demand rate, e.g. units per year' },
    { flag: 'production-rate', kind: 'positive', unit: 'units/time', text: 'rate at which a batch is produced (above the demand rate)' },
    { flag: 'order-cost', kind: 'positive', unit: 'CNY/batch', text: 'fixed set-up cost of one batch' },
    { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/time', text: 'cost of holding one unit for one time unit' },
    { flag: 'quantity', kind: 'positive', unit: 'units', text: 'a batch size to compare with the optimum' },
  ],
  required: ['demand', 'production-rate', 'order-cost', 'holding-cost'],
  notes: ['Q* = √(2KD / (h(1 − D/P))). Time unit: whatever --demand, --production-rate and the holding cost use.'],
  compute(v) {
    const input = { demandRate: num(v, 'demand'), productionRate: num(v, 'production-rate'), orderCost: num(v, 'order-cost'), holdingCostRate: num(v, 'holding-cost') };
    const r = inv.epq(input);
    const rows: Row[] = [
      ['Batch size Q*', units(r.orderQuantity), 'units'],
      ['Peak stock', units(r.maxInventory), 'units'],
      ['Time between batches', units(r.cycleTime), 'time'],
      ['Production time per batch', units(r.productionTime), 'time'],
      ['Line utilisation D/P', pct(r.utilisation), ''],
      ['Set-up cost', money(r.orderingCostRate), 'CNY/time'],
      ['Holding cost', money(r.holdingCostRate), 'CNY/time'],
      ['Total cost', money(r.totalCostRate), 'CNY/time'],
    ];
    const result: Record<string, unknown> = { ...r };
    if (v.quantity !== undefined) {
      const cost = inv.epqCostRate(num(v, 'quantity'), input);
      rows.push([term('Cost at Q = {q}', { q: units(num(v, 'quantity')) }), money(cost), 'CNY/time'], ['Penalty over the optimum', pct(cost / r.totalCostRate - 1), '']);
      result.costAtQuantity = cost;
    }
    return { title: 'Economic production quantity', rows, result };
  },
};

export const EOQ_DISCOUNT: Policy = {
  summary: 'EOQ under a quantity-discount price list, read as all-units and as incremental discounts',
  params: [
    { flag: 'demand', kind: 'positive', unit: 'units/time', text: 'demand rate, e.g. units per year' },
    { flag: 'order-cost', kind: 'positive', unit: 'CNY/order', text: 'fixed cost of placing one order' },
    { flag: 'holding-rate', kind: 'positive', unit: '1/time', text: 'holding cost per CNY of stock per time unit, e.g. 0.25 a year' },
    { flag: 'breakpoints', kind: 'list', unit: 'units', text: 'order sizes where each price starts, first 0, e.g. 0,400,800' },
    { flag: 'unit-costs', kind: 'list', unit: 'CNY/unit', text: 'price from each breakpoint on, decreasing, e.g. 0.75,0.72,0.68' },
  ],
  required: ['demand', 'order-cost', 'holding-rate', 'breakpoints', 'unit-costs'],
  notes: ['All-units: the price of the region applies to every unit of the order. Incremental: only to the units beyond its breakpoint.'],
  compute(v) {
    const input = { demandRate: num(v, 'demand'), orderCost: num(v, 'order-cost'), holdingRate: num(v, 'holding-rate'), breakpoints: list(v, 'breakpoints'), unitCosts: list(v, 'unit-costs') };
    const all = inv.eoqAllUnitsDiscount(input);
    const inc = inv.eoqIncrementalDiscount(input);
    const rows: Row[] = [
      ['All-units: order quantity', units(all.orderQuantity), 'units'],
      ['All-units: price paid', money(all.averageUnitCost), 'CNY/unit'],
      ['All-units: total cost', money(all.totalCostRate), 'CNY/time'],
      ['Incremental: order quantity', units(inc.orderQuantity), 'units'],
      ['Incremental: average price paid', money(inc.averageUnitCost), 'CNY/unit'],
      ['Incremental: total cost', money(inc.totalCostRate), 'CNY/time'],
    ];
    return { title: 'EOQ with quantity discounts (purchase + ordering + holding cost)', rows, result: { allUnits: all, incremental: inc } };
  },
};

export const WAGNER_WHITIN: Policy = {
  summary: 'Wagner–Whitin: cheapest order plan for demand that changes from period to period',
  params: [
    { flag: 'demands', kind: 'list', unit: 'units/period', text: 'demand of each period, comma-separated, e.g. 90,120,80,70' },
    { flag: 'order-cost', kind: 'nonNegative', unit: 'CNY/order', text: 'fixed cost of ordering in a period' },
    { flag: 'holding-cost', kind: 'nonNegative', unit: 'CNY/unit/period', text: 'cost of carrying one unit to the next period' },
    { flag: 'purchase-costs', kind: 'list', unit: 'CNY/unit', text: 'purchase price in each period, comma-separated (default: none)' },
  ],
  required: ['demands', 'order-cost', 'holding-cost'],
  notes: ['Holding cost is charged on the stock left at the end of each period; demand must be met on time.'],
  compute(v) {
    const r = inv.wagnerWhitin({ demands: list(v, 'demands'), orderCost: num(v, 'order-cost'), holdingCost: num(v, 'holding-cost'), purchaseCost: v['purchase-costs'] as number[] | undefined });
    const rows: Row[] = r.orderPeriods.map((t, k): Row => {
      const until = k + 1 < r.orderPeriods.length ? r.orderPeriods[k + 1] : r.orderQuantities.length;
      return [term('Order in period {t}', { t: t + 1 }), units(r.orderQuantities[t]), until - t > 1 ? term('units (periods {from}–{to})', { from: t + 1, to: until }) : term('units (period {t})', { t: t + 1 })];
    });
    rows.push(['Ordering cost', money(r.orderingCost), 'CNY'], ['Holding cost', money(r.holdingCost), 'CNY']);
    if (r.purchaseCost > 0) rows.push(['Purchase cost', money(r.purchaseCost), 'CNY']);
    rows.push(['Total cost', money(r.totalCost), 'CNY']);
    return { title: term('Wagner–Whitin lot sizing over {n} periods', { n: r.orderQuantities.length }), rows, result: { ...r } };
  },
};
