// The budget allocator's feasible set: channel budgets that sum to a total, each within its own
// [min, max]. Points are kept on a grid of `resolution` (1 CNY by default), so with a whole total
// and whole bounds the sum is exact in floating point, not merely close.
import { LeverError } from '../experiment/set-path.ts';
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';

/** Budgets at `paths` that must sum to `total`, each in [min[i], max[i]] (same units as the settings). */
export interface BudgetGroup {
  paths: string[];
  total: number;
  min: number[];
  max: number[];
  /** Today's values at the paths. */
  current: number[];
  /** Grid of the amounts moved between budgets (default 1). */
  resolution: number;
}

/** The setting a budget name stands for: a channel id means its `budgetPerDayCny`; a dotted path is itself. */
export function budgetPath(name: string): string {
  return name.includes('.') ? name : `channels.${name}.budgetPerDayCny`;
}

/** Which part of a budget split a message is about (the workbench shows it beside that field). */
export type BudgetField = 'channels' | 'total' | 'bounds';

/** A budget split that cannot be: says what, and which field (with the channel's index for its bounds). */
export class BudgetSpecError extends LeverError {
  constructor(
    coded: LoaderMessage,
    readonly field: BudgetField,
    /** The channel's position in the split for `bounds` (and a named channel); −1 otherwise. */
    readonly index = -1,
    where = '',
  ) {
    super(coded, where);
    this.name = 'BudgetSpecError';
  }
}

/** Throws BudgetSpecError when no split of `total` fits the bounds; `totalLabel` names the total in messages. */
export function checkBudget(group: BudgetGroup, totalLabel = '--budget'): void {
  const { total, min, max, paths } = group;
  if (!(Number.isFinite(total) && total >= 0)) throw new BudgetSpecError(loaderMessage('budget.totalNegative', { label: totalLabel, total }), 'total');
  paths.forEach((p, i) => {
    if (!(min[i] <= max[i])) throw new BudgetSpecError(loaderMessage('budget.boundsOrder', { path: p, min: min[i], max: max[i] }), 'bounds', i);
  });
  const lo = min.reduce((a, b) => a + b, 0);
  const hi = max.reduce((a, b) => a + b, 0);
  if (total < lo - 1e-9) throw new BudgetSpecError(loaderMessage('budget.belowLower', { label: totalLabel, total, sum: lo }), 'total');
  if (total > hi + 1e-9) throw new BudgetSpecError(loaderMessage('budget.aboveUpper', { label: totalLabel, total, sum: hi }), 'total');
}

/**
 * The point of the budget set nearest in shape to `x`: x + λ clipped to the bounds, with λ found
 * by bisection so the sum is the total (the Euclidean projection onto the bounded simplex),
 * then put on the resolution grid with the remainder placed where there is room.
 */
export function projectBudget(x: readonly number[], group: BudgetGroup): number[] {
  const { total, min, max, resolution } = group;
  const at = (lambda: number) => x.map((v, i) => Math.min(max[i], Math.max(min[i], v + lambda)));
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  let lo = -total - Math.max(...x.map(Math.abs)) - 1;
  let hi = total + Math.max(...x.map(Math.abs)) + 1;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) < total) lo = mid;
    else hi = mid;
  }
  const exact = at((lo + hi) / 2);
  return onGrid(exact, group, resolution);
}

function onGrid(values: number[], group: BudgetGroup, resolution: number): number[] {
  const { total, min, max } = group;
  const out = values.map((v, i) => Math.min(max[i], Math.max(min[i], Math.round(v / resolution) * resolution)));
  let rest = total - out.reduce((a, b) => a + b, 0);
  // Hand the remainder (a few grid steps from rounding) to the budgets with room, largest room first.
  for (let guard = 0; Math.abs(rest) > 1e-9 && guard <= out.length; guard++) {
    const up = rest > 0;
    let best = -1;
    let room = 0;
    for (let i = 0; i < out.length; i++) {
      const r = up ? max[i] - out[i] : out[i] - min[i];
      if (r > room + 1e-12) {
        room = r;
        best = i;
      }
    }
    if (best < 0) break;
    const move = Math.min(Math.abs(rest), room);
    out[best] += up ? move : -move;
    rest += up ? -move : move;
  }
  return out;
}
