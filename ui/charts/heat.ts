// Heat-map maths for two-lever sweeps: a perceptual colour ramp and readable text on each cell.

/** Viridis stops (perceptually uniform, colour-blind safe). */
const STOPS: [number, number, number][] = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** The colour of `t` in 0–1 on the ramp (clamped; NaN is grey), as rgb(). */
export function rampColour(t: number): string {
  if (!Number.isFinite(t)) return 'rgb(200, 200, 200)';
  const x = Math.min(1, Math.max(0, t)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const f = x - i;
  const c = STOPS[i].map((v, k) => Math.round(v + (STOPS[i + 1][k] - v) * f));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** Black or white text, whichever reads better on ramp position `t` (light end is yellow). */
export function textOnRamp(t: number): string {
  return Number.isFinite(t) && t > 0.55 ? '#111' : '#fff';
}

/** Where `value` sits between the finite min and max of `values` (0.5 when they are equal). */
export function normalise(value: number, values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0 || !Number.isFinite(value)) return NaN;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return hi === lo ? 0.5 : (value - lo) / (hi - lo);
}
