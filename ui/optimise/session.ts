// The optimise view's heavy half, loaded on demand (it needs the scenario schema): reads the form
// into an optimisation problem with a message beside each wrong field, and runs the search, the
// fresh-seed check and the response curves through the experiment runner on the page's web
// workers — the same runner and transport as the run, compare and sweep views.
import {
  answerScenarioYaml,
  budgetGroupOf,
  BudgetSpecError,
  currentValue,
  errorText,
  KpiConditionError,
  LeverError,
  optimise,
  parseCondition,
  parseRange,
  responseCurves,
  todaysBudgets,
  runnerEvaluator,
  type Candidate,
  type EvaluationPlan,
  type Evaluator,
  type KpiCondition,
  type LeverRange,
  type MessageLang,
  type OptimiseProblem,
  type OptimiseResult,
  type Progress,
  type ResponseCurve,
  type Scenario,
  type Transport,
} from '../../sim/index.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { MessageParams } from '../i18n/translate.ts';
import type { NumberInput, OptimiseForm } from './form.ts';

/** A message in the user's language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Everything a run needs, read from a valid form. */
export interface OptimiseRun {
  problem: OptimiseProblem;
  plan: EvaluationPlan;
  maxEvaluations: number;
  curvePoints: number;
}

/** Field id → what is wrong there: `total`, `channels`, `channel:ID`, `levers`, `lever:I`, `constraint:I`, `replications`, `days`, `maxEvaluations`, `curvePoints`. */
export type FormErrors = Record<string, string>;

export type FormReading = { ok: true; run: OptimiseRun } | { ok: false; errors: FormErrors };

function wholeNumber(value: NumberInput, lo: number, hi: number, t: Translate): number | string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return t('optimise.error.number');
  if (!Number.isInteger(value) || value < lo || value > hi) return t('optimise.error.whole', { min: lo, max: hi });
  return value;
}

const end = (v: NumberInput, times: boolean) => `${v}${times ? 'x' : ''}`;

function readBudget(scenario: Scenario, form: OptimiseForm, t: Translate, errors: FormErrors, lang: MessageLang): OptimiseProblem['budget'] {
  const rows = form.channels.filter((c) => c.selected);
  if (rows.length < 2) {
    errors.channels = t('optimise.error.twoChannels');
    return undefined;
  }
  if (form.total !== undefined && form.total !== null && !(Number.isFinite(form.total) && form.total >= 0)) {
    errors.total = t('optimise.error.total', { detail: t('optimise.error.number') });
    return undefined;
  }
  const ids = rows.map((r) => r.id);
  const total = typeof form.total === 'number' ? form.total : todaysBudgets(scenario, ids).reduce((a, b) => a + b, 0);
  const bounds = [];
  for (const row of rows) {
    const blank = (v: NumberInput) => v === undefined || v === null;
    if (blank(row.min) && blank(row.max)) continue;
    if ((!blank(row.min) && !Number.isFinite(row.min)) || (!blank(row.max) && !Number.isFinite(row.max))) {
      errors[`channel:${row.id}`] = t('optimise.error.number');
      continue;
    }
    const hi = blank(row.max) ? String(total) : end(row.max, row.unit === 'times');
    bounds.push({ channel: row.id, range: `${blank(row.min) ? '0' : end(row.min, row.unit === 'times')}:${hi}` });
  }
  if (Object.keys(errors).length > 0) return undefined;
  try {
    const spec = { channels: ids, total, bounds };
    return budgetGroupOf(scenario, spec, { channels: t('optimise.channels'), total: t('optimise.total'), bounds: t('optimise.bounds') });
  } catch (error) {
    if (!(error instanceof BudgetSpecError)) throw error;
    const detail = errorText(error, lang);
    if (error.field === 'total') errors.total = t('optimise.error.total', { detail });
    else if (error.index >= 0) errors[`channel:${rows[error.index].id}`] = t('optimise.error.range', { detail });
    else errors.channels = detail;
    return undefined;
  }
}

function readLevers(scenario: Scenario, form: OptimiseForm, t: Translate, errors: FormErrors, lang: MessageLang): LeverRange[] {
  if (form.levers.length === 0) errors.levers = t('optimise.error.noLever');
  const out: LeverRange[] = [];
  form.levers.forEach((row, i) => {
    if (form.levers.findIndex((r) => r.path === row.path) !== i) return void (errors[`lever:${i}`] = t('optimise.error.leverTwice'));
    if (!Number.isFinite(row.low) || !Number.isFinite(row.high)) return void (errors[`lever:${i}`] = t('optimise.error.number'));
    try {
      out.push(parseRange(`${row.path}=${row.low}:${row.high}`, scenario, t('optimise.range')));
    } catch (error) {
      if (!(error instanceof LeverError)) throw error;
      errors[`lever:${i}`] = t('optimise.error.range', { detail: errorText(error, lang) });
    }
  });
  return out;
}

