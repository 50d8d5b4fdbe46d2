// The inventory policies `shoplab policy` offers: each one's parameters (flag, unit, meaning),
// notes, and how it turns parsed values into a report table over models/inventory. The single-
// location basics live here; review.ts, lot-sizing.ts and serial.ts hold the rest.
import { UsageError } from '../io.ts';
import { cliMessage } from '../lang.ts';
import * as inv from '../../models/light.ts';
import { exactlyOne, fixed, money, num, pct, term, units, type Param, type Policy, type Row } from './shared.ts';
import { RQ, SS } from './review.ts';
import { EOQ_DISCOUNT, EPQ, WAGNER_WHITIN } from './lot-sizing.ts';
import { SERIAL } from './serial.ts';

export type { Kind, Label, Param, Policy, Report, Row, Term, Values } from './shared.ts';

const DEMAND_PER_PERIOD: Param[] = [
  { flag: 'demand-mean', kind: 'nonNegative', unit: 'units/period', text: 'mean demand per period' },
  { flag: 'demand-sd', kind: 'nonNegative', unit: 'units/period', text: 'standard deviation of demand (or of the forecast error) per period' },
  { flag: 'lead-time', kind: 'nonNegative', unit: 'periods', text: 'mean supplier lead time' },
  { flag: 'lead-time-sd', kind: 'nonNegative', unit: 'periods', text: 'standard deviation of the lead time', default: 0 },
];

