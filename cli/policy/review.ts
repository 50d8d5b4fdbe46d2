// `shoplab policy ss` and `shoplab policy rq`: the (s, S) policy (exact for whole-unit demand by
// Zheng–Federgruen, Ehrhardt's power approximation for normal demand, both side by side) and the
// (r, Q) policy (Hadley–Whitin with a cost per unit short, or exact with a backorder cost per
// unit per time under normal or Poisson lead-time demand).
import { UsageError } from '../io.ts';
import { cliMessage } from '../lang.ts';
import * as inv from '../../models/light.ts';
import { bothOrNeither, exactlyOne, fixed, money, num, pct, units, term, type Policy, type Row, type Values } from './shared.ts';

export const SS: Policy = {
  summary: 'periodic-review (s, S) policy: exact for Poisson or empirical demand, power approximation for normal demand',
  params: [
    { flag: 'poisson', kind: 'nonNegative', unit: 'units/period', text: 'mean of Poisson demand per period' },
    { flag: 'samples', kind: 'list', unit: 'units/period', text: 'observed demands per period, comma-separated (instead of --poisson)' },
    { flag: 'demand-mean', kind: 'positive', unit: 'units/period', text: 'mean of normal demand per period (power approximation, with --demand-sd)' },
    { flag: 'demand-sd', kind: 'positive', unit: 'units/period', text: 'standard deviation of normal demand per period' },
    { flag: 'lead-time', kind: 'whole', unit: 'periods', text: 'supplier lead time', default: 0 },
    { flag: 'order-cost', kind: 'nonNegative', unit: 'CNY/order', text: 'fixed cost per order' },
    { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'cost per unit on hand at the end of a period' },
    { flag: 'backorder-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'cost per unit backordered at the end of a period' },
    { flag: 's', kind: 'number', unit: 'units', text: 'a reorder level to evaluate (with --S) instead of optimising' },
    { flag: 'S', kind: 'number', unit: 'units', text: 'an order-up-to level to evaluate (with --s)' },
  ],
  required: ['order-cost', 'holding-cost', 'backorder-cost'],
  notes: [
    'Optimum by Zheng & Federgruen (1991); costs by renewal theory, exact for whole-unit demand with backorders.',
    'With --poisson or --samples the power approximation (Ehrhardt & Mosier 1984) is shown beside the optimum, costed exactly.',
    'With --demand-mean/--demand-sd only the power approximation applies.',
  ],
  compute(v) {
    const chosen = exactlyOne(v, [['poisson'], ['samples'], ['demand-mean', 'demand-sd']], 'demand');
    const evaluating = bothOrNeither(v, 's', 'S', 'ss');
    const costs = { leadTime: num(v, 'lead-time'), orderCost: num(v, 'order-cost'), holdingCost: num(v, 'holding-cost'), backorderCost: num(v, 'backorder-cost') };
    if (chosen === 'demand-mean') {
      if (evaluating) throw new UsageError(cliMessage('policy.ssNeedsWhole'));
      const p = inv.ssPowerApproximation({ ...costs, demandMean: num(v, 'demand-mean'), demandSd: num(v, 'demand-sd') });
      const rows: Row[] = [
        ['Reorder level s', units(p.reorderLevel), 'units'],
        ['Order-up-to level S', units(p.orderUpToLevel), 'units'],
        ['Power-approximation Q', units(p.orderQuantity), 'units'],
        ['Demand over lead time + 1 period', `${units(p.protectionMean)} ± ${units(p.protectionSd)}`, 'units'],
      ];
      return { title: '(s, S) policy by the power approximation (normal demand)', rows, result: { method: 'power-approximation', ...p } };
    }
    const demand = chosen === 'poisson' ? inv.poissonDemand(num(v, 'poisson')) : inv.empiricalDemand(v.samples as number[]);
    const input = { ...costs, demand };
    if (evaluating && (!Number.isInteger(v.s) || !Number.isInteger(v.S))) throw new UsageError(cliMessage('policy.ssWhole', { s: String(v.s), S: String(v.S) }));
    if (evaluating && !((v.S as number) > (v.s as number))) throw new UsageError(cliMessage('policy.ssOrder', { s: String(v.s), S: String(v.S) }));
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
    const result: Record<string, unknown> = { method: evaluating ? 'evaluation' : 'zheng-federgruen', ...r };
    if (!evaluating) {
      const approx = powerBeside(demand, costs);
      if (approx) {
        rows.push(['Power approximation (s, S)', `(${approx.reorderLevel}, ${approx.orderUpToLevel})`, 'units'], ['Its exact cost', fixed(approx.costPerPeriod, 4), 'CNY/period'], ['Above the optimum by', pct(approx.costPerPeriod / r.costPerPeriod - 1), '']);
        result.powerApproximation = approx;
      }
    }
    return { title: evaluating ? '(s, S) policy' : 'Optimal (s, S) policy', rows, result };
  },
};

/** The power approximation for the distribution's mean and sd, rounded to whole units and costed exactly. */
function powerBeside(demand: inv.DiscreteDemand, costs: { leadTime: number; orderCost: number; holdingCost: number; backorderCost: number }) {
  const mean = inv.demandMean(demand);
  const sd = Math.sqrt(inv.demandVariance(demand));
  if (!(mean > 0 && sd > 0 && costs.orderCost > 0)) return undefined;
  const p = inv.ssPowerApproximation({ ...costs, demandMean: mean, demandSd: sd });
  const s = Math.round(p.reorderLevel);
  const S = Math.max(s + 1, Math.round(p.orderUpToLevel));
  return { reorderLevel: s, orderUpToLevel: S, costPerPeriod: new inv.SsModel({ ...costs, demand }).cost(s, S) };
}

export const RQ: Policy = {
  summary: 'continuous-review (r, Q) policy: Hadley–Whitin (cost per unit short) or exact (backorder cost per unit per time, normal or Poisson)',
  params: [
    { flag: 'demand', kind: 'positive', unit: 'units/time', text: 'demand rate, e.g. units per year' },
    { flag: 'lead-time-demand-mean', kind: 'nonNegative', unit: 'units', text: 'mean demand over the lead time (normal, with --lead-time-demand-sd)' },
    { flag: 'lead-time-demand-sd', kind: 'positive', unit: 'units', text: 'standard deviation of lead-time demand' },
    { flag: 'poisson', kind: 'nonNegative', unit: 'units', text: 'mean of Poisson lead-time demand (exact model, whole units; instead of the normal pair)' },
    { flag: 'order-cost', kind: 'positive', unit: 'CNY/order', text: 'fixed cost per order' },
    { flag: 'holding-cost', kind: 'positive', unit: 'CNY/unit/time', text: 'cost of holding one unit for one time unit' },
    { flag: 'shortage-cost', kind: 'positive', unit: 'CNY/unit', text: 'cost per unit of demand not met from stock (Hadley–Whitin)' },
    { flag: 'backorder-cost', kind: 'positive', unit: 'CNY/unit/time', text: 'cost of one unit backordered for one time unit (exact model)' },
    { flag: 'reorder-point', kind: 'number', unit: 'units', text: 'a reorder point to evaluate (with --quantity) instead of optimising' },
    { flag: 'quantity', kind: 'positive', unit: 'units', text: 'an order quantity to evaluate (with --reorder-point)' },
  ],
  required: ['demand', 'order-cost', 'holding-cost'],
  notes: [
    'Backorders; time unit as in --demand and --holding-cost. Give the lead-time demand as --lead-time-demand-mean with',
    '--lead-time-demand-sd (normal) or --poisson, and the shortage as --shortage-cost (per unit) or --backorder-cost (per unit per time).',
  ],
  compute(v) {
    const penalty = exactlyOne(v, [['shortage-cost'], ['backorder-cost']], 'shortageCost');
    const dist = exactlyOne(v, [['lead-time-demand-mean', 'lead-time-demand-sd'], ['poisson']], 'leadTimeDemand');
    const evaluating = bothOrNeither(v, 'reorder-point', 'quantity', 'rq');
    if (penalty === 'backorder-cost') return exact(v, dist === 'poisson', evaluating);
    if (dist === 'poisson') throw new UsageError(cliMessage('policy.rqPoisson'));
    const input = {
      demandRate: num(v, 'demand'),
      leadTimeDemandMean: num(v, 'lead-time-demand-mean'),
      leadTimeDemandSd: num(v, 'lead-time-demand-sd'),
      orderCost: num(v, 'order-cost'),
      holdingCostRate: num(v, 'holding-cost'),
      shortageCost: num(v, 'shortage-cost'),
    };
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
    return { title: evaluating ? '(r, Q) policy (Hadley–Whitin)' : 'Optimal (r, Q) policy (Hadley–Whitin)', rows, result: { method: 'hadley-whitin', ...result } };
  },
};

function exact(v: Values, poisson: boolean, evaluating: boolean) {
  const input: inv.RqExactInput = {
    demandRate: num(v, 'demand'),
    orderCost: num(v, 'order-cost'),
    holdingCostRate: num(v, 'holding-cost'),
    backorderCostRate: num(v, 'backorder-cost'),
    leadTimeDemand: poisson ? { poissonMean: num(v, 'poisson') } : { mean: num(v, 'lead-time-demand-mean'), sd: num(v, 'lead-time-demand-sd') },
  };
  const r = evaluating ? { ...inv.evaluateRqExact(num(v, 'reorder-point'), num(v, 'quantity'), input), method: 'evaluation' } : inv.optimiseRqExact(input);
  const rows: Row[] = [
    ['Reorder point r', units(r.reorderPoint), 'units'],
    ['Order quantity Q', units(r.orderQuantity), 'units'],
    ['Fill rate', pct(r.fillRate), ''],
    ['Mean stock on hand', units(r.expectedOnHand), 'units'],
    ['Mean backorders', units(r.expectedBackorders), 'units'],
    ['Ordering + holding + backorders', `${money(r.orderingCostRate)} + ${money(r.holdingCostRate)} + ${money(r.backorderCostRate)}`, 'CNY/time'],
    ['Total cost', money(r.totalCostRate), 'CNY/time'],
  ];
  const kind = poisson ? 'Poisson' : 'normal';
  return { title: term(evaluating ? '(r, Q) policy, exact cost ({kind} lead-time demand)' : 'Optimal (r, Q) policy, exact ({kind} lead-time demand)', { kind }), rows, result: { ...r } };
}
