// The main levers of a scenario: which paths, their units and ranges, read from a validated
// scenario (formulas show as such instead of a number). One list for the workbench's editor and
// sweep view (ui/editor/levers.ts re-exports it) and the CLI's sensitivity defaults.
import { fieldBounds } from './fieldBounds.ts';
import type { Scenario } from './schema.ts';

/** The workbench message key of each lever's label (ui/i18n has an entry for each). */
export type LeverLabel =
  | 'lever.budget' | 'lever.capacity' | 'lever.days' | 'lever.freeShipping' | 'lever.leadTime' | 'lever.listPrice' | 'lever.orderUpTo'
  | 'lever.populationSize' | 'lever.promise' | 'lever.promoDays' | 'lever.promoPct' | 'lever.reorderPoint' | 'lever.replications' | 'lever.seed';

/** The workbench message key of each lever's unit. */
export type LeverUnit = 'unit.cny' | 'unit.cnyPerDay' | 'unit.days' | 'unit.hours' | 'unit.none' | 'unit.ordersPerDay' | 'unit.percent' | 'unit.runs' | 'unit.shoppers' | 'unit.units';

export type LeverGroup = 'run' | 'population' | 'channels' | 'pricing' | 'promotions' | 'inventory' | 'capacity';

/** One control: a numeric field of the scenario at `path`. */
export interface Lever {
  /** Dotted path, unique. */
  id: string;
  group: LeverGroup;
  label: LeverLabel;
  labelParams?: Record<string, string>;
  path: string[];
  /** Current value in scenario units; null when the field is unset (nullable) or a formula. */
  value: number | null;
  /** The formula text when the field holds one (the control is then read-only). */
  formula?: string;
  min: number;
  max: number;
  step: number;
  unit: LeverUnit;
  /** Shown value = value × scale (fractions as percent). */
  scale: number;
  /** Whether the field may be cleared to null. */
  nullable?: boolean;
  /** Whole numbers only (days, shoppers). */
  integer?: boolean;
}

function numeric(v: unknown): { value: number | null; formula?: string } {
  if (typeof v === 'number') return { value: v };
  if (typeof v === 'string') return { value: null, formula: v };
  return { value: null };
}

/** Upper end of a slider: a round number comfortably above the current value. */
export function sliderMax(value: number, floor: number): number {
  const target = Math.max(floor, value * 2);
  const magnitude = 10 ** Math.floor(Math.log10(target));
  return Math.ceil(target / magnitude) * magnitude;
}

