// Pure helpers of the optimise result: the table of today's against the optimal values (CNY/day
// and share of the total), and each response curve as chart data with today's and the optimal
// point marked and the marginal return around each.
import { finiteValues, mean, meanInterval, type KpiName } from '../../sim/light.ts';
import type { Candidate, ResponseCurve } from '../../sim/index.ts';

/** One setting of the answer. */
export interface SplitRow {
  path: string;
  /** The scenario's value. */
  today: number;
  /** Where the search started (today's value moved into the ranges and onto the total). */
  start: number;
  best: number;
  /** Shares of the row's value in the sum of every row (a budget split's share of its total). */
  todayShare: number;
  bestShare: number;
}

/** Today's, the start's and the optimal value of every setting the search moved, in its order, with shares. */
export function splitRows(today: Readonly<Record<string, number>>, start: Candidate, best: Candidate): SplitRow[] {
  const paths = Object.keys(best.values);
  const sum = (values: Readonly<Record<string, number>>) => paths.reduce((s, p) => s + values[p], 0);
  const [a, b] = [sum(today), sum(best.values)];
  return paths.map((path) => ({ path, today: today[path], start: start.values[path], best: best.values[path], todayShare: today[path] / a, bestShare: best.values[path] / b }));
}

/** The sum of the rows' values today, at the start and at the optimum. */
export function splitTotals(rows: readonly SplitRow[]): { today: number; start: number; best: number } {
  const sum = (k: 'today' | 'start' | 'best') => rows.reduce((s, r) => s + r[k], 0);
  return { today: sum('today'), start: sum('start'), best: sum('best') };
}

/** The curve's value at `x` on its piecewise-linear line (NaN outside it). */
export function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  for (let i = 1; i < xs.length; i++) {
    if (x >= xs[i - 1] && x <= xs[i]) return xs[i] === xs[i - 1] ? ys[i] : ys[i - 1] + ((ys[i] - ys[i - 1]) * (x - xs[i - 1])) / (xs[i] - xs[i - 1]);
  }
  return NaN;
}

/** Marginal return of the grid segment that holds `x` (the segment on its left at a grid point, the first at the lower end). */
export function marginalAt(curve: ResponseCurve, x: number): number {
  const p = curve.points;
  for (let i = 1; i < p.length; i++) if (x <= p[i].value) return p[i].marginal;
  return NaN;
}

/** A curve ready to draw: x, mean and 95 % band, and the today / optimal markers (NaN elsewhere). */
export interface CurveChart {
  x: Float64Array;
  mean: number[];
  low: number[];
  high: number[];
  today: number[];
  optimal: number[];
  marginalToday: number;
  marginalOptimal: number;
}

/**
 * The curve with the optimum's own measurement inserted at its value (the same seeds, the other
 * settings at the optimum: a point of this curve) and today's value marked on the line.
 */
export function curveChart(curve: ResponseCurve, best: Candidate, kpi: KpiName): CurveChart {
  const values = finiteValues(best.runs.map((r) => r.kpis[kpi]));
  const ci = meanInterval(values);
  const points = curve.points.map((p) => ({ x: p.value, mean: p.mean, low: p.ciLow, high: p.ciHigh }));
  if (!points.some((p) => p.x === curve.chosen)) points.push({ x: curve.chosen, mean: mean(values), low: ci.low, high: ci.high });
  points.sort((a, b) => a.x - b.x);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.mean);
  const todayY = interpolate(xs, ys, curve.current);
  let todayIndex = xs.indexOf(curve.current);
  if (todayIndex < 0 && Number.isFinite(todayY)) {
    todayIndex = xs.findIndex((x) => x > curve.current);
    points.splice(todayIndex, 0, { x: curve.current, mean: todayY, low: interpolate(xs, points.map((p) => p.low), curve.current), high: interpolate(xs, points.map((p) => p.high), curve.current) });
  }
  return {
    x: Float64Array.from(points, (p) => p.x),
    mean: points.map((p) => p.mean),
    low: points.map((p) => p.low),
    high: points.map((p) => p.high),
    today: points.map((p, i) => (i === todayIndex ? p.mean : NaN)),
    optimal: points.map((p) => (p.x === curve.chosen ? p.mean : NaN)),
    marginalToday: marginalAt(curve, curve.current),
    marginalOptimal: marginalAt(curve, curve.chosen),
  };
}
