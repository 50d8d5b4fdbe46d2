// Runs a lesson's run step for real: small engine runs of built-in scenarios with the step's
// overrides and the learner's levers (set last, by path), the inventory models, or the Beer Game; then computes the
// step's measures from their outputs. Pure: scenario files come through an injected reader.
import { validateScenario, formatIssue, type Issue, type ReadText } from '../sim/scenario/index.ts';
import { runExperiment } from '../sim/experiment/runner.ts';
import { setPath } from '../sim/experiment/set-path.ts';
import { codedCopy, type CodedFields } from '../sim/scenario/codedError.ts';
import { mean, finiteValues } from '../sim/experiment/stats.ts';
import { SERIES, type SeriesName } from '../sim/result.ts';
import { evaluateNewsvendorNormal, newsvendorNormal } from '../models/inventory/newsvendor.ts';
import { reorderPointForServiceLevel } from '../models/inventory/safety-stock.ts';
import {
  BEER_ROLES, STERMAN_BOARD, baseStockPolicy, chainCost, costByStage, optimalBaseStock, orderVariance, playBeerGame, type BeerGameHistory,
} from '../sim/beergame/index.ts';
import { CHANNEL_FIELDS } from './outputs.ts';
import type { LessonRun, Measure, ParamValue, Step } from './schema.ts';

/** What the learner has entered so far: answers by prediction id, lever values by dotted path. */
export interface LessonInputs {
  predictions: Record<string, number | string>;
  levers: Record<string, number>;
}

/** The outputs of one run: named numbers, and what its charts need. */
export interface RunOutput {
  numbers: Record<string, number>;
  /** Engine runs: mean daily series over the replications. */
  series?: Partial<Record<SeriesName, number[]>>;
  /** Beer Game runs: the whole game. */
  beerGame?: BeerGameHistory;
}

/** The outcome of a run step. */
export interface StepOutcome {
  runs: Record<string, RunOutput>;
  measures: Record<string, number>;
}

/** Why a run step could not run, as data a front end words in its language (`lessonRun.<kind>`). */
export type LessonRunReason =
  | { kind: 'noPrediction'; prediction: string }
  | { kind: 'scenario'; issues: Issue[] }
  /** `coded`: the lever error's code, so a front end can word `detail` in its language. */
  | { kind: 'lever'; path: string; detail: string; coded?: Partial<CodedFields> }
  | { kind: 'missingOutput'; measure: string; output: string };

function englishReason(reason: LessonRunReason): string {
  switch (reason.kind) {
    case 'noPrediction':
      return `prediction "${reason.prediction}" has no number yet`;
    case 'scenario':
      return reason.issues.map(formatIssue).join('\n');
    case 'lever':
      return reason.detail;
    default:
      return `measure ${reason.measure}: run output "${reason.output}" does not exist (a channel the scenario lacks?)`;
  }
}

/** A run step could not run (a scenario that does not load, a missing answer): `.message` in English, `reason` as data. */
export class LessonRunError extends Error {
  constructor(readonly reason: LessonRunReason) {
    super(englishReason(reason));
    this.name = 'LessonRunError';
  }
}

function param(v: ParamValue, inputs: LessonInputs): number {
  if (typeof v === 'number') return v;
  const answer = inputs.predictions[v.prediction];
  if (typeof answer !== 'number' || !Number.isFinite(answer)) throw new LessonRunError({ kind: 'noPrediction', prediction: v.prediction });
  return answer;
}

/** The run's scenario: the built-in file with the run's overrides, then the learner's levers. */
function engineScenario(run: Extract<LessonRun, { model: 'engine' }>, inputs: LessonInputs, readText: ReadText) {
  const loaded = validateScenario({ extends: `/scenarios/${run.scenario}`, ...run.overrides }, { fileName: `/lessons/${run.id}.yaml`, readText });
  if (!loaded.ok) throw new LessonRunError({ kind: 'scenario', issues: loaded.issues });
  let scenario = { ...loaded.scenario, replications: run.replications, ...(run.days ? { days: run.days } : {}) };
  if (run.applyLevers) {
    for (const [path, value] of Object.entries(inputs.levers)) {
      try {
        scenario = setPath(scenario, path, value);
      } catch (e) {
        throw new LessonRunError({ kind: 'lever', path, detail: e instanceof Error ? e.message : String(e), coded: codedCopy(e) });
      }
    }
  }
  return scenario;
}

async function engineRun(run: Extract<LessonRun, { model: 'engine' }>, inputs: LessonInputs, readText: ReadText, signal?: AbortSignal): Promise<RunOutput> {
  const scenario = engineScenario(run, inputs, readText);
  const [results] = await runExperiment([{ scenario, seed: scenario.seed, replications: scenario.replications, days: scenario.days }], { signal });
  const numbers: Record<string, number> = {};
  for (const k of Object.keys(results[0].kpis) as (keyof (typeof results)[0]['kpis'])[]) numbers[`kpi.${k}`] = mean(finiteValues(results.map((r) => r.kpis[k])));
  const series: Partial<Record<SeriesName, number[]>> = {};
  for (const name of SERIES) {
    const days = results[0].series[name].length;
    const avg = Array.from({ length: days }, (_, d) => mean(results.map((r) => r.series[name][d])));
    series[name] = avg;
    numbers[`series.${name}.sum`] = mean(results.map((r) => r.series[name].reduce((a, b) => a + b, 0)));
    numbers[`series.${name}.mean`] = numbers[`series.${name}.sum`] / days;
    numbers[`series.${name}.max`] = mean(results.map((r) => Math.max(...r.series[name])));
    numbers[`series.${name}.last`] = avg[days - 1];
    numbers[`series.${name}.early`] = mean(avg.slice(0, 14));
    numbers[`series.${name}.late`] = mean(avg.slice(-28));
  }
  for (const id of Object.keys(results[0].channels))
    for (const f of CHANNEL_FIELDS) numbers[`channel.${id}.${f}`] = mean(results.map((r) => r.channels[id][f]));
  return { numbers, series };
}

