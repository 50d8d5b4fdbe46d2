// The inventory policies `shoplab policy` offers: each one's parameters (flag, unit, meaning),
// notes, and how it turns parsed values into a report table over models/inventory.
import { withSeparators } from '../format.ts';
import { UsageError } from '../io.ts';
import * as inv from '../../models/inventory/index.ts';

export type Kind = 'number' | 'positive' | 'nonNegative' | 'probability' | 'whole' | 'count' | 'list';

/** One parameter of a policy: its flag, what it accepts, its unit and meaning. */
export interface Param {
  flag: string;
  kind: Kind;
  unit: string;
  text: string;
  default?: number;
}

/** One output line: label, value as displayed, unit. */
export type Row = [string, string, string];

export interface Report {
  title: string;
  rows: Row[];
  result: Record<string, unknown>;
}

export type Values = Record<string, number | number[] | undefined>;

export interface Policy {
  summary: string;
  params: Param[];
  notes: string[];
  compute(v: Values): Report;
}

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
          rows.push([`Cost at Q = ${units(num(v, 'quantity'))}`, money(cost), 'CNY/time'], ['Penalty over the optimum', pct(cost / r.totalCostRate - 1), '']);
          result.costAtQuantity = cost;
        }
      }
      return { title: v['backorder-cost'] !== undefined ? 'EOQ with planned backorders' : 'Economic order quantity', rows, result };
    },
  },
  newsvendor: {
    summary: 'one order for a season of uncertain demand (normal, Poisson or empirical)',
    params: [
      { flag: 'price', kind: 'nonNegative', unit: 'CNY/unit', text: 'selling price' },
      { flag: 'cost', kind: 'nonNegative', unit: 'CNY/unit', text: 'purchase cost' },
      { flag: 'salvage', kind: 'number', unit: 'CNY/unit', text: 'value of a unit left over (clearance)', default: 0 },
      { flag: 'penalty', kind: 'nonNegative', unit: 'CNY/unit', text: 'goodwill cost of a unit of unmet demand beyond the lost margin', default: 0 },
      { flag: 'mean', kind: 'nonNegative', unit: 'units', text: 'mean season demand (normal demand, with --sd)' },
      { flag: 'sd', kind: 'positive', unit: 'units', text: 'standard deviation of season demand (normal demand)' },
      { flag: 'poisson', kind: 'nonNegative', unit: 'units', text: 'mean of Poisson season demand (instead of --mean/--sd)' },
      { flag: 'samples', kind: 'list', unit: 'units', text: 'observed season demands, comma-separated (empirical demand)' },
      { flag: 'quantity', kind: 'nonNegative', unit: 'units', text: 'an order quantity to evaluate instead of the optimum' },
    ],
    notes: ['Give the demand as --mean and --sd, or --poisson, or --samples 12,15,9,…'],
    compute(v) {
      const prices = { unitPrice: num(v, 'price'), unitCost: num(v, 'cost'), salvageValue: num(v, 'salvage'), shortagePenalty: num(v, 'penalty') };
      const q = v.quantity as number | undefined;
      const chosen = exactlyOne(v, [['mean', 'sd'], ['poisson'], ['samples']], 'the demand');
      let r: inv.NewsvendorOutcome;
      if (chosen === 'mean') {
        const demand = { mean: num(v, 'mean'), sd: num(v, 'sd') };
        r = q === undefined ? inv.newsvendorNormal(demand, prices) : inv.evaluateNewsvendorNormal(q, demand, prices);
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
      ];
      return { title: `Newsvendor (${chosen === 'mean' ? 'normal' : chosen === 'poisson' ? 'Poisson' : 'empirical'} demand)`, rows, result: { ...r } };
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
    notes: ['σ_LTD = √(L σ_d² + d² σ_L²). Give one of --csl, --fill-rate or --reorder-point.'],
    compute(v) {
      const input = { demandMean: num(v, 'demand-mean'), demandSd: num(v, 'demand-sd'), leadTime: num(v, 'lead-time'), leadTimeSd: num(v, 'lead-time-sd') };
      const ltd = inv.leadTimeDemand(input);
      const target = exactlyOne(v, [['csl'], ['fill-rate'], ['reorder-point']], 'the target');
      const q = v['order-quantity'] as number | undefined;
      if (target === 'fill-rate' && q === undefined) throw new UsageError('policy safety-stock: --fill-rate needs --order-quantity (units per order), since the shortage per cycle is shared over one order');
      if (!(ltd.sd > 0)) throw new UsageError('policy safety-stock: lead-time demand has no spread; give --demand-sd or --lead-time-sd above 0');
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
      { flag: 'level', kind: 'number', unit: 'units', text: 'an order-up-to level to evaluate instead' },
    ],
    notes: ['Give the demand as --demand-mean/--demand-sd (normal) or --poisson, and one of --csl, --fill-rate, --holding-cost with --backorder-cost, or --level.'],
    compute(v) {
      const poisson = v.poisson !== undefined;
      const target = exactlyOne(v, [['csl'], ['fill-rate'], ['holding-cost', 'backorder-cost'], ['level']], 'the target');
      const costs = v['holding-cost'] !== undefined && v['backorder-cost'] !== undefined ? { holdingCost: num(v, 'holding-cost'), backorderCost: num(v, 'backorder-cost') } : undefined;
      const goal: inv.BaseStockTarget | undefined = target === 'csl' ? { cycleServiceLevel: num(v, 'csl') } : target === 'fill-rate' ? { fillRate: num(v, 'fill-rate') } : costs;
      let r: inv.BaseStockResult;
      if (poisson) {
        if (v['demand-mean'] !== undefined || v['demand-sd'] !== undefined) throw new UsageError('policy base-stock: give the demand either as --poisson MEAN or as --demand-mean with --demand-sd, not both');
        if (num(v, 'lead-time-sd') > 0) throw new UsageError('policy base-stock: --lead-time-sd needs normal demand (--demand-mean/--demand-sd); with --poisson the lead time is fixed');
        const leadTime = num(v, 'lead-time');
        if (!Number.isInteger(leadTime)) throw new UsageError(`policy base-stock: with --poisson, --lead-time must be a whole number of periods, got ${leadTime}`);
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
      return { title: `Base-stock (order-up-to) policy, ${poisson ? 'Poisson' : 'normal'} demand`, rows, result: { ...r } };
    },
  },
  ss: {
    summary: 'optimal periodic-review (s, S) policy, exact for Poisson or empirical demand',
    params: [
      { flag: 'poisson', kind: 'nonNegative', unit: 'units/period', text: 'mean of Poisson demand per period' },
      { flag: 'samples', kind: 'list', unit: 'units/period', text: 'observed demands per period, comma-separated (instead of --poisson)' },
      { flag: 'lead-time', kind: 'whole', unit: 'periods', text: 'supplier lead time', default: 0 },
      { flag: 'order-cost', kind: 'nonNegative', unit: 'CNY/order', text: 'fixed cost per order' },
      { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'cost per unit on hand at the end of a period' },
      { flag: 'backorder-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'cost per unit backordered at the end of a period' },
      { flag: 's', kind: 'number', unit: 'units', text: 'a reorder level to evaluate (with --S) instead of optimising' },
      { flag: 'S', kind: 'number', unit: 'units', text: 'an order-up-to level to evaluate (with --s)' },
    ],
    notes: ['Optimum by Zheng & Federgruen (1991); costs by renewal theory, exact for whole-unit demand with backorders.'],
    compute(v) {
      const chosen = exactlyOne(v, [['poisson'], ['samples']], 'the demand');
      const demand = chosen === 'poisson' ? inv.poissonDemand(num(v, 'poisson')) : inv.empiricalDemand(v.samples as number[]);
      const input = { demand, leadTime: num(v, 'lead-time'), orderCost: num(v, 'order-cost'), holdingCost: num(v, 'holding-cost'), backorderCost: num(v, 'backorder-cost') };
      if ((v.s === undefined) !== (v.S === undefined)) throw new UsageError('policy ss: give both --s and --S to evaluate a policy, or neither to optimise');
      const evaluating = v.s !== undefined;
      if (evaluating && (!Number.isInteger(v.s) || !Number.isInteger(v.S))) throw new UsageError(`policy ss: --s and --S must be whole units, got ${v.s} and ${v.S}`);
      if (evaluating && !((v.S as number) > (v.s as number))) throw new UsageError(`policy ss: --S (${v.S}) must be above --s (${v.s})`);
      const r = evaluating ? inv.evaluateSs(v.s as number, v.S as number, input) : inv.optimiseSs(input);
      const rows: Row[] = [
        ['Reorder level s', units(r.reorderLevel), 'units'],
        ['Order-up-to level S', units(r.orderUpToLevel), 'units'],
        ['Cost', fixed(r.costPerPeriod, 4), 'CNY/period'],
        ['Order probability', pct(r.orderProbability), 'per review'],
        ['Mean stock on hand', units(r.expectedOnHand), 'units'],
        ['Mean backorders', units(r.expectedBackorders), 'units'],
        ['Cycle service level', pct(r.cycleServiceLevel), 'per period'],
        ['Fill rate', pct(r.fillRate), ''],
      ];
      return { title: evaluating ? '(s, S) policy' : 'Optimal (s, S) policy', rows, result: { ...r } };
    },
  },
  rq: {
    summary: 'continuous-review (r, Q) policy by Hadley–Whitin iteration',
    params: [
      { flag: 'demand', kind: 'positive', unit: 'units/time', text: 'demand rate, e.g. units per year' },
      { flag: 'lead-time-demand-mean', kind: 'nonNegative', unit: 'units', text: 'mean demand over the lead time' },
      { flag: 'lead-time-demand-sd', kind: 'positive', unit: 'units', text: 'standard deviation of lead-time demand' },
      { flag: 'order-cost', kind: 'positive', unit: 'CNY/order', text: 'fixed cost per order' },
      { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/time', text: 'cost of holding one unit for one time unit' },
      { flag: 'shortage-cost', kind: 'positive', unit: 'CNY/unit', text: 'cost per unit of demand not met from stock' },
      { flag: 'reorder-point', kind: 'number', unit: 'units', text: 'a reorder point to evaluate (with --quantity) instead of optimising' },
      { flag: 'quantity', kind: 'positive', unit: 'units', text: 'an order quantity to evaluate (with --reorder-point)' },
    ],
    notes: ['Normal lead-time demand, backorders; time unit as in --demand and --holding-cost.'],
    compute(v) {
      const input = {
        demandRate: num(v, 'demand'),
        leadTimeDemandMean: num(v, 'lead-time-demand-mean'),
        leadTimeDemandSd: num(v, 'lead-time-demand-sd'),
        orderCost: num(v, 'order-cost'),
        holdingCostRate: num(v, 'holding-cost'),
        shortageCost: num(v, 'shortage-cost'),
      };
      if ((v['reorder-point'] === undefined) !== (v.quantity === undefined)) throw new UsageError('policy rq: give both --reorder-point and --quantity to evaluate a policy, or neither to optimise');
      const evaluating = v.quantity !== undefined;
      const r = evaluating ? inv.evaluateRq(num(v, 'reorder-point'), num(v, 'quantity'), input) : inv.optimiseRq(input);
      const rows: Row[] = [
        ['Reorder point r', units(r.reorderPoint), 'units'],
        ['Order quantity Q', units(r.orderQuantity), 'units'],
        ['Safety stock', units(r.safetyStock), 'units'],
        ['Cycle service level', pct(r.cycleServiceLevel), ''],
        ['Fill rate', pct(r.fillRate), ''],
        ['Expected shortage per cycle', units(r.expectedShortagePerCycle), 'units'],
        ['Mean stock on hand', units(r.averageInventory), 'units'],
        ['Ordering + holding + shortage', `${money(r.orderingCostRate)} + ${money(r.holdingCostRate)} + ${money(r.shortageCostRate)}`, 'CNY/time'],
        ['Total cost', money(r.totalCostRate), 'CNY/time'],
      ];
      if ('iterations' in r) rows.push(['Hadley–Whitin iterations', String(r.iterations), '']);
      const { trace: _trace, ...result } = r as inv.RqOptimum;
      return { title: evaluating ? '(r, Q) policy' : 'Optimal (r, Q) policy (Hadley–Whitin)', rows, result };
    },
  },
};

/** Flags each policy requires (the others are optional or alternatives checked in compute). */
/** Parameters each policy cannot do without. */
export const REQUIRED: Record<string, string[]> = {
  eoq: ['demand', 'order-cost', 'holding-cost'],
  newsvendor: ['price', 'cost'],
  'safety-stock': ['demand-mean', 'demand-sd', 'lead-time'],
  'base-stock': ['lead-time'],
  ss: ['order-cost', 'holding-cost', 'backorder-cost'],
  rq: ['demand', 'lead-time-demand-mean', 'lead-time-demand-sd', 'order-cost', 'holding-cost', 'shortage-cost'],
};

function num(v: Values, flag: string): number {
  const value = v[flag];
  if (typeof value !== 'number') throw new UsageError(`missing --${flag}`);
  return value;
}

/** Which group of flags was given; exactly one group must be complete. */
function exactlyOne(v: Values, groups: string[][], what: string): string {
  const given = groups.filter((g) => g.some((f) => v[f] !== undefined));
  const describe = groups.map((g) => g.map((f) => `--${f}`).join(' with ')).join(', or ');
  if (given.length !== 1) throw new UsageError(`${given.length === 0 ? 'missing' : 'conflicting options for'} ${what}: give ${describe}`);
  const missing = given[0].filter((f) => v[f] === undefined);
  if (missing.length > 0) throw new UsageError(`--${given[0].find((f) => v[f] !== undefined)} needs ${missing.map((f) => `--${f}`).join(' and ')}`);
  return given[0][0];
}

/** Model parameter names as the user typed them, for messages from models/inventory. */

const units = (x: number) => withSeparators(x, Math.abs(x) >= 1000 || Number.isInteger(x) ? (Number.isInteger(x) ? 0 : 1) : 2);
const money = (x: number) => `¥${withSeparators(x, Math.abs(x) >= 1000 ? 0 : 2)}`;
const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const fixed = (x: number, d: number) => x.toFixed(d);
