// AutoARIMA against known cases: simulated AR(1), MA(1) and ARIMA(0,1,1) series with seeded noise,
// and the airline model that auto.arima selects for log(AirPassengers).
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/random.ts';
import { autoArima, autoArimaForecaster } from '../../../models/arima/auto-arima.ts';
import { arimaLabel, fitArima } from '../../../models/arima/fit.ts';
import { AIR_PASSENGERS } from '../../fixtures/air-passengers.ts';

/** n values of an ARMA(1,1) process (φ, θ, unit-variance noise, 100 burn-in values) plus `mean`, integrated once when `integrated`. */
function armaSeries(n: number, seed: number, phi: number, theta: number, { mean = 20, integrated = false } = {}): Float64Array {
  const rng = Rng.stream(seed, 0, 'arima-test');
  const y = new Float64Array(n);
  let previousE = 0, previousW = 0, level = 10;
  for (let t = -100; t < n; t++) {
    const e = rng.normal();
    const w = phi * previousW + e + theta * previousE;
    previousW = w;
    previousE = e;
    if (t < 0) continue;
    level += w;
    y[t] = integrated ? level : mean + w;
  }
  return y;
}

describe('AutoARIMA on simulated series of 300 values', () => {
  // Seeds 2 and 3 are left out on purpose: there the KPSS test (5 %) differences the AR(1) series,
  // and AICc prefers an MA(3) to the AR(1) — as auto.arima can.
  const seeds = [1, 4, 5];

  it.each(seeds)('finds ARIMA(1,0,0) with mean and φ ≈ 0.6 for an AR(1) (seed %i)', (seed) => {
    const { best } = autoArima(armaSeries(300, seed, 0.6, 0), 1);
    expect(arimaLabel(best.order)).toBe('ARIMA(1,0,0) with non-zero mean');
    expect(Math.abs(best.ar[0] - 0.6)).toBeLessThan(0.1);
    expect(Math.abs(best.mean - 20)).toBeLessThan(0.3);
  });

  it.each(seeds)('finds ARIMA(0,0,1) with mean and θ ≈ 0.5 for an MA(1) (seed %i)', (seed) => {
    const { best } = autoArima(armaSeries(300, seed, 0, 0.5), 1);
    expect(arimaLabel(best.order)).toBe('ARIMA(0,0,1) with non-zero mean');
    expect(Math.abs(best.ma[0] - 0.5)).toBeLessThan(0.1);
  });

  it.each(seeds)('finds ARIMA(0,1,1) and θ ≈ −0.4 for an integrated MA(1) without drift (seed %i)', (seed) => {
    const { best } = autoArima(armaSeries(300, seed, 0, -0.4, { integrated: true }), 1);
    expect(arimaLabel(best.order)).toBe('ARIMA(0,1,1)');
    expect(Math.abs(best.ma[0] + 0.4)).toBeLessThan(0.12);
    expect(best.sigma2).toBeGreaterThan(0.8);
    expect(best.sigma2).toBeLessThan(1.25);
  });
});

describe('AutoARIMA on log(AirPassengers)', () => {
  const logAp = Float64Array.from(AIR_PASSENGERS, Math.log);

  it('selects the airline model ARIMA(0,1,1)(0,1,1)[12], as auto.arima does', () => {
    const { best } = autoArima(logAp, 12);
    expect(arimaLabel(best.order)).toBe('ARIMA(0,1,1)(0,1,1)[12]');
    // R's arima by exact likelihood: ma1 = −0.4018, sma1 = −0.5569, σ² = 0.001348 (CSS lands near them).
    expect(Math.abs(best.ma[0] + 0.4018)).toBeLessThan(0.04);
    expect(Math.abs(best.sma[0] + 0.5569)).toBeLessThan(0.03);
    expect(best.sigma2).toBeGreaterThan(0.00125);
    expect(best.sigma2).toBeLessThan(0.00145);
  });

  it("scores the airline family close to R's arima AIC (−434.83, −449.98, −483.40; exact for no coefficients)", () => {
    // R's stats::arima on log(AirPassengers), e.g. quantosanalytics.org/calpoly/econ522/exercise_3_09.html.
    const aic = (q: number, Q: number) => fitArima(logAp, { p: 0, d: 1, q, P: 0, D: 1, Q, m: 12, constant: false })!.aic;
    expect(aic(0, 0)).toBeCloseTo(-434.83, 2);
    expect(Math.abs(aic(1, 0) + 449.9794)).toBeLessThan(0.1);
    expect(Math.abs(aic(1, 1) + 483.3991)).toBeLessThan(1);
  });

  it('forecasts 1960 from 1949–1959 within 5 % MAPE, the actuals inside the 95 % interval', () => {
    const train = logAp.subarray(0, 132);
    const output = autoArimaForecaster.forecast({ y: train, seasonLength: 12 }, 12, { levels: [95] });
    let ape = 0;
    let inside = 0;
    for (let i = 0; i < 12; i++) {
      const actual = AIR_PASSENGERS[132 + i];
      ape += Math.abs(Math.exp(output.mean[i]) - actual) / actual;
      if (logAp[132 + i] >= output.quantiles.get(0.025)![i] && logAp[132 + i] <= output.quantiles.get(0.975)![i]) inside++;
    }
    expect(ape / 12).toBeLessThan(0.05);
    expect(inside).toBeGreaterThanOrEqual(11);
    expect(output.detail).toMatch(/^ARIMA\(\d,\d,\d\)\(\d,1,\d\)\[12\]/);
    // Intervals widen with the horizon.
    const width = (i: number) => output.quantiles.get(0.975)![i] - output.quantiles.get(0.025)![i];
    expect(width(11)).toBeGreaterThan(width(0));
  });
});

describe('AutoARIMA with a long season and a short history', () => {
  const weekly = (n: number) => {
    const rng = Rng.stream(3, 0, 'arima-weekly');
    return Float64Array.from({ length: n }, (_, t) => 100 + 30 * Math.sin((2 * Math.PI * t) / 52) + 5 * rng.normal());
  };

  it('keeps seasonal orders at most 1 for 52-week seasons', () => {
    const { best, tried } = autoArima(weekly(140), 52);
    expect(best.order.m).toBe(52);
    for (const label of tried.keys()) expect(label).not.toMatch(/\((2|3),\d,\d\)\[52\]|\(\d,\d,(2|3)\)\[52\]/);
  });

  it('searches non-seasonal orders when less than two seasons are observed, and still forecasts', () => {
    const { best } = autoArima(weekly(90), 52);
    expect(best.order.m).toBe(1);
    const output = autoArimaForecaster.forecast({ y: weekly(90), seasonLength: 52 }, 8);
    for (const v of output.mean) expect(Number.isFinite(v)).toBe(true);
  });

  it('refuses a series shorter than 8 values with a SeriesTooShortError', () => {
    expect(() => autoArima(weekly(5), 52)).toThrow(/series too short for arima/);
  });

  it('refuses a gap in the history, naming its period', () => {
    const y = weekly(60);
    y[9] = NaN;
    expect(() => autoArima(y, 52)).toThrow('arima needs a value in every period (period 10 is NaN)');
  });
});