export const POLICIES: Record<string, Policy> = {
  eoq: {
    summary: 'economic order quantity (optionally with planned backorders)',
    params: [
      { flag: 'demand', kind: 'positive', unit: 'units/time', text: 'demand rate, e.g. units per year' },
      { flag: 'order-cost', kind: 'positive', unit: 'CNY/order', text: 'fixed cost of placing one order' },
      { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/time', text: 'cost of holding one unit for one time unit' },
      { flag: 'backorder-cost', kind: 'positive', unit: 'CNY/unit/time', text: 'cost of one unit on backorder for one time unit (planned-backorder model)' },
      { flag: 'quantity', kind: 'positive', unit: 'units', text: 'an order quantity to compare with the optimum' },
    ],
    required: ['demand', 'order-cost', 'holding-cost'],
    notes: ['Time unit: whatever --demand and the holding cost use, consistently (year, month…).'],
    compute(v) {
      const input = { demandRate: num(v, 'demand'), orderCost: num(v, 'order-cost'), holdingCostRate: num(v, 'holding-cost') };
      const rows: Row[] = [];
      let result: Record<string, unknown>;
      if (v['backorder-cost'] !== undefined) {
        const r = inv.eoqWithBackorders({ ...input, backorderCostRate: num(v, 'backorder-cost') });
        rows.push(['Order quantity Q*', units(r.orderQuantity), 'units'], ['Stock after delivery S*', units(r.maxInventory), 'units'], ['Largest backlog Q* − S*', units(r.maxBackorder), 'units'], ['Share of time in stock', pct(r.inStockShare), ''], ['Time between orders', units(r.cycleTime), 'time'], ['Cost', money(r.totalCostRate), 'CNY/time']);
        result = { ...r };
      } else {
        const r = inv.eoq(input);
        rows.push(['Order quantity Q*', units(r.orderQuantity), 'units'], ['Orders', units(r.ordersPerTime), 'per time'], ['Time between orders', units(r.cycleTime), 'time'], ['Ordering cost', money(r.orderingCostRate), 'CNY/time'], ['Holding cost', money(r.holdingCostRate), 'CNY/time'], ['Total cost', money(r.totalCostRate), 'CNY/time']);
        result = { ...r };
        if (v.quantity !== undefined) {
          const cost = inv.eoqCostRate(num(v, 'quantity'), input);
          rows.push([term('Cost at Q = {q}', { q: units(num(v, 'quantity')) }), money(cost), 'CNY/time'], ['Penalty over the optimum', pct(cost / r.totalCostRate - 1), '']);
          result.costAtQuantity = cost;
        }
      }
      return { title: v['backorder-cost'] !== undefined ? 'EOQ with planned backorders' : 'Economic order quantity', rows, result };
    },
  },
  newsvendor: {
    summary: 'one order for a season of uncertain demand (normal, lognormal, Poisson or empirical)',
    params: [
      { flag: 'price', kind: 'nonNegative', unit: 'CNY/unit', text: 'selling price' },
      { flag: 'cost', kind: 'nonNegative', unit: 'CNY/unit', text: 'purchase cost' },
      { flag: 'salvage', kind: 'number', unit: 'CNY/unit', text: 'value of a unit left over (clearance)', default: 0 },
      { flag: 'penalty', kind: 'nonNegative', unit: 'CNY/unit', text: 'goodwill cost of a unit of unmet demand beyond the lost margin', default: 0 },
      { flag: 'mean', kind: 'nonNegative', unit: 'units', text: 'mean season demand (normal demand, with --sd)' },
      { flag: 'sd', kind: 'positive', unit: 'units', text: 'standard deviation of season demand (normal demand)' },
      { flag: 'poisson', kind: 'nonNegative', unit: 'units', text: 'mean of Poisson season demand (instead of --mean/--sd)' },
      { flag: 'samples', kind: 'list', unit: 'units', text: 'observed season demands, comma-separated (empirical demand)' },
      { flag: 'log-mean', kind: 'number', unit: 'ln units', text: 'mean of ln(demand) (lognormal demand, with --log-sd)' },
      { flag: 'log-sd', kind: 'positive', unit: 'ln units', text: 'standard deviation of ln(demand) (lognormal demand)' },
      { flag: 'quantity', kind: 'nonNegative', unit: 'units', text: 'an order quantity to evaluate instead of the optimum' },
    ],
    required: ['price', 'cost'],
    notes: ['Give the demand as --mean and --sd, or --log-mean and --log-sd, or --poisson, or --samples 12,15,9,…'],
    compute(v) {
      const prices = { unitPrice: num(v, 'price'), unitCost: num(v, 'cost'), salvageValue: num(v, 'salvage'), shortagePenalty: num(v, 'penalty') };
      const q = v.quantity as number | undefined;
      const chosen = exactlyOne(v, [['mean', 'sd'], ['log-mean', 'log-sd'], ['poisson'], ['samples']], 'demand');
      let r: inv.NewsvendorOutcome;
      if (chosen === 'mean') {
        const demand = { mean: num(v, 'mean'), sd: num(v, 'sd') };
        r = q === undefined ? inv.newsvendorNormal(demand, prices) : inv.evaluateNewsvendorNormal(q, demand, prices);
      } else if (chosen === 'log-mean') {
        const demand = { logMean: num(v, 'log-mean'), logSd: num(v, 'log-sd') };
        r = q === undefined ? inv.newsvendorLognormal(demand, prices) : inv.evaluateNewsvendorLognormal(q, demand, prices);
      } else {
        const demand = chosen === 'poisson' ? inv.poissonDemand(num(v, 'poisson')) : inv.empiricalDemand(v.samples as number[]);
        r = q === undefined ? inv.newsvendorDiscrete(demand, prices) : inv.evaluateNewsvendorDiscrete(Math.round(q), demand, prices);
      }
      const rows: Row[] = [
        [q === undefined ? 'Best order Q*' : 'Order Q', units(r.orderQuantity), 'units'],
        ['Critical ratio Cu/(Cu + Co)', pct(r.criticalRatio), ''],
        ['Underage / overage cost', `${money(r.underageCost)} / ${money(r.overageCost)}`, 'CNY/unit'],
        ['Expected sales', units(r.expectedSales), 'units'],
        ['Expected leftover', units(r.expectedLeftover), 'units'],
        ['Expected shortage', units(r.expectedShortage), 'units'],
        ['In-stock probability', pct(r.inStockProbability), ''],
        ['Fill rate', pct(r.fillRate), ''],
        ['Expected profit', money(r.expectedProfit), 'CNY'],
        ['Expected mismatch cost', money(r.expectedMismatchCost), 'CNY'],
      ];
      const kind = { mean: 'normal', 'log-mean': 'lognormal', poisson: 'Poisson', samples: 'empirical' }[chosen];
      return { title: term('Newsvendor ({kind} demand)', { kind: kind ?? chosen }), rows, result: { ...r } };
    },
  },
  'safety-stock': {
    summary: 'safety stock and reorder point for a cycle service level or fill rate',
    params: [
      ...DEMAND_PER_PERIOD,
      { flag: 'csl', kind: 'probability', unit: 'probability', text: 'target cycle service level (no stock-out in a cycle), e.g. 0.95' },
      { flag: 'fill-rate', kind: 'probability', unit: 'probability', text: 'target fill rate (share of demand served from stock); needs --order-quantity' },
      { flag: 'reorder-point', kind: 'nonNegative', unit: 'units', text: 'a reorder point to evaluate instead' },
      { flag: 'order-quantity', kind: 'positive', unit: 'units', text: 'order quantity (for fill rates)' },
    ],
    required: ['demand-mean', 'demand-sd', 'lead-time'],
    notes: ['σ_LTD = √(L σ_d² + d² σ_L²). Give one of --csl, --fill-rate or --reorder-point.'],
    compute(v) {
      const input = { demandMean: num(v, 'demand-mean'), demandSd: num(v, 'demand-sd'), leadTime: num(v, 'lead-time'), leadTimeSd: num(v, 'lead-time-sd') };
      const ltd = inv.leadTimeDemand(input);
      const target = exactlyOne(v, [['csl'], ['fill-rate'], ['reorder-point']], 'target');
      const q = v['order-quantity'] as number | undefined;
      if (target === 'fill-rate' && q === undefined) throw new UsageError(cliMessage('policy.fillRateNeedsQuantity'));
      if (!(ltd.sd > 0)) throw new UsageError(cliMessage('policy.noSpread'));
      let r: inv.ReorderPointResult;
      if (target === 'csl') r = inv.reorderPointForServiceLevel(input, num(v, 'csl'));
      else if (target === 'reorder-point') r = inv.evaluateReorderPoint(input, num(v, 'reorder-point'));
      else r = inv.evaluateReorderPoint(input, Math.max(0, ltd.mean + inv.safetyStockForFillRate(num(v, 'fill-rate'), ltd.sd, q as number)));
      const rows: Row[] = [
        ['Lead-time demand mean', units(ltd.mean), 'units'],
        ['Lead-time demand σ', units(ltd.sd), 'units'],
        ['Safety stock', units(r.safetyStock), 'units'],
        ['Reorder point', units(r.reorderPoint), 'units'],
        ['Safety factor z', fixed(r.safetyFactor, 3), ''],
        ['Cycle service level', pct(r.cycleServiceLevel), ''],
      ];
      const result: Record<string, unknown> = { ...r };
      if (q !== undefined) {
        const esc = inv.expectedShortagePerCycle(r.safetyStock, ltd.sd);
        rows.push(['Expected shortage per cycle', units(esc), 'units'], ['Fill rate', pct(inv.fillRate(r.safetyStock, ltd.sd, q)), '']);
        result.expectedShortagePerCycle = esc;
        result.fillRate = inv.fillRate(r.safetyStock, ltd.sd, q);
      }
      return { title: 'Safety stock and reorder point', rows, result };
    },
  },
  'base-stock': {
    summary: 'periodic-review order-up-to level (R, S) for a service target or least cost',
    params: [
      ...DEMAND_PER_PERIOD,
      { flag: 'review-period', kind: 'count', unit: 'periods', text: 'periods between reviews', default: 1 },
      { flag: 'poisson', kind: 'nonNegative', unit: 'units/period', text: 'use Poisson demand with this mean (instead of --demand-mean/--demand-sd; whole-period lead time)' },
      { flag: 'csl', kind: 'probability', unit: 'probability', text: 'target cycle service level' },
      { flag: 'fill-rate', kind: 'probability', unit: 'probability', text: 'target fill rate' },
      { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'holding cost (with --backorder-cost: least-cost level)' },
      { flag: 'backorder-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'cost of a unit backordered at the end of a period' },
      { flag: 'level', kind: 'number', unit: 'units', text: 'an order-up-to level to evaluate instead (with --holding-cost and --backorder-cost: also its cost)' },
    ],
    required: ['lead-time'],
    notes: ['Give the demand as --demand-mean/--demand-sd (normal) or --poisson, and one of --csl, --fill-rate, --holding-cost with --backorder-cost, or --level (optionally with both costs).'],
    compute(v) {
      const poisson = v.poisson !== undefined;
      const evaluating = v.level !== undefined;
      if (evaluating && (v['holding-cost'] === undefined) !== (v['backorder-cost'] === undefined)) throw new UsageError(cliMessage('policy.levelCosts'));
      const target = exactlyOne(v, evaluating ? [['csl'], ['fill-rate'], ['level']] : [['csl'], ['fill-rate'], ['holding-cost', 'backorder-cost']], 'target');
      const costs = v['holding-cost'] !== undefined && v['backorder-cost'] !== undefined ? { holdingCost: num(v, 'holding-cost'), backorderCost: num(v, 'backorder-cost') } : undefined;
      const goal: inv.BaseStockTarget | undefined = target === 'csl' ? { cycleServiceLevel: num(v, 'csl') } : target === 'fill-rate' ? { fillRate: num(v, 'fill-rate') } : costs;
      let r: inv.BaseStockResult;
      if (poisson) {
        if (v['demand-mean'] !== undefined || v['demand-sd'] !== undefined) throw new UsageError(cliMessage('policy.demandTwice'));
        if (num(v, 'lead-time-sd') > 0) throw new UsageError(cliMessage('policy.leadTimeSdPoisson'));
        const leadTime = num(v, 'lead-time');
        if (!Number.isInteger(leadTime)) throw new UsageError(cliMessage('policy.wholeLeadTime', { leadTime }));
        const input = { demand: inv.poissonDemand(num(v, 'poisson')), leadTime, reviewPeriod: num(v, 'review-period') };
        r = target === 'level' ? inv.evaluateBaseStockDiscrete(Math.round(num(v, 'level')), input, costs) : inv.baseStockDiscrete(input, goal!);
      } else {
        const input = { demandMean: num(v, 'demand-mean'), demandSd: num(v, 'demand-sd'), leadTime: num(v, 'lead-time'), leadTimeSd: num(v, 'lead-time-sd'), reviewPeriod: num(v, 'review-period') };
        r = target === 'level' ? inv.evaluateBaseStockNormal(num(v, 'level'), input, costs) : inv.baseStockNormal(input, goal!);
      }
      const rows: Row[] = [
        ['Order-up-to level S', units(r.orderUpToLevel), 'units'],
        ['Demand over review + lead time', `${units(r.protectionMean)} ± ${units(r.protectionSd)}`, 'units'],
        ['Safety stock', units(r.safetyStock), 'units'],
        ['Cycle service level', pct(r.cycleServiceLevel), ''],
        ['Fill rate', pct(r.fillRate), ''],
        ['Mean stock on hand', units(r.expectedOnHand), 'units'],
        ['Mean backorders', units(r.expectedBackorders), 'units'],
      ];
      if (Number.isFinite(r.expectedCostPerPeriod)) rows.push(['Holding + backorder cost', money(r.expectedCostPerPeriod), 'CNY/period']);
      return { title: term('Base-stock (order-up-to) policy, {kind} demand', { kind: poisson ? 'Poisson' : 'normal' }), rows, result: { ...r } };
    },
  },
  ss: SS,
  rq: RQ,
  epq: EPQ,
  'eoq-discount': EOQ_DISCOUNT,
  'wagner-whitin': WAGNER_WHITIN,
  serial: SERIAL,
};

/** Parameters each policy cannot do without. */
export const REQUIRED: Record<string, string[]> = Object.fromEntries(Object.entries(POLICIES).map(([name, p]) => [name, p.required]));
