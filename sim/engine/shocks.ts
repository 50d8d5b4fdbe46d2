// Shocks turned into per-day effect arrays before a run: scheduled shocks cover their days,
// random shocks start on a day with `probabilityPerDay` (drawn from the run's `shocks` stream).
import type { Rng } from '../random.ts';
import type { Scenario } from '../scenario/schema.ts';

/** Per-day shock effects over the horizon; each array has one entry per day. */
export interface ShockDays {
  /** Share of warehouse capacity lost (0–1). */
  capacityLoss: Float64Array;
  /** Share of checkouts blocked by a site outage (0–1). */
  outageBlock: Float64Array;
  /** Competitor price cut (fraction): shoppers' reference prices fall by it; CPC rises by it. */
  priceWarCut: Float64Array;
  /** Extra supplier lead time for orders placed that day (days). */
  supplierDelayDays: Float64Array;
  /** Extra demand: every visit source is multiplied by (1 + surge). */
  surge: Float64Array;
  /** Number of shock-days that occurred (scheduled and random), for reporting. */
  shockDays: number;
}

/**
 * Expands the scenario's shocks over `days`. Overlapping shocks of one type take the strongest
 * magnitude (two outages do not block more than the worse one).
 */
export function compileShocks(scenario: Scenario, days: number, rng: Rng): ShockDays {
  const out: ShockDays = {
    capacityLoss: new Float64Array(days),
    outageBlock: new Float64Array(days),
    priceWarCut: new Float64Array(days),
    supplierDelayDays: new Float64Array(days),
    surge: new Float64Array(days),
    shockDays: 0,
  };
  for (const id of Object.keys(scenario.shocks).sort()) {
    const shock = scenario.shocks[id];
    // Each shock gets its own child stream so adding a shock never moves another's days.
    const stream = rng.split(id);
    if (!shock.enabled) continue;
    const target =
      shock.type === 'logisticsDisruption'
        ? out.capacityLoss
        : shock.type === 'outage'
          ? out.outageBlock
          : shock.type === 'priceWar'
            ? out.priceWarCut
            : shock.type === 'supplierDelay'
              ? out.supplierDelayDays
              : out.surge;
    const magnitude = shock.type === 'logisticsDisruption' || shock.type === 'outage' || shock.type === 'priceWar' ? Math.min(1, shock.magnitude) : shock.magnitude;
    const apply = (start: number) => {
      const end = Math.min(days, start + shock.durationDays);
      for (let t = start; t < end; t++) {
        if (magnitude > target[t]) target[t] = magnitude;
        out.shockDays++;
      }
      return end;
    };
    if (shock.startDay !== null) {
      apply(shock.startDay);
      continue;
    }
    for (let t = 0; t < days; t++) {
      if (stream.next() < shock.probabilityPerDay) t = apply(t) - 1;
    }
  }
  return out;
}
