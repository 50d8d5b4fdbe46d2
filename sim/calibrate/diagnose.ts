// Explains missed calibration targets: a finite-difference sensitivity of each target's relative
// error to each parameter at the best point tells whether a target is out of reach of the fitted
// parameters, blocked by a bound, or traded off against another target.
import type { StopReason } from '../math/nelderMead.ts';
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';
import type { MissReason } from '../scenario/messages/decide.ts';
import type { CalibrationTarget, FittedParameter, TargetOutcome } from './calibrate.ts';

export interface DiagnoseInput {
  /** Outcomes to annotate in place (reason, conflictsWith). */
  outcomes: TargetOutcome[];
  /** Relative error per target at the best point. */
  errors: number[];
  fitted: FittedParameter[];
  targets: CalibrationTarget[];
  /** Relative errors after setting parameter j to `value` (the others stay at the best point). */
  sensitivity: (j: number, value: number) => Promise<number[]>;
  weightOf: (i: number) => number;
  /** Why the optimiser stopped. */
  stoppedBy: StopReason | 'start';
}

/** Share of a parameter's natural scale (its range, or its distance from its one bound) that a probe moves it. */
const PROBE = 0.05;

/** A small move of the parameter away from any bound it sits on: signed, in its own units. */
function probeStep(p: FittedParameter): number {
  const { lo, hi } = p.interval;
  const finite = Number.isFinite(lo) && Number.isFinite(hi);
  const from = Number.isFinite(lo) ? lo : hi;
  const scale = finite ? hi - lo : Number.isFinite(from) ? Math.max(Math.abs(p.fitted - from), Math.abs(p.initial - from)) : Math.max(Math.abs(p.fitted), 1);
  const step = PROBE * (scale > 0 ? scale : 1);
  if (p.atBound === 'upper' || p.fitted + step > hi) return -Math.min(step, Math.max(p.fitted - lo, 0) || step);
  return step;
}

const fmt = (x: number) => (Math.abs(x) >= 1000 || Math.abs(x) < 0.01 ? x.toPrecision(4) : String(Number(x.toFixed(4))));

/** Annotates each missed target with a reason (English `reason`, coded `why`) and returns summary notes, coded. Costs one evaluation per parameter. */
export async function diagnose(input: DiagnoseInput): Promise<LoaderMessage[]> {
  const { outcomes, errors, fitted, targets } = input;
  // slope(i, j): change of target i's error when parameter j makes one probe move upwards. Probes
  // step inwards from a bound, where moving outwards is impossible.
  const steps = fitted.map(probeStep);
  const jac: number[][] = [];
  for (const [j, p] of fitted.entries()) {
    const probed = await input.sensitivity(j, p.fitted + steps[j]);
    jac.push(probed.map((e, i) => (e - errors[i]) * Math.sign(steps[j])));
  }
  const slope = (i: number, j: number) => jac[j][i];
  const scale = Math.max(1e-12, ...jac.flatMap((col) => col.map(Math.abs)));
  const notes: LoaderMessage[] = [];
  const reasons = new Map<number, MissReason>();
  const because = (i: number, reason: MissReason) => {
    reasons.set(i, reason);
    const why = loaderMessage('calibrate.reason', { reason });
    outcomes[i].why = why;
    outcomes[i].reason = why.message;
  };

  outcomes.forEach((o, i) => {
    if (o.reached) return;
    const influencers = fitted.map((_, j) => j).filter((j) => Math.abs(slope(i, j)) > 1e-3 * scale);
    if (influencers.length === 0) {
      return because(i, { kind: 'noMover', kpi: o.kpi });
    }
    // Moving u_j by −e_i·slope shrinks this target's error; a bound may forbid that direction.
    const helpful = (j: number) => -Math.sign(errors[i] * slope(i, j));
    const blocked = (j: number) =>
      (fitted[j].atBound === 'upper' && helpful(j) > 0) || (fitted[j].atBound === 'lower' && helpful(j) < 0);
    const free = influencers.filter((j) => !blocked(j));
    if (free.length === 0) {
      const limits = influencers.map((j) => ({ path: fitted[j].path, bound: fitted[j].atBound!, value: fmt(fitted[j].fitted), wants: helpful(j) > 0 ? ('higher' as const) : ('lower' as const) }));
      return because(i, { kind: 'bounds', limits });
    }
    // Linear reach: how much of the error the free parameters could close if each went all the
    // way to the bound it is heading for. For the saturating responses typical of a funnel this
    // overstates the reach, so a shortfall means the target is out of reach.
    const reach = free.reduce((sum, j) => {
      const p = fitted[j];
      const distance = helpful(j) > 0 ? p.interval.hi - p.fitted : p.fitted - p.interval.lo;
      return sum + Math.abs(slope(i, j)) * (distance / Math.abs(steps[j]));
    }, 0);
    if (reach < Math.abs(errors[i])) {
      const ends = free.map((j) => ({ path: fitted[j].path, value: fmt(helpful(j) > 0 ? fitted[j].interval.hi : fitted[j].interval.lo) }));
      return because(i, { kind: 'outOfReach', ends, reachPoints: (reach * 100).toFixed(1), errorPct: (Math.abs(errors[i]) * 100).toFixed(1) });
    }
    const direction = fitted.map((_, j) => (free.includes(j) ? -errors[i] * slope(i, j) : 0));
    const conflicts = targets
      .map((t, k) => ({ kpi: t.kpi, k }))
      .filter(({ k }) => k !== i)
      .filter(({ k }) => {
        const change = direction.reduce((s, d, j) => s + d * slope(k, j), 0);
        return input.weightOf(k) * errors[k] * change > 0 || (Math.abs(errors[k]) < 1e-12 && Math.abs(change) > 1e-3 * scale);
      })
      .map(({ kpi }) => kpi);
    o.conflictsWith = conflicts;
    if (conflicts.length > 0) {
      // Slopes measured where the search stopped early may not hold at the optimum.
      because(i, { kind: 'conflicts', conflicts, moving: free.map((j) => fitted[j].path), budgetRanOut: input.stoppedBy === 'maxEvaluations' });
    } else if (input.stoppedBy === 'maxEvaluations') {
      because(i, { kind: 'budgetRanOut' });
    } else {
      because(i, { kind: 'settled' });
    }
  });

  const missed = outcomes.filter((o) => !o.reached);
  if (missed.length > 0) {
    const missedReasons = outcomes.flatMap((o, i) => (o.reached ? [] : [{ kpi: o.kpi, reason: reasons.get(i)! }]));
    notes.push(loaderMessage('calibrate.missed', { count: outcomes.length, missed: missedReasons }));
  }
  if (targets.length > fitted.length) {
    notes.push(loaderMessage('calibrate.overDetermined', { targets: targets.length, parameters: fitted.length }));
  }
  for (const p of fitted) {
    if (p.atBound) notes.push(loaderMessage('calibrate.onBound', { path: p.path, bound: p.atBound, value: fmt(p.fitted) }));
  }
  if (input.stoppedBy === 'maxEvaluations') notes.push(loaderMessage('calibrate.budgetSpent', {}));
  return notes;
}
