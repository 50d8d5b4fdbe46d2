// Checks that need several fields at once: combinations the schema accepts field by field but
// that cannot work together (a promotion that ends before it starts, an order-up-to level below
// the reorder point, a warehouse that can never ship). Runs on the validated scenario.
import { closest } from '../text/didYouMean.ts';
import { loaderMessage, type BeyondHorizon, type LoaderMessage } from './loaderMessages.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import type { PathIssue } from './zodIssues.ts';

const error = (path: PropertyKey[], message: LoaderMessage): PathIssue => ({ path, ...message, severity: 'error', at: 'value' });
const warning = (path: PropertyKey[], message: LoaderMessage): PathIssue => ({ path, ...message, severity: 'warning', at: 'value' });

/**
 * Every impossible or suspicious combination in `s`. `daily` holds the evaluated formula fields
 * by dotted path (from the formula checks); a field missing there was not written by the user
 * and has its default.
 */
export function crossCheck(s: Scenario, daily: ReadonlyMap<string, Float64Array> = new Map()): PathIssue[] {
  return [
    ...checkCalendar(s),
    ...checkPromotionTargets(s),
    ...checkSkus(s),
    ...checkPopulation(s),
    ...checkCapacity(s, daily),
    ...checkPricing(s),
    ...checkPartialDefaults(s),
  ];
}

function beyond(s: Scenario, path: PropertyKey[], day: number, what: BeyondHorizon): PathIssue | null {
  if (day < s.days) return null;
  return { ...warning(path, loaderMessage('cross.beyondHorizon', { day, days: s.days, what })), depends: [['days']] };
}

function checkSpan(s: Scenario, base: PropertyKey[], start: number, end: number, noun: 'promotion' | 'campaignPhase', active: boolean): PathIssue[] {
  const out: PathIssue[] = [];
  if (end < start) out.push(error([...base, 'endDay'], loaderMessage('cross.endsBeforeStart', { noun, start, end })));
  else if (active) {
    const w = beyond(s, [...base, 'startDay'], start, `${noun}.neverRuns`) ?? beyond(s, [...base, 'endDay'], end, `${noun}.cutOff`);
    if (w) out.push(w);
  }
  return out;
}

function checkCalendar(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  for (const [id, p] of Object.entries(s.promotions)) {
    out.push(...checkSpan(s, ['promotions', id], p.startDay, p.endDay, 'promotion', p.enabled));
    if (p.type === 'presale') {
      if (p.shipDay < p.startDay) {
        out.push(error(['promotions', id, 'shipDay'], loaderMessage('cross.shipsBeforeStart', { shipDay: p.shipDay, startDay: p.startDay })));
      } else if (p.enabled) {
        const w = beyond(s, ['promotions', id, 'shipDay'], p.shipDay, 'presale.neverShips');
        if (w) out.push(w);
      }
    }
  }
  for (const [id, c] of Object.entries(s.campaign)) out.push(...checkSpan(s, ['campaign', id], c.startDay, c.endDay, 'campaignPhase', true));
  for (const [id, inv] of Object.entries(s.finance.investments)) {
    const w = beyond(s, ['finance', 'investments', id, 'day'], inv.day, 'investment.neverPaid');
    if (w) out.push(w);
  }
  for (const [id, sh] of Object.entries(s.shocks)) {
    if (sh.startDay === null || !sh.enabled) continue;
    const w = beyond(s, ['shocks', id, 'startDay'], sh.startDay, 'shock.neverHappens');
    if (w) out.push(w);
  }
  return out;
}

function checkPromotionTargets(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  const skuIds = Object.keys(s.skus);
  const segmentIds = Object.keys(s.population.segments);
  for (const [id, p] of Object.entries(s.promotions)) {
    const lists = [
      ['skus', p.skus, skuIds],
      ['segments', p.segments, segmentIds],
    ] as const;
    for (const [field, names, known] of lists) {
      if (names && names.length === 0 && p.enabled) out.push(warning(['promotions', id, field], loaderMessage('cross.emptyTargets', { field })));
      (names ?? []).forEach((name, i) => {
        if (known.includes(name)) return;
        const message = loaderMessage('cross.unknownTarget', { field, name, suggestion: closest(name, known), known });
        const owner = field === 'skus' ? ['skus'] : ['population', 'segments'];
        out.push({ ...error(['promotions', id, field, i], message), depends: [owner] });
      });
    }
  }
  return out;
}

