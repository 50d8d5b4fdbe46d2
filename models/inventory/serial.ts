// Serial multi-echelon base-stock (Clark & Scarf 1960, as computed by Chen & Zheng 1994): stage 1
// serves customers, stage j + 1 supplies stage j, each orders up to an echelon base-stock level
// every period. Exact recursion on a grid (Snyder & Shen §6.2.3), with h_j the echelon holding
// cost and h′₁ = Σ h_j stage 1's local one:
//   C₀(x) = (p + h′₁) x⁻;  Ĉ_j(x) = h_j x + C_{j−1}(x);  C̄_j(y) = E[Ĉ_j(y − D_j)];
//   S*_j = argmin C̄_j;  C_j(x) = C̄_j(min(S*_j, x));  optimal cost = C̄_N(S*_N),
// D_j being demand over stage j's lead time. Poisson demand uses whole units and is exact; normal
// demand is discretised in steps of `gridStep` (default σ/40), accurate to about a step.
import { ModelError } from '../errors.ts';
import { normalCdf } from '../../sim/math/normal.ts';
import { poissonDemand } from './discrete.ts';
import { requireNonNegative, requirePositive } from './check.ts';

/** One stage of the chain. */
export interface SerialStage {
  /** Echelon holding cost h_j: what a unit's value adds at this stage (money/unit/period). */
  echelonHoldingCost: number;
  /** Lead time from the stage upstream (periods; whole periods with Poisson demand). */
  leadTime: number;
}

/** A serial chain, stage 1 (facing customers) first. */
export interface SerialInput {
  stages: readonly SerialStage[];
  /** Cost per unit backordered at stage 1 per period p (money/unit/period). */
  backorderCost: number;
  /** Customer demand per period: normal (mean, sd) or Poisson (mean), units/period. */
  demand: { mean: number; sd: number } | { poissonMean: number };
  /** Grid step for normal demand (units; default σ/40). */
  gridStep?: number;
}

/** The optimal echelon levels and their cost. */
export interface SerialResult {
  /** Optimal echelon base-stock level of each stage, stage 1 first (units). */
  echelonLevels: number[];
  /** Local levels S_j − S_{j−1}: what each stage keeps on hand plus in transit to it (units). */
  localLevels: number[];
  /** Local holding cost of each stage h′_j = Σ_{i≥j} h_i (money/unit/period). */
  localHoldingCosts: number[];
  /** Expected holding + backorder cost per period of the whole chain (money/period). */
  costPerPeriod: number;
  /** Grid step the recursion used (units). */
  gridStep: number;
}

/** A function sampled on lo + iΔ, extended linearly beyond both ends. */
class Grid {
  constructor(readonly lo: number, readonly step: number, readonly values: Float64Array) {}
  at(i: number): number {
    const v = this.values;
    const n = v.length;
    if (i < 0) return v[0] + i * (v[1] - v[0]);
    if (i >= n) return v[n - 1] + (i - n + 1) * (v[n - 1] - v[n - 2]);
    return v[i];
  }
}

/** Demand over `periods` as probabilities on whole multiples of the step: offset + k. */
function demandOnGrid(demand: SerialInput['demand'], periods: number, step: number): { offset: number; pmf: Float64Array } {
  if (periods === 0) return { offset: 0, pmf: Float64Array.of(1) };
  if ('poissonMean' in demand) return { offset: 0, pmf: poissonDemand(demand.poissonMean * periods).pmf };
  const mean = demand.mean * periods;
  const sd = demand.sd * Math.sqrt(periods);
  const from = Math.floor((mean - 8 * sd) / step);
  const to = Math.ceil((mean + 8 * sd) / step);
  const pmf = new Float64Array(to - from + 1);
  for (let k = from; k <= to; k++) pmf[k - from] = normalCdf((k * step + step / 2 - mean) / sd) - normalCdf((k * step - step / 2 - mean) / sd);
  return { offset: from, pmf };
}

function check(input: SerialInput): { poisson: boolean; mean: number; sd: number } {
  if (input.stages.length === 0) throw new ModelError('value.noneGiven', { field: 'stages', what: 'stage' });
  requirePositive('backorderCost', input.backorderCost);
  const poisson = 'poissonMean' in input.demand;
  input.stages.forEach((s, j) => {
    requirePositive(`echelonHoldingCosts[${j}]`, s.echelonHoldingCost);
    requireNonNegative(`leadTimes[${j}]`, s.leadTime);
    if (poisson && !Number.isInteger(s.leadTime)) throw new ModelError('inventory.wholePeriods', { field: `leadTimes[${j}]`, demand: 'poisson', got: s.leadTime });
  });
  if ('poissonMean' in input.demand) {
    requirePositive('poissonMean', input.demand.poissonMean);
    return { poisson, mean: input.demand.poissonMean, sd: Math.sqrt(input.demand.poissonMean) };
  }
  requireNonNegative('demandMean', input.demand.mean);
  requirePositive('demandSd', input.demand.sd);
  return { poisson, mean: input.demand.mean, sd: input.demand.sd };
}

