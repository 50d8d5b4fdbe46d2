// Checks that need several fields at once: combinations the schema accepts field by field but
// that cannot work together (a promotion that ends before it starts, an order-up-to level below
// the reorder point, a warehouse that can never ship). Runs on the validated scenario.
import { didYouMean } from '../text/didYouMean.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import type { PathIssue } from './zodIssues.ts';

const error = (path: PropertyKey[], message: string): PathIssue => ({ path, message, severity: 'error', at: 'value' });
const warning = (path: PropertyKey[], message: string): PathIssue => ({ path, message, severity: 'warning', at: 'value' });

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

function beyond(s: Scenario, path: PropertyKey[], day: number, what: string): PathIssue | null {
  if (day < s.days) return null;
  return { ...warning(path, `day ${day} is beyond the horizon (days: ${s.days}, last day ${s.days - 1}); ${what}`), depends: [['days']] };
}

function checkSpan(s: Scenario, base: PropertyKey[], start: number, end: number, noun: string, active: boolean): PathIssue[] {
  const out: PathIssue[] = [];
  if (end < start) out.push(error([...base, 'endDay'], `the ${noun} ends on day ${end}, before it starts on day ${start} (startDay)`));
  else if (active) {
    const w =
      beyond(s, [...base, 'startDay'], start, `the ${noun} never runs`) ??
      beyond(s, [...base, 'endDay'], end, `the ${noun} is cut off at the end of the run`);
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
        out.push(error(['promotions', id, 'shipDay'], `pre-orders ship on day ${p.shipDay}, before the presale starts on day ${p.startDay}`));
      } else if (p.enabled) {
        const w = beyond(s, ['promotions', id, 'shipDay'], p.shipDay, 'pre-orders would never ship within the run');
        if (w) out.push(w);
      }
    }
  }
  for (const [id, c] of Object.entries(s.campaign)) out.push(...checkSpan(s, ['campaign', id], c.startDay, c.endDay, 'campaign phase', true));
  for (const [id, inv] of Object.entries(s.finance.investments)) {
    const w = beyond(s, ['finance', 'investments', id, 'day'], inv.day, 'the investment is never paid within the run');
    if (w) out.push(w);
  }
  for (const [id, sh] of Object.entries(s.shocks)) {
    if (sh.startDay === null || !sh.enabled) continue;
    const w = beyond(s, ['shocks', id, 'startDay'], sh.startDay, 'the shock never happens');
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
      ['skus', p.skus, skuIds, 'SKU'],
      ['segments', p.segments, segmentIds, 'segment'],
    ] as const;
    for (const [field, names, known, noun] of lists) {
      if (names && names.length === 0 && p.enabled) {
        out.push(warning(['promotions', id, field], `an empty list: the promotion reaches no ${noun}; leave ${field} out to apply it to every ${noun}`));
      }
      (names ?? []).forEach((name, i) => {
        if (known.includes(name)) return;
        const hint = didYouMean(name, known);
        const tail = hint || (known.length > 0 ? `; known ${noun}s: ${known.join(', ')}` : `; there are no ${noun}s`);
        const owner = field === 'skus' ? ['skus'] : ['population', 'segments'];
        out.push({ ...error(['promotions', id, field, i], `unknown ${noun} "${name}"${tail}`), depends: [owner] });
      });
    }
  }
  return out;
}

function checkSkus(s: Scenario): PathIssue[] {
  const out: PathIssue[] = [];
  if (Object.keys(s.skus).length === 0) out.push(error(['skus'], 'no SKUs: the shop needs at least one product to sell'));
  for (const [id, k] of Object.entries(s.skus)) {
    const r = k.replenishment;
    if (r.policy === 'sS' && r.orderUpToUnits < r.reorderPointUnits) {
      out.push(
        error(
          ['skus', id, 'replenishment', 'orderUpToUnits'],
          `order-up-to level S = ${r.orderUpToUnits} is below the reorder point s = ${r.reorderPointUnits}; an (s,S) policy needs S ≥ s`,
        ),
      );
    }
    if (k.unitCostCny > k.listPriceCny) {
      out.push(warning(['skus', id, 'unitCostCny'], `unit cost ${k.unitCostCny} CNY is above the list price ${k.listPriceCny} CNY: every unit sells at a loss`));
    }
    if (k.delistDay !== null && k.delistDay <= k.launchDay) {
      out.push(error(['skus', id, 'delistDay'], `delisted on day ${k.delistDay}, not after its launch on day ${k.launchDay}: the SKU is never on sale`));
    }
    const w = beyond(s, ['skus', id, 'launchDay'], k.launchDay, 'the SKU never goes on sale');
    if (w) out.push(w);
  }
  return out;
}

function checkPopulation(s: Scenario): PathIssue[] {
  // The engine needs a tier to place every shopper in, new arrivals included, even from size 0.
  const segments = Object.values(s.population.segments);
  if (segments.length === 0) return [error(['population', 'segments'], 'no segments: at least one customer segment is needed')];
  if (segments.every((g) => g.share === 0)) {
    return [error(['population', 'segments'], 'every segment has share 0; at least one share must be above 0')];
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
      ...error(['fulfilment', 'capacityOrdersPerDay'], `capacity is 0 on every day while the population has ${s.population.size} shoppers: no order could ever ship`),
      depends: [['population', 'size']],
    },
  ];
}

function checkPricing(s: Scenario): PathIssue[] {
  const d = s.pricing.dynamic;
  if (!d.enabled || d.lowCoverDays < d.highCoverDays) return [];
  return [
    error(
      ['pricing', 'dynamic', 'highCoverDays'],
      `highCoverDays (${d.highCoverDays}) must be above lowCoverDays (${d.lowCoverDays}): prices rise below the low mark and fall above the high one`,
    ),
  ];
}

let defaultShop: Scenario | null = null;

/**
 * A named record replaces the default one as a whole, so naming only some default ids (e.g. to
 * change the paid-search budget) silently drops the others. A record that also names ids of its
 * own is taken as a deliberate new set and not warned about.
 */
function checkPartialDefaults(s: Scenario): PathIssue[] {
  defaultShop ??= ScenarioSchema.parse({});
  const records: [PropertyKey[], string, Record<string, unknown>, Record<string, unknown>][] = [
    [['channels'], 'channels', s.channels, defaultShop.channels],
    [['skus'], 'SKUs', s.skus, defaultShop.skus],
    [['population', 'segments'], 'segments', s.population.segments, defaultShop.population.segments],
  ];
  const out: PathIssue[] = [];
  for (const [path, noun, named, defaults] of records) {
    const ids = Object.keys(named);
    const defaultIds = Object.keys(defaults);
    const left = defaultIds.filter((id) => !(id in named));
    if (ids.length === 0 || left.length === 0 || !ids.every((id) => defaultIds.includes(id))) continue;
    out.push({
      ...warning(
        path,
        `names only ${ids.join(', ')} of the default ${noun}, so ${left.join(', ')} ${left.length === 1 ? 'is' : 'are'} left out (a named list replaces the defaults); list ${left.length === 1 ? 'it' : 'them'} too to keep ${left.length === 1 ? 'it' : 'them'}, or \`extends: scenarios/default.yaml\` to change only what you name`,
      ),
      at: 'key',
    });
  }
  return out;
}
