// The optimiser and budget allocator on the simulation: the best lever values (and split of a
// budget) for one KPI's mean, under constraints on other KPIs' means, all candidates on the same
// seeds (common random numbers, a sample-average approximation); then the winner is checked on
// fresh seeds against the starting plan (paired difference, 95 % interval, P(better)).
import { compareKpi } from '../experiment/compare.ts';
import { meets, shortfall, type KpiCondition } from '../experiment/kpi-condition.ts';
import { wilson, type Probability } from '../experiment/risk.ts';
import { setPath } from '../experiment/set-path.ts';
import { finiteValues, mean, meanInterval } from '../experiment/stats.ts';
import type { KpiRun } from '../experiment/summarise.ts';
import { KPIS, type KpiName } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { checkBudget, projectBudget, type BudgetGroup } from './budget.ts';
import type { Evaluator, EvaluationPlan } from './evaluator.ts';
import { patternSearch, type Point, type SearchStop } from './pattern-search.ts';
import type { LeverRange } from './range.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** What to optimise. */
export interface OptimiseProblem {
  scenario: Scenario;
  objective: KpiName;
  /** Minimise the objective instead of maximising it. */
  minimise?: boolean;
  /** Free levers, each within [low, high]. */
  levers: readonly LeverRange[];
  /** Budgets that must sum to a total. */
  budget?: BudgetGroup;
  /** Must hold on the mean over the replications. */
  constraints: readonly KpiCondition[];
}

export interface OptimiseOptions {
  evaluate: Evaluator;
  /** Seeds of the search (every candidate uses them). */
  plan: EvaluationPlan;
  /** Seeds of the out-of-sample check (default: seed + 1, twice the replications). */
  checkPlan?: EvaluationPlan;
  /** Most candidates the search evaluates (default 200). */
  maxEvaluations?: number;
  initialStep?: number;
  minStep?: number;
  onIteration?: (iteration: number, best: Candidate, step: number, evaluations: number) => void;
}

/** One constraint at one candidate. */
export interface ConstraintCheck {
  condition: KpiCondition;
  mean: number;
  /** Whether the mean meets it. */
  holds: boolean;
  /** Share of replications in which it holds. */
  probability: Probability;
}

/** An evaluated candidate. */
export interface Candidate {
  /** Setting path → value. */
  values: Record<string, number>;
  /** Mean of every KPI over the replications (finite values). */
  means: Record<KpiName, number>;
  /** The objective's mean. */
  objective: number;
  constraints: ConstraintCheck[];
  feasible: boolean;
  runs: KpiRun[];
}

/** The winner against the starting plan on fresh seeds. */
export interface OutOfSampleCheck {
  plan: EvaluationPlan;
  startObjective: number;
  bestObjective: number;
  /** best − start, mean of the paired differences, with its 95 % interval. */
  meanDelta: number;
  ciLow: number;
  ciHigh: number;
  /** Share of paired replications in which the winner does better in the optimisation's sense (ties half). */
  pBetter: number;
  constraints: { condition: KpiCondition; start: ConstraintCheck; best: ConstraintCheck }[];
}

export interface OptimiseResult {
  start: Candidate;
  best: Candidate;
  /** The input scenario with the winner's values. */
  scenario: Scenario;
  evaluations: number;
  iterations: number;
  stop: SearchStop;
  /** Best objective so far after each evaluation (for convergence plots and the benchmark). */
  trace: number[];
  check: OutOfSampleCheck;
}

/** The scenario with `values` at their paths (each validated by the schema). */
export function withLeverValues(scenario: Scenario, values: Readonly<Record<string, number>>): Scenario {
  let s = scenario;
  for (const [path, v] of Object.entries(values)) s = setPath(s, path, v);
  return s;
}

function checkConstraint(condition: KpiCondition, runs: readonly KpiRun[]): ConstraintCheck {
  const values = finiteValues(runs.map((r) => r.kpis[condition.kpi]));
  const m = mean(values);
  const k = values.filter((v) => meets(condition, v)).length;
  return { condition, mean: m, holds: meets(condition, m), probability: wilson(k, values.length) };
}

/** A candidate record from its runs. */
export function candidateOf(problem: OptimiseProblem, values: Record<string, number>, runs: KpiRun[]): Candidate {
  const means = {} as Record<KpiName, number>;
  for (const k of KPIS) means[k] = mean(finiteValues(runs.map((r) => r.kpis[k])));
  const constraints = problem.constraints.map((c) => checkConstraint(c, runs));
  return { values, means, objective: means[problem.objective], constraints, feasible: constraints.every((c) => c.holds), runs };
}