/**
 * Most grid multiply-adds one optimisation may take (grid points × demand points, summed over the
 * stages; about a second): beyond it the grid is too fine for the demand's span and the run would
 * not end in useful time or memory.
 */
export const MAX_SERIAL_GRID_WORK = 1e9;

/** Optimal echelon base-stock levels and expected cost of a serial chain (Clark–Scarf). */
export function optimiseSerialBaseStock(input: SerialInput): SerialResult {
  const { poisson, mean, sd } = check(input);
  const step = poisson ? 1 : (input.gridStep ?? sd / 40);
  requirePositive('gridStep', step);
  const totalLead = input.stages.reduce((s, st) => s + st.leadTime, 0);
  const reach = mean * totalLead + 12 * sd * Math.sqrt(Math.max(totalLead, 1)) + 10 * step;
  const lo = -Math.ceil(reach / step);
  const n = 2 * Math.ceil(reach / step) + 1;
  const work = input.stages.reduce((w, st) => w + n * ((mean * st.leadTime + 12 * sd * Math.sqrt(Math.max(st.leadTime, 1))) / step + 10), 0);
  if (!(work <= MAX_SERIAL_GRID_WORK)) {
    throw new ModelError('inventory.gridTooLarge', { poisson, step, totalLead, points: n.toExponential(1), work: work.toExponential(1), max: MAX_SERIAL_GRID_WORK.toExponential(0) });
  }
  const xs = (i: number) => (lo + i) * step;
  const localHoldingCosts = input.stages.map((_, j) => input.stages.slice(j).reduce((s, st) => s + st.echelonHoldingCost, 0));
  const shortageSlope = input.backorderCost + localHoldingCosts[0];
  let previous = new Grid(0, step, Float64Array.from({ length: n }, (_, i) => shortageSlope * Math.max(0, -xs(i))));
  const echelonLevels: number[] = [];
  let cost = NaN;
  for (const stage of input.stages) {
    const hat = new Float64Array(n);
    for (let i = 0; i < n; i++) hat[i] = stage.echelonHoldingCost * xs(i) + previous.values[i];
    const { offset, pmf } = demandOnGrid(input.demand, stage.leadTime, step);
    const bar = convolve(new Grid(0, step, hat), offset, pmf);
    let best = 0;
    for (let i = 1; i < n; i++) if (bar[i] < bar[best]) best = i;
    const { level, value } = poisson ? { level: xs(best), value: bar[best] } : refine(bar, best, xs);
    echelonLevels.push(level);
    cost = value;
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = i <= best ? bar[i] : bar[best];
    previous = new Grid(0, step, next);
  }
  return {
    echelonLevels,
    localLevels: echelonLevels.map((s, j) => (j === 0 ? s : s - echelonLevels[j - 1])),
    localHoldingCosts,
    costPerPeriod: cost,
    gridStep: step,
  };
}

/** C̄(i) = Σ_k pmf[k] · Ĉ(i − offset − k) for every grid index, over a linearly padded copy of Ĉ. */
function convolve(hat: Grid, offset: number, pmf: Float64Array): Float64Array {
  const n = hat.values.length;
  const first = -offset - (pmf.length - 1); // lowest index of Ĉ any i needs, relative to i
  const padBelow = Math.max(0, -first);
  const padAbove = Math.max(0, -offset); // highest index needed is n − 1 − offset
  const padded = new Float64Array(padBelow + n + padAbove);
  for (let i = 0; i < padded.length; i++) padded[i] = hat.at(i - padBelow);
  const bar = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const top = i - offset + padBelow; // index in `padded` of Ĉ(i − offset − 0)
    let v = 0;
    for (let k = 0; k < pmf.length; k++) v += pmf[k] * padded[top - k];
    bar[i] = v;
  }
  return bar;
}

/** Vertex of the parabola through the grid minimum and its neighbours (sub-step accuracy). */
function refine(values: Float64Array, i: number, xs: (i: number) => number): { level: number; value: number } {
  if (i === 0 || i === values.length - 1) return { level: xs(i), value: values[i] };
  const [a, b, c] = [values[i - 1], values[i], values[i + 1]];
  const curvature = a - 2 * b + c;
  if (!(curvature > 0)) return { level: xs(i), value: b };
  const shift = (a - c) / (2 * curvature);
  const step = xs(1) - xs(0);
  return { level: xs(i) + shift * step, value: b - ((a - c) * shift) / 4 };
}
