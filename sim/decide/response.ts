// Response curves: one lever or channel budget moved over its range while the others stay at a
// chosen point, giving spend → KPI with its interval, the marginal return between grid points,
// and today's and the optimal value marked. All points of all curves run as one batch on CRN.
import { finiteValues, mean, meanInterval } from '../experiment/stats.ts';
import type { KpiName } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { linspace } from '../experiment/vary.ts';
import type { Evaluator, EvaluationPlan } from './evaluator.ts';
import { withLeverValues } from './optimise.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** One point of a curve. */
export interface ResponsePoint {
  value: number;
  mean: number;
  ciLow: number;
  ciHigh: number;
  /** (mean − previous mean) / (value − previous value); NaN at the first point. */
  marginal: number;
}

export interface ResponseCurve {
  path: string;
  kpi: KpiName;
  points: ResponsePoint[];
  /** Today's value of the setting. */
  current: number;
  /** The value at the chosen point (e.g. the optimiser's answer). */
  chosen: number;
}

/** What to draw: each path over [low, high], the others held at `at`. */
export interface ResponseRequest {
  scenario: Scenario;
  kpi: KpiName;
  /** Held values of every path (e.g. the optimiser's best), path → value. */
  at: Readonly<Record<string, number>>;
  /** Today's values, path → value. */
  current: Readonly<Record<string, number>>;
  ranges: readonly { path: string; low: number; high: number }[];
  /** Grid points per curve (default 7). */
  points?: number;
}

/** Evaluates every curve in one batch. */
export async function responseCurves(request: ResponseRequest, evaluate: Evaluator, plan: EvaluationPlan): Promise<ResponseCurve[]> {
  const n = request.points ?? 7;
  if (!Number.isInteger(n) || n < 2) throw codedRangeError('decide.responsePoints', { got: n });
  const grids = request.ranges.map((r) => linspace(r.low, r.high, n));
  const scenarios = request.ranges.flatMap((r, i) => grids[i].map((v) => withLeverValues(request.scenario, { ...request.at, [r.path]: v })));
  const runs = await evaluate(scenarios, plan);
  return request.ranges.map((r, i) => {
    const points: ResponsePoint[] = grids[i].map((value, j) => {
      const values = finiteValues(runs[i * n + j].map((x) => x.kpis[request.kpi]));
      const ci = meanInterval(values);
      return { value, mean: mean(values), ciLow: ci.low, ciHigh: ci.high, marginal: NaN };
    });
    for (let j = 1; j < points.length; j++) points[j].marginal = (points[j].mean - points[j - 1].mean) / (points[j].value - points[j - 1].value);
    return { path: r.path, kpi: request.kpi, points, current: request.current[r.path], chosen: request.at[r.path] };
  });
}
