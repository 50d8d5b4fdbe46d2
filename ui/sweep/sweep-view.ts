// Pure helpers of the sweep view: lever value ranges from the form, and the KPI grid of two levers.
import { type SweepCellSummary, type KpiName, linspace } from '../../sim/index.ts';
import type { MessageKey } from '../i18n/en.ts';

/** One lever row of the form. */
export interface LeverSpec {
  path: string;
  from: number;
  to: number;
  steps: number;
  /** Integer-valued field (days, units): grid values are rounded and repeats dropped. */
  integer: boolean;
}

/** The values a form row asks for, or the key of the message saying what is wrong with it (its parameter: `path`). */
export function leverValues(spec: LeverSpec): { ok: true; values: number[] } | { ok: false; key: MessageKey & `sweep.${string}` } {
  if (!Number.isFinite(spec.from) || !Number.isFinite(spec.to)) return { ok: false, key: 'sweep.fromToNumbers' };
  if (!Number.isInteger(spec.steps) || spec.steps < 1 || spec.steps > 50) return { ok: false, key: 'sweep.stepsRange' };
  let values = linspace(spec.from, spec.to, spec.steps);
  if (spec.integer) values = [...new Set(values.map(Math.round))];
  return { ok: true, values };
}

/** A sensible default range around the current value: half to one and a half times, 5 steps. */
export function defaultRange(value: number): { from: number; to: number } {
  if (value === 0) return { from: 0, to: 100 };
  const round = (v: number) => Number.parseFloat(v.toPrecision(3));
  return { from: round(value * 0.5), to: round(value * 1.5) };
}

/** Means of `kpi` laid out as rows = values of lever A, columns = values of lever B. */
export function heatGrid(cells: readonly SweepCellSummary[], pathA: string, pathB: string, kpi: KpiName): { rows: number[]; cols: number[]; means: number[][] } {
  const rows = [...new Set(cells.map((c) => c.values[pathA]))];
  const cols = [...new Set(cells.map((c) => c.values[pathB]))];
  const means = rows.map(() => cols.map(() => NaN));
  for (const c of cells) means[rows.indexOf(c.values[pathA])][cols.indexOf(c.values[pathB])] = c.kpis[kpi].mean;
  return { rows, cols, means };
}
