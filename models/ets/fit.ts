// Fits one ETS model (given error/trend/season types) by maximising its Gaussian likelihood with
// Nelder–Mead over the smoothing parameters and the initial level and trend; the seasonal
// indices start from the heuristic and are left to the smoothing (documented simplification:
// fewer free parameters → fast fits; they still count in the AICc penalty as in Hyndman's ets).
import { ModelError } from '../errors.ts';
import { ADDITIVE, MULTIPLICATIVE, NONE, etsPass, type EtsParameters } from './kernel.ts';
import { initialStates } from './initial-states.ts';
import { nelderMead } from '../../sim/math/nelderMead.ts';

/** Error, trend and season of an ETS model: 'N' none, 'A' additive, 'Ad' additive damped, 'M' multiplicative. */
export interface EtsSpec {
  error: 'A' | 'M';
  trend: 'N' | 'A' | 'Ad';
  season: 'N' | 'A' | 'M';
}

/** A fitted ETS model: parameters, information criteria, residual variance, and final states. */
export interface EtsFit extends EtsParameters {
  spec: EtsSpec;
  m: number;
  /** −2 log-likelihood (Gaussian, concentrated over σ). */
  neg2LogLik: number;
  aic: number;
  aicc: number;
  bic: number;
  /** Parameters counted: smoothing, φ, initial states (m−1 seasonal), and σ. */
  parameterCount: number;
  /** Residual variance (of relative errors for multiplicative error), SSE / (n − k). */
  sigma2: number;
  /** Finite observations fitted. */
  n: number;
  level: number;
  slope: number;
  /** Seasonal ring buffer after the last observation; index (n + i) mod m is future step i. */
  season: Float64Array;
  /** One-step in-sample forecasts. */
  fitted: Float64Array;
  /** Likelihood evaluations the optimiser used (a cost measure independent of machine load). */
  evaluations: number;
}

/** The standard "ETS(A,Ad,M)" label of a spec. */
export function etsLabel(spec: EtsSpec): string {
  return `ETS(${spec.error},${spec.trend},${spec.season})`;
}

/** Parameters an ETS model counts in its AICc (Hyndman's convention: free parameters + σ). */
export function etsParameterCount(spec: EtsSpec, m: number): number {
  const trend = spec.trend !== 'N';
  const season = spec.season !== 'N';
  return 1 + (trend ? 1 : 0) + (season ? 1 : 0) + (spec.trend === 'Ad' ? 1 : 0) + 1 + (trend ? 1 : 0) + (season ? m - 1 : 0) + 1;
}

/** Fewest finite observations a spec needs: more than k + 4 (as Hyndman's ets), and two full seasons if seasonal. */
export function etsMinLength(spec: EtsSpec, m: number): number {
  const base = etsParameterCount(spec, m) + 5;
  return spec.season === 'N' ? base : Math.max(base, 2 * m);
}

const BOUND = 1e-4;
/** Series longer than this keep their heuristic initial level and trend (see `fitEts`). */
export const LONG_SERIES = 150;

/** Options of a fit: fixed smoothing parameters (skip their optimisation) and the evaluation budget. */
export interface EtsFitOptions {
  fixed?: Partial<Pick<EtsFit, 'alpha' | 'beta' | 'gamma' | 'phi' | 'l0' | 'b0'>>;
  maxEvaluations?: number;
  /** Optimise ℓ₀ and b₀ too (default: only for series of at most LONG_SERIES observations). */
  optimiseStates?: boolean;
  /**
   * Warm start: smoothing parameters of a related model already fitted (e.g. ETS(A,A,A) for
   * ETS(M,A,A)); made admissible, then searched around with smaller steps.
   */
  start?: Partial<Pick<EtsFit, 'alpha' | 'beta' | 'gamma' | 'phi'>>;
}

/**
 * Fits `spec` to `y` with season length `m` (use m = 1 or season 'N' for non-seasonal models).
 * Throws RangeError if the spec does not apply (multiplicative parts need positive data).
 */