function readConstraints(form: OptimiseForm, t: Translate, errors: FormErrors, lang: MessageLang): KpiCondition[] {
  const out: KpiCondition[] = [];
  form.constraints.forEach((text, i) => {
    if (text.trim() === '') return;
    try {
      out.push(parseCondition(text, t('optimise.constraint')));
    } catch (error) {
      if (!(error instanceof KpiConditionError)) throw error;
      errors[`constraint:${i}`] = t('optimise.error.constraint', { detail: errorText(error, lang) });
    }
  });
  return out;
}

/** The run the form asks for, or a message for every wrong field (never throws for a user's mistake). */
export function readForm(scenario: Scenario, form: OptimiseForm, t: Translate, lang: MessageLang = 'en'): FormReading {
  const errors: FormErrors = {};
  const budget = form.mode === 'budget' ? readBudget(scenario, form, t, errors, lang) : undefined;
  const levers = form.mode === 'levers' ? readLevers(scenario, form, t, errors, lang) : [];
  const constraints = readConstraints(form, t, errors, lang);
  const limits = (path: string) => currentValue(scenario, path, path);
  const reps = wholeNumber(form.replications, 1, limits('replications').hi, t);
  const days = wholeNumber(form.days, limits('days').lo, limits('days').hi, t);
  const maxEvaluations = wholeNumber(form.maxEvaluations, 2, 10_000, t);
  const curvePoints = wholeNumber(form.curvePoints, 2, 25, t);
  for (const [field, v] of Object.entries({ replications: reps, days, maxEvaluations, curvePoints })) if (typeof v === 'string') errors[field] = v;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const problem: OptimiseProblem = { scenario, objective: form.objective, minimise: form.minimise, levers, budget, constraints };
  return { ok: true, run: { problem, plan: { seed: scenario.seed, replications: reps as number, days: days as number }, maxEvaluations: maxEvaluations as number, curvePoints: curvePoints as number } };
}

/** The workbench's Evaluator: the experiment runner over the page's web workers (the CLI's is cli/evaluator.ts). */
export function workbenchEvaluator(transport: Transport, signal: AbortSignal, onProgress?: (p: Progress) => void): Evaluator {
  return runnerEvaluator({ transport, signal, onProgress });
}

/** Where a run stands. */
export type OptimisePhase = 'search' | 'check' | 'curves';

export interface OptimiseHooks {
  onPhase?: (phase: OptimisePhase) => void;
  /** After each batch of the search: candidates evaluated so far and the best of them. */
  onSearch?: (evaluations: number, best: Candidate | undefined) => void;
  /** Replications of the batch in flight. */
  onProgress?: (progress: Progress) => void;
}

/** The search's answer with a response curve per lever or channel (the others held at the answer). */
export interface OptimiseOutcome {
  run: OptimiseRun;
  /** Today's value of every setting the search moved (see todaysValues). */
  today: Record<string, number>;
  result: OptimiseResult;
  curves: ResponseCurve[];
}

/** Today's value of every setting the problem moves, path → value. */
export function todaysValues(problem: OptimiseProblem): Record<string, number> {
  const budget = problem.budget;
  return Object.fromEntries([...problem.levers.map((l) => [l.path, l.current] as const), ...(budget?.paths.map((p, i) => [p, budget.current[i]] as const) ?? [])]);
}

/** Runs the search, the fresh-seed check and the response curves; rejects with an AbortError when cancelled. */
export async function runOptimisation(run: OptimiseRun, transport: Transport, signal: AbortSignal, hooks: OptimiseHooks = {}): Promise<OptimiseOutcome> {
  const inner = workbenchEvaluator(transport, signal, hooks.onProgress);
  let evaluated = 0;
  let best: Candidate | undefined;
  const evaluate: Evaluator = async (scenarios, plan) => {
    const searching = plan === run.plan;
    if (!searching) hooks.onPhase?.('check');
    const out = await inner(scenarios, plan);
    if (searching) hooks.onSearch?.((evaluated += scenarios.length), best);
    return out;
  };
  hooks.onPhase?.('search');
  const { problem } = run;
  const result = await optimise(problem, {
    evaluate,
    plan: run.plan,
    maxEvaluations: run.maxEvaluations,
    onIteration: (_i, incumbent, _step, evaluations) => {
      best = incumbent;
      hooks.onSearch?.(evaluations, incumbent);
    },
  });
  hooks.onPhase?.('curves');
  const budget = problem.budget;
  const today = todaysValues(problem);
  const ranges = [...problem.levers.map((l) => ({ path: l.path, low: l.low, high: l.high })), ...(budget?.paths.map((p, i) => ({ path: p, low: budget.min[i], high: budget.max[i] })) ?? [])];
  const curves = await responseCurves({ scenario: problem.scenario, kpi: problem.objective, at: result.best.values, current: today, ranges, points: run.curvePoints }, inner, run.plan);
  return { run, today, result, curves };
}

/** The answer as the short scenario `shoplab optimise --write` saves, extending `extendsPath`. */
export function answerYaml(extendsPath: string, outcome: OptimiseOutcome): string {
  const { scenario, objective } = outcome.run.problem;
  return answerScenarioYaml({ extendsPath, scenarioName: scenario.name, seed: scenario.seed, objective, result: outcome.result });
}
