// Simple exponential smoothing against textbook numbers.
import { describe, expect, it } from 'vitest';
import { fitEts } from '../../../models/ets/fit.ts';
import { ses } from '../../../models/ets/ses.ts';

// Saudi Arabian oil production 1996–2013 (millions of tonnes), the SES example of Hyndman &
// Athanasopoulos, Forecasting: Principles and Practice (2nd ed.), §7.1, where `ses(oildata)`
// reports α = 0.8339, ℓ0 = 446.5868, σ = 29.8282 and a point forecast of 542.68.
const OIL = Float64Array.from([445.36, 453.2, 454.41, 422.38, 456.04, 440.39, 425.19, 486.21, 500.43, 521.28, 508.95, 488.89, 509.87, 456.72, 473.82, 525.95, 549.83, 542.34]);

describe('ses', () => {
  it('reproduces the fpp2 forecast of the oil data when given its parameters', () => {
    const fit = fitEts(OIL, 1, { error: 'A', trend: 'N', season: 'N' }, { fixed: { alpha: 0.8339, l0: 446.5868 } });
    expect(fit.level).toBeCloseTo(542.68, 2);
  });

  it('finds the fpp2 maximum-likelihood parameters of the oil data', () => {
    const fit = fitEts(OIL, 1, { error: 'A', trend: 'N', season: 'N' });
    expect(fit.alpha).toBeCloseTo(0.8339, 2);
    expect(fit.l0).toBeCloseTo(446.59, 0);
    expect(Math.sqrt(fit.sigma2)).toBeCloseTo(29.83, 1);
    const output = ses.forecast({ y: OIL, seasonLength: 1 }, 3);
    for (const v of output.mean) expect(v).toBeCloseTo(542.68, 1);
  });

  it('matches a hand recursion ℓt = αyt + (1 − α)ℓt−1 with fixed α and ℓ0', () => {
    const y = Float64Array.from([10, 12, 11, 15, 14]);
    let level = 10;
    for (const v of y) level = 0.3 * v + 0.7 * level;
    const fit = fitEts(y, 1, { error: 'A', trend: 'N', season: 'N' }, { fixed: { alpha: 0.3, l0: 10 } });
    expect(fit.level).toBeCloseTo(level, 12);
  });

  it('widens its analytic interval as σ√(1 + (h − 1)α²)', () => {
    const fit = fitEts(OIL, 1, { error: 'A', trend: 'N', season: 'N' });
    const output = ses.forecast({ y: OIL, seasonLength: 1 }, 3, { levels: [95] });
    const sigma = Math.sqrt(fit.sigma2);
    for (let i = 0; i < 3; i++) {
      const sd = sigma * Math.sqrt(1 + i * fit.alpha ** 2);
      expect(output.quantiles.get(0.975)![i] - output.mean[i]).toBeCloseTo(1.959963984540054 * sd, 4);
    }
  });
});
