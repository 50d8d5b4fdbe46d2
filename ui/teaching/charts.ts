// Chart data for lessons and the Beer Game debrief: uPlot layers from run outputs, pure.
import { BEER_ROLES, type BeerGameHistory, type BeerRole, type SeriesName, type StageHistory } from '../../sim/light.ts';
import type { RunOutput } from '../../lessons/run.ts';
import type { FanLayer } from '../charts/fan.ts';

/** Which Beer Game chart. */
export type BeerView = 'orders' | 'inventory' | 'cost';

/** 1…n as the x axis (weeks or days). */
export function indexAxis(n: number, from = 1): number[] {
  return Array.from({ length: n }, (_, i) => i + from);
}

/** Running total of a series. */
export function cumulative(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

/** The series by stage the stage charts read: a played game, or a classroom team's history. */
export type BeerStageSeries = { stages: Record<BeerRole, Pick<StageHistory, 'orders' | 'inventory' | 'backlog' | 'costPerWeek'>> };

/** One line per stage: weekly orders, net inventory (on hand − backlog) or cumulative cost. */
export function beerStageLayers(h: BeerStageSeries, view: BeerView, roleLabel: (r: BeerRole) => string): FanLayer[] {
  return BEER_ROLES.map((r) => {
    const s = h.stages[r];
    const mean = view === 'orders' ? s.orders : view === 'inventory' ? s.inventory.map((v, i) => v - s.backlog[i]) : cumulative(s.costPerWeek);
    return { label: roleLabel(r), mean };
  });
}

/** The learner's orders, what the rule would have ordered in their place, and customer demand. */
export function youVsRuleLayers(h: BeerGameHistory, role: BeerRole, labels: { you: string; rule: string; demand: string }): FanLayer[] {
  const s = h.stages[role];
  return [
    { label: labels.you, mean: s.orders },
    { label: labels.rule, mean: s.ruleOrders },
    { label: labels.demand, mean: h.customerDemand },
  ];
}

/** One line per (run, series) of a lesson's engine runs: the mean daily series. */
export function lessonSeriesLayers(runs: Record<string, Pick<RunOutput, 'series'>>, runIds: readonly string[], series: readonly SeriesName[], label: (run: string, series: SeriesName) => string): FanLayer[] {
  const out: FanLayer[] = [];
  for (const id of runIds) for (const name of series) {
    const values = runs[id]?.series?.[name];
    if (values) out.push({ label: label(id, name), mean: values });
  }
  return out;
}
