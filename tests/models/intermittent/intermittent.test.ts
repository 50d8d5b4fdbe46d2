// Croston, SBA, TSB and ADIDA on worked examples computed by hand.
import { describe, expect, it } from 'vitest';
import { crostonPass } from '../../../models/intermittent/croston-kernel.ts';
import { croston } from '../../../models/intermittent/croston.ts';
import { sba } from '../../../models/intermittent/sba.ts';
import { tsb, tsbPass } from '../../../models/intermittent/tsb.ts';
import { adida, aggregationLevel, optimisedSes } from '../../../models/intermittent/adida.ts';
import { intermittentSeries } from '../../fixtures/forecast-series.ts';

// Demand 0, 3, 0, 0, 5, 0, 2 with α = 0.1. First demand (t=1): size 3, interval 2.
// t=4: size 3 + 0.1·(5 − 3) = 3.2, interval 2 + 0.1·(3 − 2) = 2.1.
// t=6: size 3.2 + 0.1·(2 − 3.2) = 3.08, interval 2.1 + 0.1·(2 − 2.1) = 2.09.
// Croston = 3.08 / 2.09 = 1.473684…; SBA = 0.95 × that = 1.4.
const Y = Float64Array.from([0, 3, 0, 0, 5, 0, 2]);

describe('Croston', () => {
  it('forecasts size/interval of the worked example', () => {
    const pass = crostonPass(Y, 0.1, 1);
    expect(pass.forecast).toBeCloseTo(3.08 / 2.09, 12);
    expect(croston.forecast({ y: Y, seasonLength: 7 }, 3).mean[2]).toBeCloseTo(3.08 / 2.09, 12);
  });

  it('has one-step fitted values that are NaN before the first demand and the running ratio after', () => {
    const { fitted } = crostonPass(Y, 0.1, 1);
    expect(fitted[0]).toBeNaN();
    expect(fitted[1]).toBeNaN();
    expect(fitted[2]).toBeCloseTo(3 / 2, 12);
    expect(fitted[5]).toBeCloseTo(3.2 / 2.1, 12);
  });

  it('forecasts 0 for a series without demand', () => {
    expect(crostonPass(new Float64Array(5), 0.1, 1).forecast).toBe(0);
  });

  it('treats negative values (returns) as no demand', () => {
    const withReturn = Float64Array.from([0, 3, -1, 0, 5, 0, 2]);
    expect(crostonPass(withReturn, 0.1, 1).forecast).toBeCloseTo(3.08 / 2.09, 12);
  });
});

describe('SBA', () => {
  it('is Croston times 1 − α/2', () => {
    expect(sba.forecast({ y: Y, seasonLength: 7 }, 1).mean[0]).toBeCloseTo(1.4, 12);
  });
});

describe('TSB', () => {
  it('smooths the demand probability every period and the size on demand', () => {
    // p: 0 → 0.1 → 0.09 → 0.081 → 0.1729 → 0.15561 → 0.240049; size: 3 → 3.2 → 3.08.
    const pass = tsbPass(Y, 0.1, 0.1);
    expect(pass.forecast).toBeCloseTo(0.240049 * 3.08, 10);
    expect(tsb.forecast({ y: Y, seasonLength: 7 }, 2).mean[1]).toBeCloseTo(0.240049 * 3.08, 10);
  });

  it('decays toward zero when demand stops', () => {
    const dying = Float64Array.from([...Array(30)].map((_, t) => (t < 15 && t % 2 === 0 ? 4 : 0)));
    const early = tsbPass(dying.subarray(0, 16), 0.1, 0.1).forecast;
    const late = tsbPass(dying, 0.1, 0.1).forecast;
    expect(late).toBeLessThan(0.5 * early);
  });
});

describe('ADIDA', () => {
  it('aggregates into buckets of the mean interval between demands', () => {
    // Demands at 1, 4, 6: (6 − 1) / 2 = 2.5 → 3 (rounded half up).
    expect(aggregationLevel(Y)).toBe(3);
  });

  it('spreads the SES forecast of bucket sums evenly over the bucket', () => {
    // Buckets from the end: [0,0,5] and [0,2] …: n = 7, k = 3 → offset 1: [3,0,0]=3, [5,0,2]=7.
    const ses = optimisedSes(Float64Array.from([3, 7]));
    const output = adida.forecast({ y: Y, seasonLength: 7 }, 2);
    expect(output.mean[0]).toBeCloseTo(ses.level / 3, 12);
  });

  it('picks α by least squares on the bucket series', () => {
    // A step from 1 to 5 is best followed at once: α at the top of the grid.
    expect(optimisedSes(Float64Array.from([1, 5, 5, 5, 5])).alpha).toBeCloseTo(0.99, 6);
  });
});

describe('conformal intervals of the intermittent methods', () => {
  it('cover roughly their level on fresh data from the same process and are never negative', () => {
    for (const model of [croston, sba, tsb, adida]) {
      let inside = 0;
      let total = 0;
      for (let seed = 1; seed <= 20; seed++) {
        const y = intermittentSeries(228, seed, 3, 3);
        const output = model.forecast({ y: y.subarray(0, 200), seasonLength: 7 }, 28, { levels: [90] });
        for (let i = 0; i < 28; i++) {
          total++;
          if (y[200 + i] >= output.quantiles.get(0.05)![i] && y[200 + i] <= output.quantiles.get(0.95)![i]) inside++;
          expect(output.quantiles.get(0.05)![i]).toBeGreaterThanOrEqual(0);
        }
      }
      expect(inside / total).toBeGreaterThan(0.8);
    }
  });
});
