// Fits chosen scenario parameters so the simulated KPI means hit targets: Nelder–Mead on the
// bounds-transformed space, objective = sum of squared relative errors. The evaluator is passed
// in (usually simulation means over fixed seeds and replications, i.e. common random numbers), so
// the objective is deterministic and the fit can be tested on cheap synthetic models.
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';
import type { Scenario } from '../scenario/schema.ts';
import { boundHit, fromUnbounded, toUnbounded, type Interval } from './interval.ts';
import { nelderMeadAsync } from '../math/nelderMead.ts';
import { CalibrationInputError, resolveParameter, withValues, type ResolvedParameter } from './parameterPath.ts';
import { diagnose } from './diagnose.ts';

/** KPI means of a scenario, keyed by KPI name (see sim/result.ts KPIS); may answer later (simulations on a pool). */
export type KpiEvaluator = (scenario: Scenario) => Readonly<Record<string, number>> | Promise<Readonly<Record<string, number>>>;

/** One KPI the calibrated scenario should reproduce. */
export interface CalibrationTarget {
  kpi: string;
  value: number;
  /** Relative weight in the objective (default 1). */
  weight?: number;
}

/** One scenario field to fit, with optional bounds inside the schema's range. */
export interface CalibrationParameter {
  path: string;
  lo?: number;
  hi?: number;
}

export interface CalibrationOptions {
  targets: CalibrationTarget[];
  parameters: CalibrationParameter[];
  evaluate: KpiEvaluator;
  /** Relative error within which a target counts as reached (default 0.05). */
  tolerance?: number;
  /** Stop searching once every target is within this relative error (default tolerance / 5). */
  stopTolerance?: number;
  /** Most evaluations of the objective, including the diagnosis (default 150). */
  maxEvaluations?: number;
  /** Called after each optimiser evaluation with (evaluations, worst relative error of the best point). */
  onProgress?: (evaluations: number, bestObjective: number) => void;
}

export interface FittedParameter {
  path: string;
  initial: number;
  fitted: number;
  interval: Interval;
  /** The fitted value sits on a bound of its range: the fit wanted to go further. */
  atBound: 'lower' | 'upper' | null;
}

export interface TargetOutcome {
  kpi: string;
  target: number;
  /** KPI mean of the starting scenario. */
  initial: number;
  achieved: number;
  /** (achieved − target) / |target| (absolute error when the target is 0). */
  relativeError: number;
  reached: boolean;
  /** For a missed target: why, in one sentence (which bound or which other target stops it). */
  reason: string | null;
  /** The same reason as a coded message (rendered in another language with renderMessage). */
  why?: LoaderMessage;
  /** Other targets that get worse when the fit moves towards this one. */
  conflictsWith: string[];
}

export interface CalibrationResult {
  /** 'reached' when every target is within tolerance. */
  status: 'reached' | 'not reached';
  tolerance: number;
  parameters: FittedParameter[];
  targets: TargetOutcome[];
  /** The scenario with the fitted values. */
  scenario: Scenario;
  evaluations: number;
  /** Sentences summarising why targets were missed (empty when reached). */
  notes: string[];
  /** The same notes as coded messages (rendered in another language with renderMessage). */
  notedWhy?: LoaderMessage[];
}

/** Penalty (as a relative error) for a KPI the run cannot define, e.g. AOV with no orders. */
const UNDEFINED_PENALTY = 100;

function relativeError(achieved: number, target: number): number {
  if (!Number.isFinite(achieved)) return UNDEFINED_PENALTY;
  return target === 0 ? achieved : (achieved - target) / Math.abs(target);
}