/** Feasible before infeasible; among feasible the better objective; among infeasible the smaller total shortfall. */
export function rankCandidates(minimise: boolean): (a: Candidate, b: Candidate) => number {
  const score = (c: Candidate) => (Number.isFinite(c.objective) ? (minimise ? c.objective : -c.objective) : Infinity);
  const miss = (c: Candidate) => c.constraints.reduce((s, k) => s + shortfall(k.condition, k.mean), 0);
  return (a, b) => {
    if (a.feasible !== b.feasible) return a.feasible ? -1 : 1;
    const d = a.feasible ? score(a) - score(b) : miss(a) - miss(b) || score(a) - score(b);
    return Number.isNaN(d) ? 0 : d;
  };
}

function pathsOf(problem: OptimiseProblem): string[] {
  return [...problem.levers.map((l) => l.path), ...(problem.budget?.paths ?? [])];
}

/** The starting point: today's values, clipped into the lever ranges and projected onto the budget set. */
export function startPoint(problem: OptimiseProblem): number[] {
  const free = problem.levers.map((l) => Math.min(l.high, Math.max(l.low, l.current)));
  if (!problem.budget) return free;
  checkBudget(problem.budget);
  return [...free, ...projectBudget(problem.budget.current, problem.budget)];
}

/** Runs the search and the out-of-sample check. */
export async function optimise(problem: OptimiseProblem, options: OptimiseOptions): Promise<OptimiseResult> {
  if (problem.levers.length === 0 && (problem.budget?.paths.length ?? 0) < 2) {
    throw codedRangeError('decide.nothingToOptimise', {});
  }
  const paths = pathsOf(problem);
  const valuesOf = (p: Point) => Object.fromEntries(paths.map((path, i) => [path, p[i]]));
  const compare = rankCandidates(problem.minimise === true);
  const trace: number[] = [];
  let incumbent: Candidate | undefined;
  const evaluate = async (points: readonly Point[]): Promise<Candidate[]> => {
    const scenarios = points.map((p) => withLeverValues(problem.scenario, valuesOf(p)));
    const runs = await options.evaluate(scenarios, options.plan);
    return points.map((p, i) => {
      const c = candidateOf(problem, valuesOf(p), runs[i]);
      if (incumbent === undefined || compare(c, incumbent) < 0) incumbent = c;
      trace.push(incumbent.objective);
      return c;
    });
  };
  const result = await patternSearch({
    levers: problem.levers,
    budget: problem.budget,
    start: startPoint(problem),
    evaluate,
    compare,
    maxEvaluations: options.maxEvaluations ?? 200,
    initialStep: options.initialStep,
    minStep: options.minStep,
    onIteration: options.onIteration,
  });
  const checkPlan = options.checkPlan ?? { ...options.plan, seed: options.plan.seed + 1, replications: options.plan.replications * 2 };
  const check = await outOfSample(problem, result.start, result.best, checkPlan, options.evaluate);
  return {
    start: result.start,
    best: result.best,
    scenario: withLeverValues(problem.scenario, result.best.values),
    evaluations: result.evaluations,
    iterations: result.iterations,
    stop: result.stop,
    trace,
    check,
  };
}

async function outOfSample(problem: OptimiseProblem, start: Candidate, best: Candidate, plan: EvaluationPlan, evaluate: Evaluator): Promise<OutOfSampleCheck> {
  const [a, b] = await evaluate([withLeverValues(problem.scenario, start.values), withLeverValues(problem.scenario, best.values)], plan);
  const k = problem.objective;
  const cmp = compareKpi(k, a.map((r, i) => [r.kpis[k], b[i].kpis[k]] as const));
  const sense = problem.minimise ? -1 : 1;
  const finite = cmp.deltas.filter(Number.isFinite);
  const wins = finite.reduce((s, d) => s + (sense * d > 0 ? 1 : d === 0 ? 0.5 : 0), 0);
  const ci = meanInterval(finite);
  return {
    plan,
    startObjective: cmp.baselineMean,
    bestObjective: cmp.alternativeMean,
    meanDelta: cmp.meanDelta,
    ciLow: ci.low,
    ciHigh: ci.high,
    pBetter: finite.length === 0 ? NaN : wins / finite.length,
    constraints: problem.constraints.map((c) => ({ condition: c, start: checkConstraint(c, a), best: checkConstraint(c, b) })),
  };
}
