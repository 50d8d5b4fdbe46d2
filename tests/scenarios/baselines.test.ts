// Each calibrated baseline reproduces the figures its plan states, within 5 %, on half the market
// (every extensive quantity halved, so rates are unchanged) with two replications.
import { describe, expect, it } from 'vitest';
import { kpi, loadBuiltin, runBuiltin, seriesSum } from './builtin-runs.ts';

const HALF = { scale: 0.5, reps: 2 };

/** |achieved / target − 1| ≤ 5 %. */
function within5(achieved: number, target: number) {
  expect(achieved, `achieved ${achieved} vs target ${target}`).toBeGreaterThanOrEqual(target * 0.95);
  expect(achieved, `achieved ${achieved} vs target ${target}`).toBeLessThanOrEqual(target * 1.05);
}

describe('calibrated baselines reproduce their plans', () => {
  it('002: conversion 2.8 %, AOV 120 CNY, repeat 35 %, CAC 50 CNY, organic 40 % of visits, overall ROAS ≥ 4, 2 M CNY GMV in six months', () => {
    const runs = runBuiltin('002-ecommerce-ops/baseline', HALF);
    within5(kpi(runs, 'conversionRate'), 0.028); // 002 §4.2
    within5(kpi(runs, 'aovCny'), 120); // 002 §2.1
    within5(kpi(runs, 'repeatRate'), 0.35); // 002 §2.1
    within5(kpi(runs, 'cacCny'), 50); // 002 §2.1
    within5(runs.reduce((s, r) => s + r.channels.organic.clicks / r.kpis.visits, 0) / runs.length, 0.4); // 002 §2.3
    expect(kpi(runs, 'roas')).toBeGreaterThanOrEqual(4); // 002 §3.2 (paid search alone: see README)
    expect(seriesSum(runs, 'gmvCny', 0, 182) / 0.5).toBeGreaterThanOrEqual(2_000_000); // 002 §2.1, at full size
  });

  it('003: campaign GMV 2.39 M CNY (+19.6 %), stock-outs ≤ 0.8 %, and the 60/30/10 pyramid', () => {
    const runs = runBuiltin('003-double11/baseline', HALF);
    within5(kpi(runs, 'gmvCny') / 0.5, 2_390_000); // 003 §1.3 scaled (README)
    expect(kpi(runs, 'stockoutRate')).toBeLessThanOrEqual(0.008); // 003 §2.3
    const tiers = loadBuiltin('003-double11/baseline').population.segments;
    expect([tiers.base.share, tiers.core.share, tiers.top.share]).toEqual([0.6, 0.3, 0.1]); // 003 §2.2
  });

  it('001: 12 % of deliveries late before rerouting and a profit margin under 5 %', () => {
    const runs = runBuiltin('001-omnichannel/baseline', { ...HALF, days: 365 });
    within5(kpi(runs, 'onTimeRate'), 0.88); // 001 §4.3
    const margin = kpi(runs, 'profitCny') / kpi(runs, 'netRevenueCny');
    expect(margin).toBeLessThan(0.05); // 001 §2.1
    expect(margin).toBeGreaterThan(0);
  });

  it('000: the plan\'s implied sales of 18.75 M CNY a year, marketing at 8 % of them, gross margin ≈ 42 %', () => {
    const runs = runBuiltin('000-clothing/baseline', { scale: 0.5, reps: 1 });
    within5(kpi(runs, 'gmvCny') / 0.5, 18_750_000); // 000 §5.1 (README)
    within5(kpi(runs, 'marketingCny') / kpi(runs, 'gmvCny'), 0.08); // 000 §5.1
    within5(kpi(runs, 'grossMarginPct'), 0.42); // 000 §5.1
  });
});