function beerGameRun(run: Extract<LessonRun, { model: 'beerGame' }>): RunOutput {
  const best = optimalBaseStock(STERMAN_BOARD);
  const history = run.policy === 'sterman' ? playBeerGame(STERMAN_BOARD) : playBeerGame(STERMAN_BOARD, best.levelsCases.map((l) => baseStockPolicy(l)));
  const cost = costByStage(history);
  const v = orderVariance(history);
  const numbers: Record<string, number> = { chainCost: chainCost(history), demandVariance: v.demand, baseStockChainCost: best.cost, factoryVarianceRatio: v.factory / v.demand };
  for (const r of BEER_ROLES) {
    numbers[`${r}Cost`] = cost[r];
    numbers[`${r}OrderVariance`] = v[r];
  }
  return { numbers, beerGame: history };
}

/** Runs one model run of a step (engine runs go through the experiment runner). */
export async function runOne(run: LessonRun, inputs: LessonInputs, readText: ReadText, signal?: AbortSignal): Promise<RunOutput> {
  switch (run.model) {
    case 'engine':
      return engineRun(run, inputs, readText, signal);
    case 'newsvendor': {
      const prices = { unitPrice: run.priceCny, unitCost: run.costCny, salvageValue: run.salvageCny };
      const demand = { mean: run.meanUnits, sd: run.sdUnits };
      const best = newsvendorNormal(demand, prices);
      const mine = evaluateNewsvendorNormal(param(run.orderUnits, inputs), demand, prices);
      return { numbers: {
        bestOrderUnits: best.orderQuantity, criticalRatio: best.criticalRatio, bestProfitCny: best.expectedProfit,
        orderProfitCny: mine.expectedProfit, profitGapCny: best.expectedProfit - mine.expectedProfit, orderInStockProbability: mine.inStockProbability,
      } };
    }
    case 'safetyStock': {
      const base = { demandMean: run.demandPerDay, demandSd: run.demandSdPerDay, leadTime: run.leadTimeDays };
      const varied = reorderPointForServiceLevel({ ...base, leadTimeSd: param(run.leadTimeSdDays, inputs) }, run.serviceLevel);
      const fixed = reorderPointForServiceLevel({ ...base, leadTimeSd: 0 }, run.serviceLevel);
      return { numbers: {
        safetyStockUnits: varied.safetyStock, reorderPointUnits: varied.reorderPoint, leadTimeDemandSdUnits: varied.leadTimeDemand.sd,
        fixedLeadTimeSafetyStockUnits: fixed.safetyStock,
      } };
    }
    case 'beerGame':
      return beerGameRun(run);
  }
}

/** Computes a step's measures in order (a combined measure may use any earlier one). */
export function computeMeasures(measures: readonly Measure[], runs: Record<string, RunOutput>, earlier: Record<string, number> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  const known = (id: string) => out[id] ?? earlier[id];
  for (const m of measures) {
    if ('value' in m) {
      const dot = m.value.indexOf('.');
      const value = runs[m.value.slice(0, dot)].numbers[m.value.slice(dot + 1)];
      if (value === undefined) throw new LessonRunError({ kind: 'missingOutput', measure: m.id, output: m.value });
      out[m.id] = value * m.scale;
    } else {
      const [a, b] = m.of.map(known);
      out[m.id] = (m.op === 'difference' ? a - b : m.op === 'ratio' ? a / b : ((a - b) / b) * 100) * m.scale;
    }
  }
  return out;
}

/** Runs a run step with the learner's inputs; `earlier` holds measures of earlier steps. */
export async function runLessonStep(step: Extract<Step, { kind: 'run' }>, inputs: LessonInputs, readText: ReadText, earlier: Record<string, number> = {}, signal?: AbortSignal): Promise<StepOutcome> {
  const runs: Record<string, RunOutput> = {};
  for (const r of step.runs) runs[r.id] = await runOne(r, inputs, readText, signal);
  return { runs, measures: computeMeasures(step.measures, runs, earlier) };
}

/**
 * The values the step's unlocked and locked levers start from: read from the scenario of the
 * step's first engine run that takes the learner's levers (null where the field is a formula).
 */
export function leverDefaults(step: Extract<Step, { kind: 'run' }>, readText: ReadText): Record<string, number | null> {
  const run = step.runs.find((r) => r.model === 'engine' && r.applyLevers) as Extract<LessonRun, { model: 'engine' }> | undefined;
  const out: Record<string, number | null> = {};
  const paths = [...step.levers.unlock, ...step.levers.lock];
  if (!run || paths.length === 0) return out;
  const loaded = validateScenario({ extends: `/scenarios/${run.scenario}`, ...run.overrides }, { fileName: `/lessons/${run.id}.yaml`, readText });
  if (!loaded.ok) throw new LessonRunError({ kind: 'scenario', issues: loaded.issues });
  for (const path of paths) {
    let node: unknown = loaded.scenario;
    for (const p of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[p] : undefined;
    out[path] = typeof node === 'number' ? node : null;
  }
  return out;
}
