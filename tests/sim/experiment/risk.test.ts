import { describe, expect, it } from 'vitest';
import { KpiConditionError, meets, parseCondition, shortfall } from '../../../sim/experiment/kpi-condition.ts';
import { assessRisk, cvarLower, wilson } from '../../../sim/experiment/risk.ts';
import { fakeRun } from './run-result.fixture.ts';

describe('parseCondition', () => {
  it('reads KPI, operator and value, with % meaning hundredths', () => {
    expect(parseCondition('roi>=4')).toEqual({ kpi: 'roi', op: '>=', value: 4, text: 'roi>=4' });
    expect(parseCondition(' cacCny <= 50 ')).toMatchObject({ kpi: 'cacCny', op: '<=', value: 50 });
    expect(parseCondition('onTimeRate>=98%')).toMatchObject({ value: 0.98, text: 'onTimeRate>=0.98' });
  });

  it('names the flag, suggests a close KPI and refuses equality', () => {
    expect(() => parseCondition('rio>=4', '--constraint')).toThrow(/--constraint rio>=4: unknown KPI "rio"; did you mean "roi"\?/);
    expect(() => parseCondition('roi=4')).toThrow(KpiConditionError);
    expect(() => parseCondition('roi>=four')).toThrow(/"four" is not a number/);
    expect(() => parseCondition('roi')).toThrow(/expected KPI>=VALUE/);
  });

  it('meets and shortfall follow the operator; a non-finite value never meets', () => {
    const c = parseCondition('cacCny<=50');
    expect(meets(c, 50)).toBe(true);
    expect(meets(c, 50.1)).toBe(false);
    expect(meets(c, NaN)).toBe(false);
    expect(shortfall(c, 40)).toBe(0);
    expect(shortfall(c, 60)).toBeCloseTo(0.2, 12);
    expect(shortfall(parseCondition('roi>0.5'), 0.25)).toBeCloseTo(0.25, 12);
  });
});

describe('cvarLower', () => {
  it('is the mean of the worst 5 % with the boundary replication counted by its fraction', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => (i + 1) * 10); // worst is 10
    expect(cvarLower(twenty)).toBe(10);
    const forty = Array.from({ length: 40 }, (_, i) => i); // worst two: 0, 1
    expect(cvarLower(forty)).toBe(0.5);
    // 10 values: the tail is half a replication, i.e. the worst one
    expect(cvarLower([5, 3, 9, 1, 7, 2, 8, 4, 6, 10])).toBe(1);
    // 30 values: 1.5 replications: (0 + 0.5 × 1) / 1.5
    expect(cvarLower(Array.from({ length: 30 }, (_, i) => i))).toBeCloseTo(1 / 3, 12);
    expect(cvarLower([NaN])).toBeNaN();
  });
});

describe('wilson', () => {
  it('gives the 95 % Wilson interval, which stays inside 0–1 and is not empty at the ends', () => {
    const w = wilson(3, 10);
    expect(w.p).toBe(0.3);
    expect(w.low).toBeCloseTo(0.1078, 4);
    expect(w.high).toBeCloseTo(0.6032, 4);
    const none = wilson(0, 20);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.1611, 4);
  });
});

describe('assessRisk', () => {
  it('counts losses, days below zero cash and met targets over the replications', () => {
    const runs = [
      fakeRun({ replication: 0, kpis: { profitCny: -100, minCashCny: -5, roi: 5, cacCny: 40 } }),
      fakeRun({ replication: 1, kpis: { profitCny: 200, minCashCny: 10, roi: 3, cacCny: 60 } }),
      fakeRun({ replication: 2, kpis: { profitCny: 300, minCashCny: 10, roi: 4, cacCny: NaN } }),
      fakeRun({ replication: 3, kpis: { profitCny: 400, minCashCny: -1, roi: 6, cacCny: 45 } }),
    ];
    const risk = assessRisk(runs, [parseCondition('roi>=4'), parseCondition('cacCny<=50')]);
    expect(risk.loss.p).toBe(0.25);
    expect(risk.cashShortfall.p).toBe(0.5);
    expect(risk.cvar5ProfitCny).toBe(-100);
    expect(risk.targets[0].met).toMatchObject({ p: 0.75, n: 4 });
    expect(risk.targets[0].mean).toBe(4.5);
    expect(risk.targets[0].meanMeets).toBe(true);
    // CAC is undefined in one run: the share is over the three where it is defined
    expect(risk.targets[1].met).toMatchObject({ p: 2 / 3, n: 3 });
    expect(risk.targets[1].meanMeets).toBe(true);
  });
});
