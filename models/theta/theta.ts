// Theta forecasters with seasonal adjustment as in the M4 competition: if the ACF test finds the
// season, the series is divided by its classical multiplicative indices (additive on data with
// zeros), forecast by a Theta model, and re-seasoned. `theta`: the standard model (θ = 2);
// `autotheta`: the best in-sample MSE of STM, OTM, DSTM and DOTM (statsforecast's AutoTheta).
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { withCovariates } from '../covariates.ts';
import { checkHorizon, defineForecaster, normalOutput } from '../output.ts';
import { nelderMead } from '../../sim/math/nelderMead.ts';
import { classicalIndices, isSeasonal, reseason, seasonallyAdjust, type SeasonalIndices } from '../decompose/classical.ts';
import { linearTrend, thetaForecast, thetaPass, type ThetaState } from './kernel.ts';

/** One Theta variant: θ fixed at 2 (standard) or optimised; static or dynamic trend line. */
export interface ThetaVariant {
  label: 'STM' | 'OTM' | 'DSTM' | 'DOTM';
  optimiseTheta: boolean;
  dynamic: boolean;
}

export const THETA_VARIANTS: readonly ThetaVariant[] = [
  { label: 'STM', optimiseTheta: false, dynamic: false },
  { label: 'OTM', optimiseTheta: true, dynamic: false },
  { label: 'DSTM', optimiseTheta: false, dynamic: true },
  { label: 'DOTM', optimiseTheta: true, dynamic: true },
];

/** A fitted Theta model on the (seasonally adjusted) series. */
export interface ThetaFit {
  variant: ThetaVariant;
  alpha: number;
  theta: number;
  l0: number;
  state: ThetaState;
  /** Mean squared one-step error. */
  mse: number;
  n: number;
}

/** Fits one variant by least squares over α ∈ (0.01, 0.99), θ ∈ [1, 20] (if optimised) and ℓ₀. */
export function fitTheta(y: Float64Array, variant: ThetaVariant): ThetaFit {
  const n = y.length;
  const line = linearTrend(y);
  let scale = 0;
  for (let t = 0; t < n; t++) scale += Math.abs(y[t]);
  scale = Math.max(scale / n, 1e-8);
  const objective = (x: Float64Array): number => {
    const alpha = x[0];
    const theta = variant.optimiseTheta ? x[2] : 2;
    if (!(alpha > 0.01 && alpha < 0.99) || !(theta >= 1 && theta <= 20)) return Infinity;
    return thetaPass(y, alpha, theta, x[1], variant.dynamic, line.a, line.b, null, null);
  };
  const x0 = variant.optimiseTheta ? [0.5, y[0] / 2, 2] : [0.3, y[0] / 2];
  const steps = variant.optimiseTheta ? [0.1, 0.1 * scale, 0.5] : [0.1, 0.1 * scale];
  const result = nelderMead(objective, x0, { steps, maxEvaluations: 80 * x0.length, fTolerance: 1e-7, xTolerance: 1e-4 });
  const alpha = result.x[0];
  const theta = variant.optimiseTheta ? result.x[2] : 2;
  const state: ThetaState = { level: 0, a: 0, b: 0, sse: 0 };
  thetaPass(y, alpha, theta, result.x[1], variant.dynamic, line.a, line.b, state, null);
  return { variant, alpha, theta, l0: result.x[1], state, mse: state.sse / n, n };
}

function thetaForecaster(name: string, variants: readonly ThetaVariant[]) {
  return defineForecaster(
    name,
    3,
    withCovariates((series: SeriesInput): FittedModel => {
      const y = series.y;
      const m = Math.max(1, Math.floor(series.seasonLength));
      if (y.length < 3) throw new SeriesTooShortError(name, 3, y.length);
      const indices: SeasonalIndices | null = isSeasonal(y, m) ? classicalIndices(y, m) : null;
      const adjusted = indices ? seasonallyAdjust(y, indices) : y;
      let best: ThetaFit | undefined;
      for (const variant of variants) {
        const fit = fitTheta(adjusted, variant);
        if (best === undefined || fit.mse < best.mse) best = fit;
      }
      const fit = best!;
      const k = 2 + (fit.variant.optimiseTheta ? 1 : 0);
      const sigma = Math.sqrt(fit.state.sse / Math.max(1, fit.n - k));
      const detail = `${fit.variant.label} α=${fit.alpha.toFixed(3)} θ=${fit.theta.toFixed(2)}${indices ? `, ${indices.type} season ${m}` : ''}`;
      return {
        predict(h, options) {
          checkHorizon(h);
          const mean = new Float64Array(h);
          thetaForecast(fit.state, fit.alpha, fit.theta, fit.n, h, mean);
          const sd = new Float64Array(h);
          // SES forecast variance σ²(1 + (h − 1)α²) on the adjusted scale, re-seasoned with the mean.
          for (let i = 0; i < h; i++) sd[i] = sigma * Math.sqrt(1 + i * fit.alpha * fit.alpha);
          if (indices) {
            reseason(mean, indices, fit.n);
            if (indices.type === 'multiplicative') for (let i = 0; i < h; i++) sd[i] *= indices.index[(fit.n + i) % m];
          }
          const output = normalOutput(name, mean, sd, options);
          output.detail = detail;
          return output;
        },
      };
    }),
  );
}

/** Standard Theta (θ = 2, α and ℓ₀ fitted) on the seasonally adjusted series. */
export const theta = thetaForecaster('theta', [THETA_VARIANTS[0]]);
/** AutoTheta: the best of STM, OTM, DSTM, DOTM by in-sample MSE, on the seasonally adjusted series. */
export const autoTheta = thetaForecaster('autotheta', THETA_VARIANTS);