function checkSkus(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  if (Object.keys(s.skus).length === 0) out.push(error(['skus'], loaderMessage('cross.noSkus', {})));
  for (const [id, k] of Object.entries(s.skus)) {
    const r = k.replenishment;
    if (r.policy === 'sS' && r.orderUpToUnits < r.reorderPointUnits) {
      const message = loaderMessage('cross.orderUpToBelowReorder', { orderUpTo: r.orderUpToUnits, reorderPoint: r.reorderPointUnits });
      out.push(error(['skus', id, 'replenishment', 'orderUpToUnits'], message));
    }
    if (k.unitCostCny > k.listPriceCny) {
      out.push(warning(['skus', id, 'unitCostCny'], loaderMessage('cross.costAbovePrice', { cost: k.unitCostCny, price: k.listPriceCny })));
    }
    if (k.delistDay !== null && k.delistDay <= k.launchDay) {
      out.push(error(['skus', id, 'delistDay'], loaderMessage('cross.delistedBeforeLaunch', { delistDay: k.delistDay, launchDay: k.launchDay })));
    }
    const w = beyond(s, ['skus', id, 'launchDay'], k.launchDay, 'sku.neverOnSale');
    if (w) out.push(w);
  }
  return out;
}

function checkPopulation(s: Scenario): PathIssue[] {
  // The engine needs a tier to place every shopper in, new arrivals included, even from size 0.
  const segments = Object.values(s.population.segments);
  if (segments.length === 0) return [error(['population', 'segments'], loaderMessage('cross.noSegments', {}))];
  if (segments.every((g) => g.share === 0)) {
    return [error(['population', 'segments'], loaderMessage('cross.allSharesZero', {}))];
  }
  return [];
}

function checkCapacity(s: Scenario, daily: ReadonlyMap<string, Float64Array>): PathIssue[] {
  if (s.population.size === 0) return [];
  const cap = s.fulfilment.capacityOrdersPerDay;
  const series = daily.get('fulfilment.capacityOrdersPerDay');
  const allZero = series ? series.every((v) => v <= 0) : typeof cap === 'number' && cap <= 0;
  if (!allZero) return [];
  return [
    {
      ...error(['fulfilment', 'capacityOrdersPerDay'], loaderMessage('cross.noCapacity', { shoppers: s.population.size })),
      depends: [['population', 'size']],
    },
  ];
}

function checkPricing(s: Scenario): PathIssue[] {
  const d = s.pricing.dynamic;
  if (!d.enabled || d.lowCoverDays < d.highCoverDays) return [];
  return [error(['pricing', 'dynamic', 'highCoverDays'], loaderMessage('cross.coverDaysOrder', { high: d.highCoverDays, low: d.lowCoverDays }))];
}

let defaultShop: Scenario | null = null;

/**
 * A named record replaces the default one as a whole, so naming only some default ids (e.g. to
 * change the paid-search budget) silently drops the others. A record that also names ids of its
 * own is taken as a deliberate new set and not warned about.
 */
function checkPartialDefaults(s: Scenario): PathIssue[] {
  defaultShop ??= ScenarioSchema.parse({});
  const records: [PropertyKey[], 'channels' | 'skus' | 'segments', Record<string, unknown>, Record<string, unknown>][] = [
    [['channels'], 'channels', s.channels, defaultShop.channels],
    [['skus'], 'skus', s.skus, defaultShop.skus],
    [['population', 'segments'], 'segments', s.population.segments, defaultShop.population.segments],
  ];
  const out: PathIssue[] = [];
  for (const [path, record, named, defaults] of records) {
    const ids = Object.keys(named);
    const defaultIds = Object.keys(defaults);
    const left = defaultIds.filter((id) => !(id in named));
    if (ids.length === 0 || left.length === 0 || !ids.every((id) => defaultIds.includes(id))) continue;
    out.push({ ...warning(path, loaderMessage('cross.partialDefaults', { record, named: ids, left })), at: 'key' });
  }
  return out;
}
