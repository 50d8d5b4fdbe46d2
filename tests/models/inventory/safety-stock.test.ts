import { describe, expect, it } from 'vitest';
import { evaluateReorderPoint, leadTimeDemand, reorderPointForServiceLevel } from '../../../models/inventory/safety-stock.ts';
import { cycleServiceLevel, cycleServiceLevelFromFillRate, expectedShortagePerCycle, fillRate, fillRateFromCycleServiceLevel, safetyStockForFillRate } from '../../../models/inventory/service.ts';

const chopra = { demandMean: 2500, demandSd: 500, leadTime: 2 };

describe('safety stock and reorder point', () => {
  it('give safety stock 1,000 and CSL 0.92 for a reorder point of 6,000 (Chopra–Meindl: weekly demand 2,500, σ 500, L = 2 weeks)', () => {
    const result = evaluateReorderPoint(chopra, 6000);
    expect(result.leadTimeDemand.mean).toBe(5000);
    expect(Math.round(result.leadTimeDemand.sd)).toBe(707);
    expect(result.safetyStock).toBe(1000);
    expect(result.cycleServiceLevel).toBeCloseTo(0.92, 2);
  });

  it('need 906 units of safety stock for a CSL of 0.90 in the same example', () => {
    const result = reorderPointForServiceLevel(chopra, 0.9);
    expect(Math.round(result.safetyStock)).toBe(906);
    expect(Math.round(result.reorderPoint)).toBe(5906);
  });

  it('add lead-time variability as σ_LTD = √(L σ_d² + d² σ_L²): 17,550 and safety stock 22,491 (Chopra–Meindl: d = 2,500/day, σ 500, L = 7, s_L = 7 days, CSL 0.90)', () => {
    const input = { demandMean: 2500, demandSd: 500, leadTime: 7, leadTimeSd: 7 };
    expect(Math.round(leadTimeDemand(input).sd)).toBe(17_550);
    expect(Math.round(reorderPointForServiceLevel(input, 0.9).safetyStock)).toBe(22_491);
  });

  it('grow with the lead-time spread and reduce to √L σ_d without it', () => {
    expect(leadTimeDemand({ demandMean: 10, demandSd: 3, leadTime: 4 }).sd).toBeCloseTo(6, 12);
    const sds = [0, 0.5, 1, 2].map((leadTimeSd) => leadTimeDemand({ demandMean: 10, demandSd: 3, leadTime: 4, leadTimeSd }).sd);
    for (let i = 1; i < sds.length; i++) expect(sds[i]).toBeGreaterThan(sds[i - 1]);
  });

  it('names a bad parameter', () => {
    expect(() => reorderPointForServiceLevel(chopra, 1)).toThrow(/cycleServiceLevel: expected a probability strictly between 0 and 1, got 1/);
    expect(() => leadTimeDemand({ ...chopra, leadTime: -1 })).toThrow(/leadTime: expected a number ≥ 0/);
  });
});

describe('fill rate and cycle service level', () => {
  const sigmaL = Math.sqrt(2) * 500;

  it('give ESC = 25.13 and fill rate 0.9975 for safety stock 1,000 and Q = 10,000 (Chopra–Meindl fill-rate example)', () => {
    expect(expectedShortagePerCycle(1000, sigmaL)).toBeCloseTo(25.13, 2);
    expect(fillRate(1000, sigmaL, 10_000)).toBeCloseTo(0.9975, 4);
  });

  it('need 67 units of safety stock for a 97.5 % fill rate with Q = 10,000 (Chopra–Meindl)', () => {
    expect(Math.round(safetyStockForFillRate(0.975, sigmaL, 10_000))).toBe(67);
  });

  it('reproduce Chopra–Meindl Exercise 11-4 (Sam\'s Club HP printers: 250/week, σ 150, L = 2, Q = 1,000, ROP 600): CSL 0.68, ESC 43.86, fill rate 0.96', () => {
    const result = evaluateReorderPoint({ demandMean: 250, demandSd: 150, leadTime: 2 }, 600);
    expect(result.safetyStock).toBe(100);
    expect(result.cycleServiceLevel).toBeCloseTo(0.68, 2);
    expect(expectedShortagePerCycle(100, result.leadTimeDemand.sd)).toBeCloseTo(43.86, 2);
    expect(fillRate(100, result.leadTimeDemand.sd, 1000)).toBeCloseTo(0.96, 2);
  });

  it('keeps the fill rate at most 1 and increasing in safety stock', () => {
    let previous = 0;
    for (let ss = -3000; ss <= 3000; ss += 100) {
      const fr = fillRate(ss, sigmaL, 2000);
      expect(fr).toBeLessThanOrEqual(1);
      expect(fr).toBeGreaterThanOrEqual(previous);
      previous = fr;
    }
    expect(previous).toBeGreaterThan(0.99999);
  });

  it('converts between the two measures and back', () => {
    for (const csl of [0.6, 0.8, 0.95, 0.99]) {
      const fr = fillRateFromCycleServiceLevel(csl, sigmaL, 10_000);
      expect(fr).toBeGreaterThan(csl); // large lots: the fill rate exceeds the CSL
      expect(cycleServiceLevelFromFillRate(fr, sigmaL, 10_000)).toBeCloseTo(csl, 9);
    }
    expect(cycleServiceLevel(0, sigmaL)).toBe(0.5);
  });
});
