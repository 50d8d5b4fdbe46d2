// The Theta state space model: recursive trend line, forecasts, and seasonal adjustment.
import { describe, expect, it } from 'vitest';
import { linearTrend, thetaForecast, thetaPass, type ThetaState } from '../../../models/theta/kernel.ts';
import { autoTheta, fitTheta, theta, THETA_VARIANTS } from '../../../models/theta/theta.ts';
import { whiteNoise } from '../../fixtures/forecast-series.ts';

describe('Theta kernel', () => {
  it('updates the dynamic trend line to the least-squares line of the data so far', () => {
    const y = whiteNoise(40, 5, 20, 4).map((v, t) => v + 0.7 * t);
    const state: ThetaState = { level: 0, a: 0, b: 0, sse: 0 };
    thetaPass(y, 0.3, 2, y[0] / 2, true, 0, 0, state, null);
    const line = linearTrend(y);
    expect(state.b).toBeCloseTo(line.b, 9);
    expect(state.a).toBeCloseTo(line.a, 9);
  });

  it('forecasts the next value as the one-step formula of the pass (h = 1 continues the fitted path)', () => {
    const y = Float64Array.from([3, 5, 4, 6, 7, 6, 8, 9]);
    const line = linearTrend(y);
    const state: ThetaState = { level: 0, a: 0, b: 0, sse: 0 };
    thetaPass(y, 0.4, 3, 1, false, line.a, line.b, state, null);
    const extended = Float64Array.from([...y, 0]);
    const fitted = new Float64Array(9);
    thetaPass(extended, 0.4, 3, 1, false, line.a, line.b, null, fitted);
    const out = new Float64Array(1);
    thetaForecast(state, 0.4, 3, y.length, 1, out);
    expect(out[0]).toBeCloseTo(fitted[8], 9);
  });

  it('extends a straight line with θ = 2 at half its slope plus the smoothed level (standard Theta)', () => {
    const y = Float64Array.from({ length: 30 }, (_, t) => 10 + 2 * t);
    const fit = fitTheta(y, THETA_VARIANTS[0]);
    expect(fit.theta).toBe(2);
    const out = new Float64Array(3);
    thetaForecast(fit.state, fit.alpha, fit.theta, fit.n, 3, out);
    expect(out[1] - out[0]).toBeCloseTo(1, 6); // B·(1 − 1/θ) = 2 · 1/2 per period
  });
});

describe('theta forecasters', () => {
  it('re-seasons the forecast of a seasonal series and says which variant and season it used', () => {
    const season = [1.3, 0.8, 1, 0.9];
    const y = Float64Array.from({ length: 40 }, (_, t) => (50 + t) * season[t % 4]);
    const output = autoTheta.forecast({ y, seasonLength: 4 }, 4);
    expect(output.detail).toMatch(/^(STM|OTM|DSTM|DOTM) .*multiplicative season 4$/);
    expect(output.mean[0] / output.mean[1]).toBeCloseTo(1.3 / 0.8, 1);
    expect(theta.forecast({ y, seasonLength: 4 }, 4).detail).toMatch(/^STM /);
  });
});
