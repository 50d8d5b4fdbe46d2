// Forecasts from a fitted ETS model: analytic normal intervals for the linear class (additive
// error, no multiplicative season: Hyndman et al. 2008, Table 6.1, class 1), simulated sample
// paths otherwise (multiplicative error or season), seeded.
import type { ForecastOutput, PredictOptions } from '../forecaster.ts';
import { checkHorizon, normalOutput, sampleOutput } from '../output.ts';
import { Rng } from '../../sim/random.ts';
import { ADDITIVE, MULTIPLICATIVE, NONE, dampedSum, etsPointForecast } from './kernel.ts';
import { etsLabel, type EtsFit } from './fit.ts';

/** Sample paths drawn for simulated intervals. */
export const SIMULATED_PATHS = 1000;

/** Human-readable description of a fit, e.g. "ETS(A,Ad,A) α=0.120 β=0.010 γ=0.050 φ=0.950". */
export function describeEts(fit: EtsFit): string {
  const parts = [`α=${fit.alpha.toFixed(3)}`];
  if (fit.spec.trend !== 'N') parts.push(`β=${fit.beta.toFixed(3)}`);
  if (fit.spec.season !== 'N') parts.push(`γ=${fit.gamma.toFixed(3)}`);
  if (fit.spec.trend === 'Ad') parts.push(`φ=${fit.phi.toFixed(3)}`);
  return `${etsLabel(fit.spec)} ${parts.join(' ')}`;
}

/** Point forecast and intervals for h periods from a fit; `model` names the output. */
export function predictEts(fit: EtsFit, model: string, h: number, options: PredictOptions = {}): ForecastOutput {
  checkHorizon(h);
  const trend = fit.spec.trend === 'N' ? NONE : ADDITIVE;
  const seasonType = fit.spec.season === 'N' ? NONE : fit.spec.season === 'A' ? ADDITIVE : MULTIPLICATIVE;
  const m = fit.m;
  const start = fit.fitted.length % m;
  const mean = new Float64Array(h);
  etsPointForecast(h, m, trend, seasonType, fit.phi, fit.level, fit.slope, fit.season, start, mean);
  const sigma = Math.sqrt(fit.sigma2);
  let output: ForecastOutput;
  if (fit.spec.error === 'A' && seasonType !== MULTIPLICATIVE) {
    // var_h = σ²(1 + Σ_{j<h} c_j²), c_j = α + β·φ_j + γ·[j mod m = 0].
    const sd = new Float64Array(h);
    let sum = 0;
    for (let i = 0; i < h; i++) {
      sd[i] = sigma * Math.sqrt(1 + sum);
      const j = i + 1;
      const c = fit.alpha + (trend === NONE ? 0 : fit.beta * dampedSum(fit.phi, j)) + (seasonType !== NONE && j % m === 0 ? fit.gamma : 0);
      sum += c * c;
    }
    output = normalOutput(model, mean, sd, options, fit.fitted);
  } else {
    // The paths are read once, here: one buffer serves every call (a fresh 224 kB per daily
    // forecast cost AutoETS a tenth of its time in garbage collection).
    if (pathBuffer.length < SIMULATED_PATHS * h) pathBuffer = new Float64Array(SIMULATED_PATHS * h);
    output = sampleOutput(model, mean, simulatePaths(fit, h, sigma, options.seed ?? 0, pathBuffer), SIMULATED_PATHS, options, fit.fitted);
  }
  output.detail = describeEts(fit);
  return output;
}

let pathBuffer = new Float64Array(0);

/**
 * SIMULATED_PATHS future paths (path-major) drawn from the model's own error process, written
 * into `out` when given (at least SIMULATED_PATHS × h long) or a new array.
 */
export function simulatePaths(fit: EtsFit, h: number, sigma: number, seed: number, out?: Float64Array): Float64Array {
  const rng = Rng.stream(seed, 0, 'forecast');
  const m = fit.m;
  // Plain booleans and locals in the inner loop (1000 paths × h steps): a third of its time went to
  // comparing the component codes and reading the fit's fields.
  const seasonal = fit.spec.season !== 'N';
  const additiveSeason = fit.spec.season === 'A';
  const multiplicativeSeason = fit.spec.season === 'M';
  const trended = fit.spec.trend !== 'N';
  const betaStar = trended ? fit.beta / fit.alpha : 0;
  const phi = trended ? fit.phi : 0;
  const multiplicativeError = fit.spec.error === 'M';
  const alpha = fit.alpha;
  const gamma = fit.gamma;
  const paths = out ?? new Float64Array(SIMULATED_PATHS * h);
  const season = new Float64Array(m);
  const start = fit.fitted.length % m;
  for (let p = 0; p < SIMULATED_PATHS; p++) {
    season.set(fit.season);
    let level = fit.level;
    let slope = fit.slope;
    for (let i = 0; i < h; i++) {
      const j = (start + i) % m;
      const phib = phi * slope;
      const q = level + phib;
      const s = seasonal ? season[j] : 0;
      const forecast = multiplicativeSeason ? q * s : q + s;
      const e = sigma * rng.normal();
      const value = multiplicativeError ? forecast * (1 + e) : forecast + e;
      paths[p * h + i] = value;
      const deseasoned = !seasonal ? value : additiveSeason ? value - s : value / s;
      const newLevel = q + alpha * (deseasoned - q);
      if (trended) slope = phib + betaStar * (newLevel - level - phib);
      level = newLevel;
      if (seasonal) season[j] = s + gamma * ((additiveSeason ? value - q : value / q) - s);
    }
  }
  return paths;
}