export function fitEts(y: Float64Array, m: number, spec: EtsSpec, options: EtsFitOptions = {}): EtsFit {
  const error = spec.error === 'M' ? MULTIPLICATIVE : ADDITIVE;
  const trend = spec.trend === 'N' ? NONE : ADDITIVE;
  const seasonType = spec.season === 'N' ? NONE : spec.season === 'A' ? ADDITIVE : MULTIPLICATIVE;
  const damped = spec.trend === 'Ad';
  const period = seasonType === NONE ? 1 : m;
  if (seasonType !== NONE && m < 2) throw new ModelError('ets.seasonLength', { label: etsLabel(spec), m });
  if (error === MULTIPLICATIVE || seasonType === MULTIPLICATIVE) {
    for (let t = 0; t < y.length; t++) if (y[t] <= 0) throw new ModelError('ets.positive', { label: etsLabel(spec) });
  }

  const init = initialStates(y, period, trend, seasonType);
  const fixed = options.fixed ?? {};
  // Starting values after Hyndman's initparam, or the warm start made admissible.
  const warm = options.start ?? {};
  const alpha0 = fixed.alpha ?? (warm.alpha !== undefined ? Math.min(Math.max(warm.alpha, 0.002), 0.99) : BOUND + (0.2 * (1 - 2 * BOUND)) / period);
  const start: Record<string, number> = {
    alpha: alpha0,
    beta: fixed.beta ?? (warm.beta !== undefined && warm.beta > BOUND ? Math.min(warm.beta, 0.9 * alpha0) : BOUND + 0.1 * (alpha0 - BOUND)),
    gamma: fixed.gamma ?? (warm.gamma !== undefined && warm.gamma > BOUND ? Math.min(warm.gamma, 0.9 * (1 - alpha0)) : BOUND + 0.05 * (1 - alpha0 - BOUND)),
    phi: fixed.phi ?? (warm.phi !== undefined && warm.phi < 1 ? Math.min(Math.max(warm.phi, 0.81), 0.97) : 0.978 - 0.01),
    l0: fixed.l0 ?? init.l0,
    b0: fixed.b0 ?? init.b0,
  };
  const free: string[] = [];
  if (fixed.alpha === undefined) free.push('alpha');
  if (trend !== NONE && fixed.beta === undefined) free.push('beta');
  if (seasonType !== NONE && fixed.gamma === undefined) free.push('gamma');
  if (damped && fixed.phi === undefined) free.push('phi');
  // Initial states matter on short series only; on long ones their effect has decayed long before
  // the end, so the heuristic values stay and the optimiser has two dimensions fewer.
  const optimiseStates = options.optimiseStates ?? y.length <= LONG_SERIES;
  if (optimiseStates && fixed.l0 === undefined) free.push('l0');
  if (optimiseStates && trend !== NONE && fixed.b0 === undefined) free.push('b0');

  const value = { ...start };
  if (!damped) value.phi = 1;
  const work = new Float64Array(period);
  const scale = typicalScale(y);
  const index = { alpha: free.indexOf('alpha'), beta: free.indexOf('beta'), gamma: free.indexOf('gamma'), phi: free.indexOf('phi'), l0: free.indexOf('l0'), b0: free.indexOf('b0') };

  const objective = (x: Float64Array): number => {
    const alpha = index.alpha >= 0 ? x[index.alpha] : value.alpha;
    const beta = trend === NONE ? 0 : index.beta >= 0 ? x[index.beta] : value.beta;
    const gamma = seasonType === NONE ? 0 : index.gamma >= 0 ? x[index.gamma] : value.gamma;
    const phi = index.phi >= 0 ? x[index.phi] : value.phi;
    if (!(alpha > BOUND && alpha < 1 - BOUND)) return Infinity;
    if (trend !== NONE && !(beta > BOUND && beta < alpha - BOUND)) return Infinity;
    if (seasonType !== NONE && !(gamma > BOUND && gamma < 1 - alpha - BOUND)) return Infinity;
    if (damped && !(phi > 0.8 && phi < 0.98)) return Infinity;
    for (let j = 0; j < period; j++) work[j] = init.season[j];
    const l0 = index.l0 >= 0 ? x[index.l0] : value.l0;
    const b0 = index.b0 >= 0 ? x[index.b0] : value.b0;
    return etsPass(y, period, error, trend, seasonType, alpha, beta, gamma, phi, l0, b0, work, null, null);
  };

  let evaluations = 0;
  if (free.length > 0) {
    const x0 = free.map((name) => start[name]);
    const smoothingStep = options.start ? 0.02 : 0.05;
    const steps = free.map((name) => (name === 'l0' ? 0.1 * scale : name === 'b0' ? 0.01 * scale : name === 'phi' ? 0.01 : smoothingStep));
    // Short series are cheap and their optimum matters: tight tolerances. Long ones stop once the
    // likelihood is flat to 1e-5 (≈0.02 on an AICc of thousands) and parameters to 0.01.
    const result = nelderMead(objective, x0, {
      steps,
      maxEvaluations: options.maxEvaluations ?? (optimiseStates ? 200 * free.length : 60 * free.length + 40),
      ...(optimiseStates ? { fTolerance: 1e-8, xTolerance: 1e-5 } : { fTolerance: 1e-5, xTolerance: 1e-2 }),
    });
    free.forEach((name, i) => (value[name] = result.x[i]));
    evaluations = result.evaluations;
  }
  if (trend === NONE) value.beta = 0;
  if (seasonType === NONE) value.gamma = 0;

  const season = Float64Array.from(init.season);
  const fitted = new Float64Array(y.length);
  const state = new Float64Array(4);
  const objectiveValue = etsPass(y, period, error, trend, seasonType, value.alpha, value.beta, value.gamma, value.phi, value.l0, value.b0, season, fitted, state);
  if (!Number.isFinite(objectiveValue) && objectiveValue !== -1e12) throw new ModelError('ets.noFit', { label: etsLabel(spec) });
  const n = state[3];
  const k = etsParameterCount(spec, period);
  const neg2LogLik = objectiveValue + n * (Math.log(2 * Math.PI) + 1);
  const aic = neg2LogLik + 2 * k;
  const aicc = n - k - 1 > 0 ? aic + (2 * k * (k + 1)) / (n - k - 1) : Infinity;
  return {
    spec,
    m: period,
    alpha: value.alpha,
    beta: value.beta,
    gamma: value.gamma,
    phi: value.phi,
    l0: value.l0,
    b0: value.b0,
    neg2LogLik,
    aic,
    aicc,
    bic: neg2LogLik + k * Math.log(n),
    parameterCount: k,
    // As the forecast package: SSE / (n − free parameters), σ itself not counted.
    sigma2: state[2] / Math.max(1, n - (k - 1)),
    n,
    level: state[0],
    slope: state[1],
    season,
    fitted,
    evaluations,
  };
}

/** Mean absolute value of the finite observations (at least 1e-8): sets the optimiser's step for states. */
function typicalScale(y: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < y.length; t++) {
    if (y[t] === y[t]) {
      sum += Math.abs(y[t]);
      count++;
    }
  }
  return Math.max(count > 0 ? sum / count : 0, 1e-8);
}