/** Every lever of `scenario`, grouped in display order. */
export function buildLevers(s: Scenario): Lever[] {
  const out: Lever[] = [];
  const add = (l: Omit<Lever, 'id' | 'scale' | 'value'> & { raw: unknown; scale?: number }) => {
    const { raw, ...rest } = l;
    // The slider's span never leaves the field's stated range (the schema's bounds, fieldBounds.ts).
    const bounds = fieldBounds(l.path, s);
    const min = bounds ? Math.max(l.min, bounds.min) : l.min;
    const max = bounds ? Math.min(l.max, bounds.max) : l.max;
    out.push({ ...rest, min, max, id: l.path.join('.'), scale: l.scale ?? 1, ...numeric(raw) });
  };
  add({ group: 'run', label: 'lever.replications', path: ['replications'], raw: s.replications, integer: true, min: 1, max: Math.max(200, s.replications), step: 1, unit: 'unit.runs' });
  add({ group: 'run', label: 'lever.days', path: ['days'], raw: s.days, integer: true, min: 7, max: Math.max(730, s.days), step: 1, unit: 'unit.days' });
  add({ group: 'run', label: 'lever.seed', path: ['seed'], raw: s.seed, integer: true, min: 0, max: 99_999_999, step: 1, unit: 'unit.none' });
  add({ group: 'population', label: 'lever.populationSize', path: ['population', 'size'], raw: s.population.size, integer: true, min: 0, max: sliderMax(s.population.size, 100_000), step: 1000, unit: 'unit.shoppers' });
  for (const [id, ch] of Object.entries(s.channels)) {
    if (ch.kind === 'organic') continue;
    const v = typeof ch.budgetPerDayCny === 'number' ? ch.budgetPerDayCny : 0;
    add({ group: 'channels', label: 'lever.budget', labelParams: { channel: id }, path: ['channels', id, 'budgetPerDayCny'], raw: ch.budgetPerDayCny, min: 0, max: sliderMax(v, 10_000), step: 50, unit: 'unit.cnyPerDay' });
  }
  for (const [id, sku] of Object.entries(s.skus)) {
    const name = sku.name ?? id;
    add({ group: 'pricing', label: 'lever.listPrice', labelParams: { sku: name }, path: ['skus', id, 'listPriceCny'], raw: sku.listPriceCny, min: 1, max: sliderMax(sku.listPriceCny, 100), step: 1, unit: 'unit.cny' });
  }
  add({ group: 'pricing', label: 'lever.freeShipping', path: ['pricing', 'freeShippingThresholdCny'], raw: s.pricing.freeShippingThresholdCny, min: 0, max: 500, step: 1, unit: 'unit.cny', nullable: true });
  for (const [id, p] of Object.entries(s.promotions)) {
    if ('pct' in p) add({ group: 'promotions', label: 'lever.promoPct', labelParams: { promo: id }, path: ['promotions', id, 'pct'], raw: p.pct, min: 0, max: 0.95, step: 0.01, unit: 'unit.percent', scale: 100 });
    add({ group: 'promotions', label: 'lever.promoDays', labelParams: { promo: `${id} ▸` }, path: ['promotions', id, 'startDay'], raw: p.startDay, integer: true, min: 0, max: s.days - 1, step: 1, unit: 'unit.days' });
    add({ group: 'promotions', label: 'lever.promoDays', labelParams: { promo: `${id} ◂` }, path: ['promotions', id, 'endDay'], raw: p.endDay, integer: true, min: 0, max: s.days - 1, step: 1, unit: 'unit.days' });
  }
  for (const [id, sku] of Object.entries(s.skus)) {
    const r = sku.replenishment;
    const name = sku.name ?? id;
    if (r.policy === 'sS' || r.policy === 'RS') {
      if (r.policy === 'sS') add({ group: 'inventory', label: 'lever.reorderPoint', labelParams: { sku: name }, path: ['skus', id, 'replenishment', 'reorderPointUnits'], raw: r.reorderPointUnits, min: 0, max: sliderMax(r.orderUpToUnits, 1000), step: 10, unit: 'unit.units' });
      add({ group: 'inventory', label: 'lever.orderUpTo', labelParams: { sku: name }, path: ['skus', id, 'replenishment', 'orderUpToUnits'], raw: r.orderUpToUnits, min: 0, max: sliderMax(r.orderUpToUnits, 1000), step: 10, unit: 'unit.units' });
    }
    add({ group: 'inventory', label: 'lever.leadTime', labelParams: { sku: name }, path: ['skus', id, 'replenishment', 'leadTimeDays'], raw: r.leadTimeDays, min: 0, max: Math.max(60, r.leadTimeDays), step: 0.5, unit: 'unit.days' });
  }
  const cap = typeof s.fulfilment.capacityOrdersPerDay === 'number' ? s.fulfilment.capacityOrdersPerDay : 0;
  add({ group: 'capacity', label: 'lever.capacity', path: ['fulfilment', 'capacityOrdersPerDay'], raw: s.fulfilment.capacityOrdersPerDay, min: 0, max: sliderMax(cap, 5000), step: 50, unit: 'unit.ordersPerDay' });
  add({ group: 'capacity', label: 'lever.promise', path: ['fulfilment', 'promiseHours'], raw: s.fulfilment.promiseHours, min: 1, max: 168, step: 1, unit: 'unit.hours' });
  return out;
}

/** Levers a sweep may vary: every numeric lever except the seed and replications. */
export function sweepableLevers(s: Scenario): Lever[] {
  return buildLevers(s).filter((l) => l.value !== null && l.id !== 'seed' && l.id !== 'replications');
}
