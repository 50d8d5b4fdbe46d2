// The optimise view's form as the user fills it: objective, a budget split or free levers,
// constraints and run settings. Inputs stay as typed (empty = the default) until `readForm`
// (session.ts) checks them against the scenario; this module is light, for the page.
import { KPI_CATALOGUE, type KpiName } from '../../sim/light.ts';
import type { Lever } from '../editor/levers.ts';
import { defaultRange } from '../sweep/sweep-view.ts';

/** A number input's value: Svelte gives undefined (or null) for an empty or unreadable field. */
export type NumberInput = number | null | undefined;

/** How a channel's bounds read: CNY/day, or multiples of today's spend. */
export type BoundUnit = 'cny' | 'times';

/** One channel of a budget split. */
export interface ChannelRow {
  id: string;
  /** Part of the split. */
  selected: boolean;
  /** Empty: 0. */
  min: NumberInput;
  /** Empty: the total. */
  max: NumberInput;
  unit: BoundUnit;
}

/** One free lever with its range, in the setting's own units. */
export interface LeverRow {
  path: string;
  low: NumberInput;
  high: NumberInput;
}

export type OptimiseMode = 'budget' | 'levers';

export interface OptimiseForm {
  objective: KpiName;
  minimise: boolean;
  mode: OptimiseMode;
  /** CNY/day to split; empty: the selected channels' total today. */
  total: NumberInput;
  channels: ChannelRow[];
  levers: LeverRow[];
  /** `KPI<=X` / `KPI>=X`, one per row ('' rows are ignored). */
  constraints: string[];
  replications: NumberInput;
  /** Horizon (days). */
  days: NumberInput;
  maxEvaluations: NumberInput;
  /** Grid points of each response curve. */
  curvePoints: NumberInput;
}

/** Whether the objective is minimised by default: the KPI catalogue's direction ("lower is better"). */
export function minimiseByDefault(kpi: KpiName): boolean {
  return KPI_CATALOGUE[kpi].direction === 'lower';
}

/** Paid channels whose budget is a number today (the ones a split can move). */
export function budgetLevers(levers: readonly Lever[]): Lever[] {
  return levers.filter((l) => l.group === 'channels' && l.value !== null);
}

/** Today's total (CNY/day) of the selected channels. */
export function todaysTotal(form: OptimiseForm, levers: readonly Lever[]): number {
  const chosen = new Set(form.channels.filter((c) => c.selected).map((c) => c.id));
  return budgetLevers(levers).reduce((sum, l) => sum + (chosen.has(l.path[1]) ? (l.value ?? 0) : 0), 0);
}

/** A lever row with the sweep view's default range around today's value. */
export function leverRow(lever: Lever): LeverRow {
  const { from, to } = defaultRange(lever.value ?? 0);
  return { path: lever.id, low: from, high: to };
}

/** The form for a scenario's levers: profit, maximised, every paid channel in the split, the CLI's defaults. */
export function defaultForm(levers: readonly Lever[], scenarioReplications: number, scenarioDays: number): OptimiseForm {
  return {
    objective: 'profitCny',
    minimise: minimiseByDefault('profitCny'),
    mode: 'budget',
    total: undefined,
    channels: budgetLevers(levers).map((l) => ({ id: l.path[1], selected: true, min: undefined, max: undefined, unit: 'cny' })),
    levers: [],
    constraints: [''],
    replications: Math.min(5, scenarioReplications),
    days: scenarioDays,
    maxEvaluations: 120,
    curvePoints: 7,
  };
}
