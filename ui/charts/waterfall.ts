// Waterfall bars of why a KPI moved: each effect of `explain` floats from the running total
// before it to the total after it, with its 95 % interval around that step; a last bar is the
// whole difference from zero, so the bars visibly add up to it.
import type { KpiExplanation } from '../../sim/index.ts';

/** One bar of the waterfall (CNY). */
export interface WaterfallBar {
  /** Effect name of sim/decide/explain.ts, or 'total'. */
  effect: string;
  channel?: string;
  /** Mean effect over the pairs (for the total: the mean difference). */
  mean: number;
  /** Running total before and after the effect. */
  start: number;
  end: number;
  /** The 95 % interval of the effect, placed at the running total before it (NaN with one pair). */
  whiskerLow: number;
  whiskerHigh: number;
}

/** Whether an effect is exactly zero in every pair (e.g. no investment in either scenario). */
function nothing(e: KpiExplanation['effects'][number]): boolean {
  return e.mean === 0 && !(e.ciLow < 0) && !(e.ciHigh > 0);
}

/** The bars of one KPI's explanation: the effects in order (all-zero ones left out), then the total. */
export function waterfallBars(x: KpiExplanation): WaterfallBar[] {
  const bars: WaterfallBar[] = [];
  let running = 0;
  for (const e of x.effects) {
    if (nothing(e)) continue;
    bars.push({ effect: e.effect, ...(e.channel !== undefined ? { channel: e.channel } : {}), mean: e.mean, start: running, end: running + e.mean, whiskerLow: running + e.ciLow, whiskerHigh: running + e.ciHigh });
    running += e.mean;
  }
  bars.push({ effect: 'total', mean: x.delta, start: 0, end: x.delta, whiskerLow: x.ciLow, whiskerHigh: x.ciHigh });
  return bars;
}

/** Every value a waterfall's scale must hold. */
export function waterfallExtent(bars: readonly WaterfallBar[]): number[] {
  return bars.flatMap((b) => [b.start, b.end, b.whiskerLow, b.whiskerHigh]);
}
