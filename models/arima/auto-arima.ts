// AutoARIMA (Hyndman & Khandakar 2008; forecast::auto.arima, statsforecast's AutoARIMA): D from
// the seasonal strength, d from KPSS tests, then a stepwise search over (p,q)(P,Q) by AICc, each
// order fitted by CSS (see fit.ts; no exact-likelihood refit). A constant (mean or drift) is
// allowed when d + D ≤ 1. Long seasons (m > 12, e.g. 52 weeks) keep P, Q ≤ 1; a season the history
// cannot support (fewer than two seasons for D, too few values for a seasonal lag) is left out and
// the search is non-seasonal. Covariates enter by two-stage regression (regression + ARIMA errors).
import { ModelError } from '../errors.ts';
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { withCovariates } from '../covariates.ts';
import { checkHorizon, defineForecaster, normalOutput } from '../output.ts';
import { arimaLabel, fitArima, MIN_RESIDUALS, type ArimaFit, type ArimaOrder } from './fit.ts';
import { predictArima } from './predict.ts';
import { difference } from './polynomial.ts';
import { isConstant, regularDifferences, seasonalDifferences } from './unit-root.ts';

/** Search limits (auto.arima's defaults; P, Q ≤ 1 for seasons longer than 12). */
export const ARIMA_LIMITS = { maxP: 5, maxQ: 5, maxSeasonalP: 2, maxSeasonalQ: 2, maxModels: 94 };
/** Fewest observations AutoARIMA fits (shorter series go to the fallback). */
export const ARIMA_MIN_LENGTH = 8;

/** What the search did: the chosen fit and every order it fitted, by label, with its AICc. */
export interface ArimaSearch {
  best: ArimaFit;
  tried: Map<string, number>;
}

/**
 * Chooses d, D and the orders for y with season length m (1: non-seasonal) and fits the best.
 * Throws SeriesTooShortError when not even ARIMA(0,d,0) leaves enough residuals.
 */
