// Tornado chart maths: each bar's low and high end as a difference from the base run, with the
// 95 % intervals of those paired differences; the scale holds all of them and zero.
import type { Tornado } from '../../sim/index.ts';

/** Every value a tornado's scale must hold: each end's difference and its interval. */
export function tornadoExtent(t: Tornado): number[] {
  return t.bars.flatMap((b) => [b.low.delta, b.low.ciLow, b.low.ciHigh, b.high.delta, b.high.ciLow, b.high.ciHigh]);
}

/** Left edge and width (percent of the track) of a bar from zero to `value` on `at`. */
export function spanFromZero(at: (v: number) => number, value: number): { left: number; width: number } {
  if (!Number.isFinite(value)) return { left: at(0), width: 0 };
  const a = at(0);
  const b = at(value);
  return { left: Math.min(a, b), width: Math.abs(b - a) };
}