/** Runs the fit. Rejects with CalibrationInputError for unknown paths, bad bounds or bad targets. */
export async function calibrate(scenario: Scenario, options: CalibrationOptions): Promise<CalibrationResult> {
  const { targets, evaluate } = options;
  const tolerance = options.tolerance ?? 0.05;
  const stopTolerance = options.stopTolerance ?? tolerance / 5;
  const maxEvaluations = options.maxEvaluations ?? 150;
  if (targets.length === 0) throw new CalibrationInputError(loaderMessage('calibrate.noTargets', {}));
  if (options.parameters.length === 0) throw new CalibrationInputError(loaderMessage('calibrate.noParameters', {}));
  if (!(tolerance > 0)) throw new CalibrationInputError(loaderMessage('calibrate.tolerance', { got: tolerance }));
  const seen = new Set<string>();
  for (const t of targets) {
    if (!Number.isFinite(t.value)) throw new CalibrationInputError(loaderMessage('calibrate.targetNotNumber', { kpi: t.kpi, value: t.value }));
    if (seen.has(t.kpi)) throw new CalibrationInputError(loaderMessage('calibrate.targetTwice', { kpi: t.kpi }));
    seen.add(t.kpi);
  }
  const params: ResolvedParameter[] = options.parameters.map((p) => resolveParameter(scenario, p.path, { lo: p.lo, hi: p.hi }));
  const duplicate = params.find((p, i) => params.findIndex((q) => q.path === p.path) !== i);
  if (duplicate) throw new CalibrationInputError(loaderMessage('calibrate.parameterTwice', { path: duplicate.path }));

  const valuesAt = (u: ArrayLike<number>) =>
    new Map(params.map((p, i) => {
      const x = fromUnbounded(u[i], p.interval);
      return [p.path, p.integer ? Math.round(x) : x] as const;
    }));
  const errorsOf = (kpis: Readonly<Record<string, number>>) => targets.map((t) => relativeError(kpis[t.kpi], t.value));
  const objectiveOf = (errors: number[]) => errors.reduce((s, e, i) => s + (targets[i].weight ?? 1) * e * e, 0);

  const initialKpis = await evaluate(scenario);
  for (const t of targets) {
    if (!(t.kpi in initialKpis)) {
      throw new CalibrationInputError(loaderMessage('calibrate.notKpi', { kpi: t.kpi, known: Object.keys(initialKpis) }));
    }
  }
  const u0 = params.map((p) => toUnbounded(p.value, p.interval));
  // The stop test uses the worst single error; the objective is the weighted sum of squares.
  let evaluations = 1;
  let bestWorst = Math.max(...errorsOf(initialKpis).map(Math.abs));
  const objective = async (u: Float64Array) => {
    const errors = errorsOf(await evaluate(withValues(scenario, valuesAt(u))));
    evaluations++;
    const worst = Math.max(...errors.map(Math.abs));
    if (worst < bestWorst) bestWorst = worst;
    options.onProgress?.(evaluations, bestWorst);
    // Reaching every target well inside tolerance ends the search (see targetValue below).
    return worst <= stopTolerance ? -1 : objectiveOf(errors);
  };
  const diagnosisBudget = params.length;
  const search =
    bestWorst <= stopTolerance
      ? { x: Float64Array.from(u0), reason: 'start' as const }
      : await nelderMeadAsync(objective, u0, {
          maxEvaluations: Math.max(1, maxEvaluations - 1 - diagnosisBudget - 1),
          targetValue: -1,
          steps: 0.5,
          xTolerance: 1e-3,
          fTolerance: 1e-8,
          adaptive: true,
          restarts: 1,
        });

  const fittedValues = valuesAt(search.x);
  const fittedScenario = withValues(scenario, fittedValues);
  const achievedKpis = await evaluate(fittedScenario);
  evaluations++;
  const errors = errorsOf(achievedKpis);
  const fitted: FittedParameter[] = params.map((p) => {
    const value = fittedValues.get(p.path)!;
    return { path: p.path, initial: p.value, fitted: value, interval: p.interval, atBound: boundHit(value, p.interval, p.value) };
  });
  const outcomes: TargetOutcome[] = targets.map((t, i) => ({
    kpi: t.kpi,
    target: t.value,
    initial: initialKpis[t.kpi],
    achieved: achievedKpis[t.kpi],
    relativeError: errors[i],
    reached: Math.abs(errors[i]) <= tolerance,
    reason: null,
    conflictsWith: [],
  }));
  const status = outcomes.every((o) => o.reached) ? 'reached' : 'not reached';
  let notedWhy: LoaderMessage[] = [];
  if (status === 'not reached') {
    const sensitivity = async (j: number, value: number) => {
      const probe = new Map(fittedValues);
      probe.set(params[j].path, params[j].integer ? Math.round(value) : value);
      evaluations++;
      return errorsOf(await evaluate(withValues(scenario, probe)));
    };
    notedWhy = await diagnose({ outcomes, errors, fitted, targets, sensitivity, weightOf: (i) => targets[i].weight ?? 1, stoppedBy: search.reason });
  }
  return { status, tolerance, parameters: fitted, targets: outcomes, scenario: fittedScenario, evaluations, notes: notedWhy.map((n) => n.message), notedWhy };
}
