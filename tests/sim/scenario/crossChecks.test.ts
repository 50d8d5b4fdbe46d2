import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioText, type LoadResult } from '../../../sim/scenario/index.ts';
import { lines } from './memoryFiles.ts';

const load = (...rows: string[]) => parseScenarioText(lines(...rows), { fileName: 's.yaml' });
const messages = (r: LoadResult) => (r.ok ? r.warnings : r.issues).map(formatIssue);

describe('impossible combinations', () => {
  it('refuses a promotion that ends before it starts', () => {
    const r = load('promotions:', '  sale: {type: discount, startDay: 20, endDay: 10, pct: 0.2}');
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual(['s.yaml:2:48: promotions.sale.endDay: the promotion ends on day 10, before it starts on day 20 (startDay)']);
  });

  it('refuses a campaign phase that ends before it starts', () => {
    expect(messages(load('campaign:', '  peak: {startDay: 5, endDay: 4}'))).toEqual([
      's.yaml:2:31: campaign.peak.endDay: the campaign phase ends on day 4, before it starts on day 5 (startDay)',
    ]);
  });

  it('warns, but loads, when a promotion runs past the horizon', () => {
    const r = load('days: 30', 'promotions:', '  tail: {type: discount, startDay: 25, endDay: 40, pct: 0.1}');
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual([
      's.yaml:3:48: promotions.tail.endDay: day 40 is beyond the horizon (days: 30, last day 29); the promotion is cut off at the end of the run',
    ]);
    if (r.ok) expect(r.warnings[0].severity).toBe('warning');
  });

  it('warns when a promotion or a campaign phase starts after the horizon', () => {
    const r = load('days: 30', 'promotions:', '  late: {type: gift, startDay: 31, endDay: 35}', 'campaign:', '  tail: {startDay: 30, endDay: 33}');
    expect(messages(r)).toEqual([
      's.yaml:3:32: promotions.late.startDay: day 31 is beyond the horizon (days: 30, last day 29); the promotion never runs',
      's.yaml:5:20: campaign.tail.startDay: day 30 is beyond the horizon (days: 30, last day 29); the campaign phase never runs',
    ]);
  });

  it('does not warn about a disabled promotion beyond the horizon', () => {
    const r = load('days: 30', 'promotions:', '  late: {type: gift, startDay: 31, endDay: 35, enabled: false}');
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('names unknown SKUs and segments in a promotion, with a suggestion', () => {
    const r = load('promotions:', '  vip_sale:', '    type: discount', '    startDay: 1', '    endDay: 3', '    pct: 0.2', '    skus: [tee, jaens]', '    segments: [vips]');
    expect(messages(r)).toEqual([
      's.yaml:7:17: promotions.vip_sale.skus.1: unknown SKU "jaens"; did you mean "jeans"?',
      's.yaml:8:16: promotions.vip_sale.segments.0: unknown segment "vips"; did you mean "vip"?',
    ]);
  });

  it('warns that an empty SKU list makes a promotion reach nothing', () => {
    const r = load('promotions:', '  p: {type: discount, startDay: 1, endDay: 3, pct: 0.2, skus: []}');
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual(['s.yaml:2:63: promotions.p.skus: an empty list: the promotion reaches no SKU; leave skus out to apply it to every SKU']);
  });

  it('lists the known SKUs when no name is close', () => {
    const r = load('promotions:', '  p: {type: discount, startDay: 1, endDay: 3, pct: 0.2, skus: [umbrella]}');
    expect(messages(r)).toEqual(['s.yaml:2:64: promotions.p.skus.0: unknown SKU "umbrella"; known SKUs: tee, jeans, jacket']);
  });

  it('refuses an (s,S) order-up-to level below the reorder point', () => {
    const r = load('skus:', '  top:', '    replenishment: {policy: sS, reorderPointUnits: 500, orderUpToUnits: 200}');
    expect(messages(r)).toEqual([
      's.yaml:3:73: skus.top.replenishment.orderUpToUnits: order-up-to level S = 200 is below the reorder point s = 500; an (s,S) policy needs S ≥ s',
    ]);
  });

  it('accepts the same levels under a periodic-review policy', () => {
    const r = load('skus:', '  tee:', '    replenishment: {policy: RS, reorderPointUnits: 500, orderUpToUnits: 200}');
    expect(r.ok).toBe(true);
  });

  it('refuses segment shares that are all 0', () => {
    const r = load('population:', '  segments:', '    a: {share: 0}', '    b: {share: 0}');
    expect(messages(r)).toEqual(['s.yaml:3:5: population.segments: every segment has share 0; at least one share must be above 0']);
  });

  it('refuses a population without segments', () => {
    expect(messages(load('population: {size: 100, segments: {}}'))).toEqual([
      's.yaml:1:35: population.segments: no segments: at least one customer segment is needed',
    ]);
    expect(load('population: {size: 0, segments: {}}').ok).toBe(false);
  });

  it('refuses a shop with no SKUs at all', () => {
    expect(messages(load('skus: {}'))).toEqual(['s.yaml:1:7: skus: no SKUs: the shop needs at least one product to sell']);
  });

  it('refuses a warehouse that can ship nothing on any day while there are shoppers', () => {
    expect(messages(load('fulfilment: {capacityOrdersPerDay: 0}'))).toEqual([
      's.yaml:1:36: fulfilment.capacityOrdersPerDay: capacity is 0 on every day while the population has 50000 shoppers: no order could ever ship',
    ]);
    expect(messages(load('days: 10', 'fulfilment: {capacityOrdersPerDay: "0 * t"}'))).toHaveLength(1);
    expect(load('days: 10', 'fulfilment: {capacityOrdersPerDay: "1000 * (t == 9)"}').ok).toBe(true);
    expect(load('population: {size: 0}', 'fulfilment: {capacityOrdersPerDay: 0}').ok).toBe(true);
  });

  it('warns that a SKU whose unit cost exceeds its list price sells at a loss', () => {
    const r = load('skus:', '  top: {listPriceCny: 50, unitCostCny: 60}');
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual(['s.yaml:2:40: skus.top.unitCostCny: unit cost 60 CNY is above the list price 50 CNY: every unit sells at a loss']);
  });

  it('refuses a presale that ships before it starts', () => {
    const r = load('promotions:', '  pre: {type: presale, startDay: 10, endDay: 12, pct: 0.1, shipDay: 8}');
    expect(messages(r)).toEqual(['s.yaml:2:69: promotions.pre.shipDay: pre-orders ship on day 8, before the presale starts on day 10']);
  });

  it('refuses a SKU delisted before it launches', () => {
    expect(messages(load('skus:', '  top: {launchDay: 30, delistDay: 30}'))).toEqual([
      's.yaml:2:35: skus.top.delistDay: delisted on day 30, not after its launch on day 30: the SKU is never on sale',
    ]);
  });

  it('warns that naming only some default channels drops the others, but not for a set of ids of its own', () => {
    const r = load('channels:', '  paid_search: {budgetPerDayCny: 5000}');
    expect(r.ok).toBe(true);
    expect(messages(r)).toEqual([
      's.yaml:1:1: channels: names only paid_search of the default channels, so organic, social, crm are left out (a named list replaces the defaults); list them too to keep them, or `extends: scenarios/default.yaml` to change only what you name',
    ]);
    expect(messages(load('channels:', '  paid_search: {budgetPerDayCny: 5000}', '  tiktok: {kind: social}'))).toEqual([]);
    expect(messages(load('population:', '  segments: {base: {share: 0.7}, core: {share: 0.3}}'))[0]).toMatch(/population\.segments: names only base, core of the default segments, so vip is left out/);
  });

  it('refuses dynamic pricing whose high-cover mark is not above the low one', () => {
    expect(messages(load('pricing:', '  dynamic: {enabled: true, lowCoverDays: 40, highCoverDays: 20}'))).toEqual([
      's.yaml:2:61: pricing.dynamic.highCoverDays: highCoverDays (20) must be above lowCoverDays (40): prices rise below the low mark and fall above the high one',
    ]);
  });

  it('reports combinations alongside schema errors elsewhere in the file', () => {
    const r = load('seed: x', 'promotions:', '  sale: {type: discount, startDay: 20, endDay: 10, pct: 0.2}');
    expect(messages(r)).toEqual([
      's.yaml:1:7: seed: expected a whole number ≥ 0, got "x"',
      's.yaml:3:48: promotions.sale.endDay: the promotion ends on day 10, before it starts on day 20 (startDay)',
    ]);
  });

  it('does not blame a default for a combination when the user\'s own value was refused', () => {
    // listPriceCny "cheap" is refused; the default 129 must not trigger "sells at a loss" or hide it.
    const r = load('days: lots', 'skus:', '  tee: {listPriceCny: cheap, unitCostCny: 200}', 'promotions:', '  p: {type: gift, startDay: 400, endDay: 401}');
    expect(messages(r)).toEqual([
      's.yaml:1:7: days: expected a whole number from 1 to 3650, got "lots"',
      's.yaml:3:23: skus.tee.listPriceCny: expected a number > 0 and ≤ 10000000, got "cheap"',
    ]);
  });
});
