// AutoETS model selection by AICc, and the simulated intervals of multiplicative models.
import { describe, expect, it } from 'vitest';
import { autoEts } from '../../../models/ets/auto-ets.ts';
import { selectEts } from '../../../models/ets/ets-forecaster.ts';
import { autoEtsSpecs } from '../../../models/ets/auto-ets.ts';
import { holtWinters } from '../../../models/ets/holt-winters.ts';
import { Rng } from '../../../sim/random.ts';
import { seasonalSeries, whiteNoise } from '../../fixtures/forecast-series.ts';

describe('AutoETS', () => {
  it('picks a seasonal model on clearly seasonal data', () => {
    for (const seed of [1, 2, 3]) {
      const fit = selectEts('ets', seasonalSeries(364, seed), 7, autoEtsSpecs(7));
      expect(fit.spec.season).not.toBe('N');
    }
  });

  it('picks a non-seasonal model without trend on white noise', () => {
    for (const seed of [4, 5, 6]) {
      const fit = selectEts('ets', whiteNoise(364, seed), 7, autoEtsSpecs(7));
      expect(fit.spec.season).toBe('N');
      expect(fit.spec.trend).toBe('N');
    }
  });

  it('considers no multiplicative model when the data has zeros', () => {
    const y = seasonalSeries(200, 7);
    y[50] = 0;
    const fit = selectEts('ets', y, 7, autoEtsSpecs(7));
    expect(fit.spec.error).toBe('A');
    expect(fit.spec.season).not.toBe('M');
  });

  it('lists the 15 combinations of Hyndman’s restricted ets for seasonal data, 6 without a season', () => {
    expect(autoEtsSpecs(7)).toHaveLength(15);
    expect(autoEtsSpecs(7).some((s) => s.error === 'A' && s.season === 'M')).toBe(false);
    expect(autoEtsSpecs(1)).toHaveLength(6);
  });

  it('reports its choice in the output detail', () => {
    const output = autoEts.forecast({ y: seasonalSeries(200, 8), seasonLength: 7 }, 7);
    expect(output.model).toBe('ets');
    expect(output.detail).toMatch(/^ETS\([AM],(N|A|Ad),[AM]\) α=/);
  });

  it('covers about 90 % of future values with its 90 % interval on an ETS(A,N,A) process', () => {
    const rng = Rng.stream(77, 0, 'coverage');
    let inside = 0;
    let total = 0;
    for (let r = 0; r < 30; r++) {
      const y = new Float64Array(260);
      let level = 100;
      for (let t = 0; t < y.length; t++) {
        const e = 4 * rng.normal();
        y[t] = level + 10 * Math.sin((2 * Math.PI * t) / 7) + e;
        level += 0.3 * e;
      }
      const output = autoEts.forecast({ y: y.subarray(0, 246), seasonLength: 7 }, 14, { levels: [90] });
      const lo = output.quantiles.get(0.05)!;
      const hi = output.quantiles.get(0.95)!;
      for (let i = 0; i < 14; i++) {
        total++;
        if (y[246 + i] >= lo[i] && y[246 + i] <= hi[i]) inside++;
      }
    }
    expect(inside / total).toBeGreaterThan(0.8);
    expect(inside / total).toBeLessThan(0.98);
  });
});

describe('Holt–Winters', () => {
  it('chooses a multiplicative season when the swing grows with the level, and simulates its intervals reproducibly', () => {
    const rng = Rng.stream(3, 0, 'hw');
    const y = Float64Array.from({ length: 280 }, (_, t) => (20 + 0.5 * t) * (1 + 0.4 * Math.sin((2 * Math.PI * t) / 7)) * (1 + 0.03 * rng.normal()));
    const a = holtWinters.forecast({ y, seasonLength: 7 }, 14, { levels: [95], seed: 1 });
    const b = holtWinters.forecast({ y, seasonLength: 7 }, 14, { levels: [95], seed: 1 });
    const c = holtWinters.forecast({ y, seasonLength: 7 }, 14, { levels: [95], seed: 2 });
    expect(a.detail).toMatch(/^ETS\(M,(A|Ad),M\)/);
    expect(Array.from(a.quantiles.get(0.975)!)).toEqual(Array.from(b.quantiles.get(0.975)!));
    expect(Array.from(a.quantiles.get(0.975)!)).not.toEqual(Array.from(c.quantiles.get(0.975)!));
    // Peaks grow with the level: the forecast keeps the multiplicative swing.
    const swing = Math.max(...a.mean) - Math.min(...a.mean);
    expect(swing).toBeGreaterThan(0.6 * (20 + 0.5 * 290));
  });
});