export function autoArima(y: Float64Array, m: number): ArimaSearch {
  const n = y.length;
  if (n < ARIMA_MIN_LENGTH) throw new SeriesTooShortError('arima', ARIMA_MIN_LENGTH, n);
  for (let t = 0; t < n; t++) if (!Number.isFinite(y[t])) throw new ModelError('series.gap', { model: 'arima', period: t + 1, value: String(y[t]) });
  let season = m >= 2 && n >= 2 * m ? m : 1;
  const D = season > 1 && !isConstant(y) ? seasonalDifferences(y, season) : 0;
  const d = regularDifferences(D > 0 ? difference(y, season, D) : y);
  // A seasonal lag needs MIN_RESIDUALS values beyond it in the differenced series.
  const differencedLength = n - d - D * season;
  const seasonalTerms = season > 1 && differencedLength >= season + MIN_RESIDUALS + 2;
  if (!seasonalTerms && D === 0) season = 1;
  const maxSP = !seasonalTerms ? 0 : season > 12 ? 1 : ARIMA_LIMITS.maxSeasonalP;
  const maxSQ = !seasonalTerms ? 0 : season > 12 ? 1 : ARIMA_LIMITS.maxSeasonalQ;
  const allowConstant = d + D <= 1;

  const tried = new Map<string, number>();
  let best: ArimaFit | undefined;
  const admissible = (o: ArimaOrder) =>
    o.p >= 0 && o.q >= 0 && o.P >= 0 && o.Q >= 0 && o.p <= ARIMA_LIMITS.maxP && o.q <= ARIMA_LIMITS.maxQ && o.P <= maxSP && o.Q <= maxSQ;
  /** Fits an order once (warm-started from `from`); true when it beats the best so far. */
  const consider = (o: ArimaOrder, from?: ArimaFit): boolean => {
    const label = arimaLabel(o);
    if (!admissible(o) || (o.constant && !allowConstant) || tried.has(label) || tried.size >= ARIMA_LIMITS.maxModels) return false;
    const fit = fitArima(y, o, from?.reflections);
    tried.set(label, fit ? fit.aicc : Infinity);
    if (!fit) return false;
    if (best === undefined || fit.aicc < best.aicc) {
      best = fit;
      return true;
    }
    return false;
  };
  const order = (p: number, q: number, P: number, Q: number, constant = allowConstant): ArimaOrder => ({ p, d, q, P: season > 1 ? P : 0, D, Q: season > 1 ? Q : 0, m: season, constant });
  // Hyndman–Khandakar's four starting models (and the plain one without constant), seasonal
  // orders capped by what the season allows.
  const sP = Math.min(1, maxSP), sQ = Math.min(1, maxSQ);
  consider(order(2, 2, sP, sQ));
  consider(order(0, 0, 0, 0));
  consider(order(1, 0, sP, 0));
  consider(order(0, 1, 0, sQ));
  if (allowConstant) consider(order(0, 0, 0, 0, false));
  // Stepwise: move to the first neighbour that lowers the AICc, until none does.
  for (let improved = true; improved && best !== undefined; ) {
    improved = false;
    const b: ArimaFit = best;
    const { p, q, P, Q, constant } = b.order;
    const moves: [number, number, number, number, boolean][] = [
      [p, q, P - 1, Q, constant], [p, q, P + 1, Q, constant], [p, q, P, Q - 1, constant], [p, q, P, Q + 1, constant],
      [p, q, P - 1, Q - 1, constant], [p, q, P + 1, Q + 1, constant], [p, q, P - 1, Q + 1, constant], [p, q, P + 1, Q - 1, constant],
      [p - 1, q, P, Q, constant], [p + 1, q, P, Q, constant], [p, q - 1, P, Q, constant], [p, q + 1, P, Q, constant],
      [p - 1, q - 1, P, Q, constant], [p + 1, q + 1, P, Q, constant], [p - 1, q + 1, P, Q, constant], [p + 1, q - 1, P, Q, constant],
      [p, q, P, Q, !constant],
    ];
    for (const [mp, mq, mP, mQ, mc] of moves) {
      if (season === 1 && (mP !== 0 || mQ !== 0)) continue;
      if (consider(order(mp, mq, mP, mQ, mc), b)) {
        improved = true;
        break;
      }
    }
  }
  if (best === undefined) throw new SeriesTooShortError('arima', n + MIN_RESIDUALS, n);
  return { best, tried };
}

function coefficientText(fit: ArimaFit): string {
  const parts: string[] = [];
  const add = (name: string, values: Float64Array) => values.forEach((v, i) => parts.push(`${name}${i + 1}=${v.toFixed(3)}`));
  add('ar', fit.ar);
  add('ma', fit.ma);
  add('sar', fit.sar);
  add('sma', fit.sma);
  if (fit.order.constant) parts.push(`${fit.order.d + fit.order.D === 0 ? 'mean' : 'drift'}=${fit.mean.toPrecision(4)}`);
  return parts.join(' ');
}

function fitAutoArima(series: SeriesInput): FittedModel {
  const y = series.y;
  const m = Math.max(1, Math.floor(series.seasonLength));
  const { best } = autoArima(y, m);
  return {
    predict(h, options) {
      checkHorizon(h);
      const prediction = predictArima(y, best, h);
      const output = normalOutput('arima', prediction.mean, prediction.sd, options, prediction.fitted);
      output.detail = `${arimaLabel(best.order)} ${coefficientText(best)} σ²=${best.sigma2.toPrecision(4)} AICc=${best.aicc.toFixed(1)} (CSS)`.replace('  ', ' ');
      return output;
    },
  };
}

/** AutoARIMA, registered as `arima`. */
export const autoArimaForecaster = defineForecaster('arima', ARIMA_MIN_LENGTH, withCovariates(fitAutoArima));
