import { describe, expect, it } from 'vitest';
import { ScenarioRunError } from '../../../sim/engine/errors.ts';
import { hillClicks } from '../../../sim/engine/marketing.ts';
import { MAX_CLICKS_PER_DAY } from '../../../sim/engine/preconditions.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { KPIS } from '../../../sim/result.ts';
import { parseScenarioText } from '../../../sim/scenario/load.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const short = (overrides = {}) => smallShop({ days: 20, population: { size: 1000 }, ...overrides });

/** Runs `scenario` and returns the ScenarioRunError it throws (or fails the test). */
function refusal(scenario: Scenario): ScenarioRunError {
  try {
    simulate(scenario, { seed: 1 });
  } catch (err) {
    if (err instanceof ScenarioRunError) return err;
    throw err;
  }
  throw new Error('expected the engine to refuse the scenario');
}

/** A validated scenario with one field set in code afterwards, as an API caller could. */
function edited(set: (s: Record<string, any>) => void): Scenario {
  const s = structuredClone(short()) as Record<string, any>;
  set(s);
  return s as Scenario;
}

describe('the engine on scenarios at and beyond its limits', () => {
  it('runs a segment that almost never visits instead of crashing its calendar', () => {
    const s = short({ population: { size: 1000, segments: { rare: { share: 1, visitsPerYear: 1e-300 } } } });
    const r = simulate(s, { seed: 1 });
    // paybackDay is NaN by definition when profit ends negative; ratios are null without a denominator.
    for (const k of KPIS.filter((k) => k !== 'paybackDay')) expect(r.kpis[k] === null || Number.isFinite(r.kpis[k]), k).toBe(true);
    expect(r.kpis.gmvCny).toBeGreaterThan(0);
  });

  it('keeps clicks finite and at most the saturation level for any spend', () => {
    expect(hillClicks(1e308 / 1.5, 5000, 1)).toBeCloseTo(5000, 6);
    expect(hillClicks(1e308, 5000, 2.5)).toBeCloseTo(5000, 6);
    expect(hillClicks(100, 5000, 1)).toBeCloseTo((5000 * 100) / 5100, 12);
  });

  it('refuses, with the field, a price, an order-up-to level or a budget set beyond its range after loading', () => {
    expect(refusal(edited((s) => (s.skus.tee.listPriceCny = 1e308))).path).toBe('skus.tee.listPriceCny');
    expect(refusal(edited((s) => (s.skus.tee.replenishment.orderUpToUnits = 1e308))).path).toBe('skus.tee.replenishment.orderUpToUnits');
    const budget = refusal(edited((s) => (s.channels.paid_search.budgetPerDayCny = 1e308)));
    expect(budget.message).toBe('channels.paid_search.budgetPerDayCny: gives 1e+308 on day 0; expected a number from 0 to 1000000000 on every day');
  });

  it('refuses a campaign that would bring more clicks a day than a run handles, naming the phase', () => {
    const s = short({
      channels: { paid_search: { budgetPerDayCny: 1e9, costPerClickCny: 0.01, saturationClicksPerDay: 1e7 } },
      campaign: { peak: { startDay: 5, endDay: 6, trafficMultiplier: 100 } },
    });
    const err = refusal(s);
    expect(err.path).toBe('campaign.peak.trafficMultiplier');
    expect(err.message).toContain(`a run handles at most ${MAX_CLICKS_PER_DAY.toLocaleString('en-US')} clicks a day`);
  });

  it('refuses newcomers that would grow the market past what a run holds', () => {
    const err = refusal(short({ days: 3650, population: { size: 1000, newShoppersPerDay: 1e6 } }));
    expect(err.message).toMatch(/^population\.newShoppersPerDay: population\.size plus the newcomers over 3650 days make 3,650,001,000 shoppers; a run holds at most 50,000,000$/);
  });

  it('refuses the issue\'s examples at load time with the field and its range', () => {
    const cases: [string, string][] = [
      ['population: {newShoppersPerDay: 1e7}', 'population.newShoppersPerDay: expected a number from 0 to 1000000 or a formula, got 10000000'],
      ['channels: {paid: {budgetPerDayCny: 1e308}}', 'channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got 1e+308'],
      ['campaign: {p: {startDay: 0, endDay: 5, trafficMultiplier: 1e12}}', 'campaign.p.trafficMultiplier: expected a number > 0 and ≤ 100, got 1000000000000'],
      ['skus: {a: {listPriceCny: 1e308}}', 'skus.a.listPriceCny: expected a number > 0 and ≤ 10000000, got 1e+308'],
      ['skus: {a: {replenishment: {orderUpToUnits: 1e308}}}', 'skus.a.replenishment.orderUpToUnits: expected a number from 0 to 1000000000, got 1e+308'],
    ];
    for (const [text, message] of cases) {
      const r = parseScenarioText(text, { fileName: 's.yaml' });
      expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`), text).toEqual([message]);
    }
  });
});
