// Demand totals over a lead time, and intermittent intervals that widen with the horizon.
import { describe, expect, it } from 'vitest';
import { leadTimeDemand } from '../../models/lead-time.ts';
import { selectEts } from '../../models/ets/ets-forecaster.ts';
import { sba } from '../../models/intermittent/sba.ts';
import { intermittentSeries, whiteNoise } from '../fixtures/forecast-series.ts';
import { normalQuantile } from '../../sim/math/normal.ts';

describe('lead-time demand', () => {
  it('gives the exact normal total of ETS(A,N,N): variance σ² Σ_k (1 + (L − k)α)²', () => {
    const y = whiteNoise(200, 4, 100, 10);
    const total = leadTimeDemand({ y, seasonLength: 1 }, 5, { levels: [95] });
    const fit = selectEts('ets', y, 1, [{ error: 'A', trend: 'N', season: 'N' }]);
    expect(total.method).toMatch(/^ETS\(A,N,N\).*exact normal total/);
    let variance = 0;
    for (let k = 1; k <= 5; k++) variance += (1 + (5 - k) * fit.alpha) ** 2;
    const sd = Math.sqrt(fit.sigma2 * variance);
    expect(total.mean).toBeCloseTo(5 * fit.level, 6);
    expect(total.quantiles.get(0.975)!).toBeCloseTo(5 * fit.level + normalQuantile(0.975) * sd, 6);
  });

  it('adds up intermittent demand with empirical quantiles that grow with the lead time', () => {
    const y = intermittentSeries(300, 8, 4, 3);
    const short = leadTimeDemand({ y, seasonLength: 7 }, 2);
    const long = leadTimeDemand({ y, seasonLength: 7 }, 10);
    expect(long.method).toMatch(/^SBA rate × 10/);
    expect(long.mean).toBeCloseTo(5 * short.mean, 9);
    expect(long.quantiles.get(0.9)!).toBeGreaterThan(short.quantiles.get(0.9)!);
    expect(long.quantiles.get(0.1)!).toBeLessThanOrEqual(long.mean);
  });

  it('rejects a lead time that is not a whole number of periods', () => {
    expect(() => leadTimeDemand({ y: whiteNoise(50), seasonLength: 1 }, 2.5)).toThrow(/whole number of periods/);
  });
});

describe('intermittent intervals', () => {
  it('widen (never narrow) with the horizon', () => {
    const output = sba.forecast({ y: intermittentSeries(200, 9, 3, 4), seasonLength: 7 }, 20, { levels: [95] });
    const upper = output.quantiles.get(0.975)!;
    for (let i = 1; i < 20; i++) expect(upper[i]).toBeGreaterThanOrEqual(upper[i - 1]);
    expect(upper[19]).toBeGreaterThan(upper[0]);
  });
});
