// `shoplab policy serial`: optimal echelon base-stock levels of a serial supply chain (Clark–Scarf),
// stage 1 facing customers, each later stage supplying the one before.
import { UsageError } from '../io.ts';
import { cliMessage } from '../lang.ts';
import * as inv from '../../models/light.ts';
import { exactlyOne, list, money, num, units, term, type Policy, type Row } from './shared.ts';

export const SERIAL: Policy = {
  summary: 'serial multi-echelon base-stock (Clark–Scarf): optimal echelon levels and cost',
  params: [
    { flag: 'echelon-holding-costs', kind: 'list', unit: 'CNY/unit/period', text: 'echelon holding cost of each stage, stage 1 (customer-facing) first, e.g. 3,2,2' },
    { flag: 'lead-times', kind: 'list', unit: 'periods', text: 'lead time into each stage, stage 1 first, e.g. 1,1,2' },
    { flag: 'backorder-cost', kind: 'positive', unit: 'CNY/unit/period', text: 'cost per unit backordered at stage 1 per period' },
    { flag: 'demand-mean', kind: 'nonNegative', unit: 'units/period', text: 'mean customer demand per period (normal, with --demand-sd)' },
    { flag: 'demand-sd', kind: 'positive', unit: 'units/period', text: 'standard deviation of demand per period' },
    { flag: 'poisson', kind: 'positive', unit: 'units/period', text: 'mean of Poisson demand per period (whole units, exact; instead of the normal pair)' },
    { flag: 'grid-step', kind: 'positive', unit: 'units', text: 'discretisation step for normal demand (default: sd/40)' },
  ],
  required: ['echelon-holding-costs', 'lead-times', 'backorder-cost'],
  notes: [
    'Echelon holding cost of a stage = the value it adds; local holding cost = the sum over it and every stage upstream.',
    'Exact recursion of Chen & Zheng (1994) on a grid; Poisson demand is exact, normal demand accurate to about a grid step.',
  ],
  compute(v) {
    const costs = list(v, 'echelon-holding-costs');
    const leads = list(v, 'lead-times');
    if (costs.length !== leads.length) throw new UsageError(cliMessage('policy.stages', { costs: costs.length, leads: leads.length }));
    const dist = exactlyOne(v, [['demand-mean', 'demand-sd'], ['poisson']], 'demand');
    const r = inv.optimiseSerialBaseStock({
      stages: costs.map((c, j) => ({ echelonHoldingCost: c, leadTime: leads[j] })),
      backorderCost: num(v, 'backorder-cost'),
      demand: dist === 'poisson' ? { poissonMean: num(v, 'poisson') } : { mean: num(v, 'demand-mean'), sd: num(v, 'demand-sd') },
      gridStep: v['grid-step'] as number | undefined,
    });
    const rows: Row[] = r.echelonLevels.map((s, j): Row => [term('Stage {j} echelon level', { j: j + 1 }), units(s), term('units (local {level})', { level: units(r.localLevels[j]) })]);
    rows.push(['Expected cost', money(r.costPerPeriod), 'CNY/period']);
    return { title: term('Serial base-stock system, {n} stages ({kind} demand)', { n: costs.length, kind: dist === 'poisson' ? 'Poisson' : 'normal' }), rows, result: { ...r } };
  },
};
