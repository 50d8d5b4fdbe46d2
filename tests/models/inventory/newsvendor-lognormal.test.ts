import { describe, expect, it } from 'vitest';
import { evaluateNewsvendorLognormal, lognormalFromMoments, newsvendorLognormal } from '../../../models/inventory/newsvendor.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), Problem 4.8(b): overage cost h = 1,
// underage cost p = 0.1765, ln D ~ N(6, 0.3²). As prices: cost 1, price 1.1765, no salvage.
const prices = { unitPrice: 1.1765, unitCost: 1 };
const demand = { logMean: 6, logSd: 0.3 };

describe('the newsvendor with lognormal demand', () => {
  it('orders 295.63 at an expected mismatch cost of 29.44 (Snyder & Shen Problem 4.8(b))', () => {
    const r = newsvendorLognormal(demand, prices);
    expect(r.orderQuantity).toBeCloseTo(295.6266448071368, 6);
    expect(r.expectedMismatchCost).toBeCloseTo(29.44254358213529, 5);
    expect(r.inStockProbability).toBeCloseTo(0.1765 / 1.1765, 12);
  });

  it('costs 34.59 when ordering 350 instead (Snyder & Shen Problem 4.8(b))', () => {
    expect(evaluateNewsvendorLognormal(350, demand, prices).expectedMismatchCost).toBeCloseTo(34.588836685654854, 5);
  });

  it('matches a numerical integral of the shortage, and no nearby order beats the optimum', () => {
    const q = 320;
    let shortage = 0;
    const dx = 0.05;
    for (let x = q + dx / 2; x < 4000; x += dx) {
      const density = Math.exp(-((Math.log(x) - 6) ** 2) / (2 * 0.09)) / (x * 0.3 * Math.sqrt(2 * Math.PI));
      shortage += (x - q) * density * dx;
    }
    expect(evaluateNewsvendorLognormal(q, demand, prices).expectedShortage).toBeCloseTo(shortage, 4);
    const best = newsvendorLognormal(demand, prices);
    for (const d of [-5, 5]) expect(evaluateNewsvendorLognormal(best.orderQuantity + d, demand, prices).expectedMismatchCost).toBeGreaterThan(best.expectedMismatchCost);
  });

  it('recovers the mean and sd it was built from', () => {
    const { logMean, logSd } = lognormalFromMoments(400, 120);
    expect(Math.exp(logMean + logSd ** 2 / 2)).toBeCloseTo(400, 9);
    expect(Math.sqrt((Math.exp(logSd ** 2) - 1) * Math.exp(2 * logMean + logSd ** 2))).toBeCloseTo(120, 9);
    expect(() => lognormalFromMoments(0, 5)).toThrow(/^mean: expected a number > 0/);
  });
});
