// `shoplab optimise FILE --objective KPI --lever PATH=LO:HI … [--budget TOTAL --channels a,b,c]`:
// the best lever values and budget split on common random numbers, constraints on the mean with
// the chance they hold, the winner re-checked on fresh seeds; `--write` saves it as a scenario.
import { dirname, relative, resolve } from 'node:path';
import {
  answerScenarioYaml,
  budgetGroupOf,
  type BudgetGroup,
  optimise,
  type Candidate,
  type OptimiseProblem,
  type OptimiseResult,
  budgetPath,
  fieldBounds,
  parseRange,
  responseCurves,
  type ResponseCurve,
  parseCondition,
  KPIS,
  type KpiName,
  type Scenario,
  VERSION,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagNumber, flagString, parseArgs, readNumberText, type ParsedArgs } from '../args.ts';
import { cliEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { suggestion } from '../did-you-mean.ts';
import { channelName, formatDelta, formatKpi, formatPercent, formatValue, kpiLabel } from '../format.ts';
import { cliMessage, cliText, type CliKey, type CliLang } from '../lang.ts';
import { CLI_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { RUN_FLAGS, oneFileError, runFlagsHelp, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

/** The `--help` text in `lang`. */
export function optimiseHelp(lang: CliLang): string {
  const runFlags = runFlagsHelp(lang).map((l) => (l.includes('--reps') ? cliText(lang, 'help.repsPerCandidate') : l));
  return cliText(lang, 'optimise.help', { runFlags: runFlags.join('\n'), machine: cliText(lang, 'help.machineReadable') });
}

function kpiFlag(parsed: ParsedArgs): KpiName {
  const name = flagString(parsed, 'objective') ?? 'profitCny';
  if (!(KPIS as readonly string[]).includes(name)) throw new UsageError(cliMessage('optimise.unknownKpi', { flag: '--objective', name, hint: suggestion(name, KPIS, '', true), list: KPIS.join(', ') }));
  return name as KpiName;
}

function budgetGroup(parsed: ParsedArgs, scenario: Scenario): BudgetGroup | undefined {
  const list = flagString(parsed, 'channels');
  const totalText = flagString(parsed, 'budget');
  const bounds = flagList(parsed, 'bounds');
  if (list === undefined) {
    if (totalText !== undefined || bounds.length > 0) throw new UsageError(cliMessage('optimise.needsChannels', { flag: totalText !== undefined ? '--budget' : '--bounds' }));
    return undefined;
  }
  const channels = list.split(',').map((n) => n.trim()).filter((n) => n !== '');
  let total: number | undefined;
  if (totalText !== undefined) {
    total = readNumberText(totalText);
    if (Number.isNaN(total)) throw new UsageError(cliMessage('optimise.badBudget', { text: totalText }));
    // The split may put the whole total on one channel, so it must fit every channel's own range.
    const cap = Math.min(...channels.map((n) => fieldBounds(budgetPath(n).split('.'), scenario)?.max ?? Infinity));
    checkRange('--budget', total, { min: 0, max: cap, unit: "CNY per day; the most one channel's budget may be" }, `"${totalText}"`);
  }
  return budgetGroupOf(scenario, {
    channels,
    total,
    bounds: bounds.map((spec) => {
      const eq = spec.indexOf('=');
      return { channel: eq > 0 ? spec.slice(0, eq).trim() : spec.trim(), range: eq > 0 ? spec.slice(eq + 1) : '' };
    }),
  });
}

function setting(path: string, value: number): string {
  return /Cny$|budget/i.test(path) ? formatValue('money', value) : Number.parseFloat(value.toPrecision(6)).toLocaleString('en-US');
}

/** A lever path as shown: a channel's budget path names the channel (in Chinese by its name). */
function settingName(path: string, lang: CliLang): string {
  const channel = /^channels\.([^.]+)\.budgetPerDayCny$/.exec(path)?.[1];
  return lang === 'zh' && channel !== undefined ? `${path}（${channelName(channel, lang)}）` : path;
}

function leverTable(result: OptimiseResult, lang: CliLang): string {
  const rows = Object.keys(result.best.values).map((path) => {
    const a = result.start.values[path];
    const b = result.best.values[path];
    const share = (v: Candidate) => v.values[path] / Object.values(v.values).reduce((s, x) => s + x, 0);
    return [settingName(path, lang), setting(path, a), setting(path, b), `${b - a >= 0 ? '+' : '-'}${setting(path, Math.abs(b - a))}`, formatPercent(share(result.start), 0), formatPercent(share(result.best), 0)];
  });
  const header = (['optimise.setting', 'optimise.start', 'optimise.best', 'optimise.change', 'optimise.startShare', 'optimise.bestShare'] satisfies CliKey[]).map((key) => cliText(lang, key));
  return renderTable(header, rows);
}

function constraintRows(result: OptimiseResult, lang: CliLang): string {
  const t = (key: CliKey) => cliText(lang, key);
  if (result.best.constraints.length === 0) return '';
  const rows = result.best.constraints.map((c, i) => {
    const s = result.start.constraints[i];
    const fresh = result.check.constraints[i];
    const p = (x: { probability: { p: number } }) => formatPercent(x.probability.p, 0);
    return [c.condition.text, `${formatKpi(c.condition.kpi, s.mean, lang)} ${t(s.holds ? 'optimise.holds' : 'optimise.fails')}`, `${formatKpi(c.condition.kpi, c.mean, lang)} ${t(c.holds ? 'optimise.holds' : 'optimise.fails')}`, p(c), `${p(fresh.best)}`];
  });
  return `${t('optimise.constraintsTitle')}${renderTable([t('optimise.constraint'), t('optimise.start'), t('optimise.best'), t('optimise.pHolds'), t('optimise.pHoldsFresh')], rows)}`;
}

function curvesText(curves: readonly ResponseCurve[], lang: CliLang): string {
  const t = (key: CliKey, params = {}) => cliText(lang, key, params);
  return curves
    .map((c) => {
      const rows = c.points.map((p) => [
        setting(c.path, p.value) + (Math.abs(p.value - c.current) < 1e-9 ? t('optimise.today') : ''),
        formatKpi(c.kpi, p.mean, lang),
        Number.isFinite(p.ciLow) ? `${formatKpi(c.kpi, p.ciLow, lang)} – ${formatKpi(c.kpi, p.ciHigh, lang)}` : '–',
        Number.isFinite(p.marginal) ? p.marginal.toFixed(3) : '–',
      ]);
      const title = t('optimise.curveTitle', { kpi: kpiLabel(c.kpi, lang), path: settingName(c.path, lang), answer: setting(c.path, c.chosen), today: setting(c.path, c.current) });
      return `${title}${renderTable([c.path, t('optimise.mean'), t('optimise.ci'), t('optimise.marginal', { kpi: c.kpi })], rows)}`;
    })
    .join('');
}

/** The short scenario that extends `file` with the answer's values, for saving at `out`. */
export function answerYaml(file: string, out: string, cwd: string, scenario: Scenario, result: OptimiseResult, objective: KpiName): string {
  let from = relative(dirname(resolve(cwd, out)), resolve(cwd, file)).split('\\').join('/');
  if (!from.startsWith('.')) from = `./${from}`;
  return answerScenarioYaml({ extendsPath: from, scenarioName: scenario.name, seed: scenario.seed, objective, result });
}

function report(file: string, scenario: Scenario, problem: OptimiseProblem, result: OptimiseResult, reps: number, seconds: number, lang: CliLang): string {
  const t = (key: CliKey, params = {}) => cliText(lang, key, params);
  const k = problem.objective;
  const label = kpiLabel(k, lang);
  const c = result.check;
  const lines = [
    t('optimise.header', { version: VERSION, name: scenario.name, sense: t(problem.minimise ? 'optimise.minimise' : 'optimise.maximise'), kpi: label, seed: scenario.seed, reps }),
    t('optimise.searched', { evaluations: result.evaluations, iterations: result.iterations, stop: t(result.stop === 'converged' ? 'optimise.converged' : 'optimise.stoppedAtMax'), seconds: seconds.toFixed(1) }),
    leverTable(result, lang),
    t('optimise.objective', { kpi: label, start: formatKpi(k, result.start.objective, lang), best: formatKpi(k, result.best.objective, lang), infeasible: result.best.feasible ? '' : t('optimise.infeasible') }),
    constraintRows(result, lang),
    t('optimise.check', { seed: c.plan.seed, reps: c.plan.replications, delta: formatDelta(k, c.meanDelta, lang), low: formatDelta(k, c.ciLow, lang), high: formatDelta(k, c.ciHigh, lang), pBetter: formatPercent(c.pBetter, 0) }),
  ];
  return lines.join('');
}

function resultJson(file: string, scenario: Scenario, problem: OptimiseProblem, result: OptimiseResult, curves: readonly ResponseCurve[]): unknown {
  const cand = (x: Candidate) => ({ values: x.values, objective: x.objective, feasible: x.feasible, means: x.means, constraints: x.constraints.map((c) => ({ constraint: c.condition.text, mean: c.mean, holds: c.holds, pHolds: c.probability })) });
  return {
    tool: 'shoplab',
    version: VERSION,
    file,
    scenarioName: scenario.name,
    seed: scenario.seed,
    objective: problem.objective,
    minimise: problem.minimise === true,
    levers: problem.levers.map(({ path, low, high }) => ({ path, low, high })),
    budget: problem.budget ? { paths: problem.budget.paths, total: problem.budget.total, min: problem.budget.min, max: problem.budget.max } : null,
    constraints: problem.constraints.map((c) => c.text),
    evaluations: result.evaluations,
    iterations: result.iterations,
    stop: result.stop,
    start: cand(result.start),
    best: cand(result.best),
    trace: result.trace,
    check: {
      ...result.check,
      constraints: result.check.constraints.map((x) => ({ constraint: x.condition.text, start: x.start.probability, best: x.best.probability, startMean: x.start.mean, bestMean: x.best.mean })),
    },
    curves,
  };
}

export const main: CommandMain = async (args, io: CliIO) => {
  const parsed = parseArgs(args, {
    ...RUN_FLAGS,
    objective: 'string',
    minimise: 'boolean',
    minimize: 'boolean',
    lever: 'list',
    budget: 'string',
    channels: 'string',
    bounds: 'list',
    constraint: 'list',
    'max-evals': CLI_FLAG_RANGES.maxEvals,
    curves: 'boolean',
    write: 'string',
    json: 'string',
  });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(optimiseHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) throw oneFileError('optimise', 'shoplab optimise FILE --objective KPI --lever PATH=LO:HI', parsed.positional);
  const file = parsed.positional[0];
  const objective = kpiFlag(parsed);
  const constraints = flagList(parsed, 'constraint').map((s) => parseCondition(s, '--constraint'));
  const input = loadScenarioFile(file, io);
  const scenario = applyRunFlags(input, parsed);
  const levers = flagList(parsed, 'lever').map((s) => parseRange(s, scenario, '--lever'));
  const budget = budgetGroup(parsed, scenario);
  if (levers.length === 0 && !budget) throw new UsageError(cliMessage('optimise.needsLever'));
  const overlap = levers.find((l) => budget?.paths.includes(l.path));
  if (overlap) throw new UsageError(cliMessage('optimise.overlap', { path: overlap.path }));
  const reps = flagNumber(parsed, 'reps') ?? Math.min(5, scenario.replications);
  const plan = { seed: scenario.seed, replications: reps };
  const problem: OptimiseProblem = { scenario, objective, minimise: flagBoolean(parsed, 'minimise') || flagBoolean(parsed, 'minimize'), levers, budget, constraints };
  const transport = await decisionTransport(parsed, io);
  const evaluate = cliEvaluator(decisionWorkers(parsed, io), io, undefined, transport);
  const started = performance.now();
  let result: OptimiseResult;
  let curves: ResponseCurve[] = [];
  try {
    result = await optimise(problem, {
      evaluate,
      plan,
      maxEvaluations: flagNumber(parsed, 'max-evals') ?? 120,
      onIteration: io.stderrIsTTY ? (i, best, step, n) => io.stderr(cliText(lang, 'optimise.poll', { i, n, step: (step * 100).toFixed(1), best: formatKpi(objective, best.objective, lang) })) : undefined,
    });
    if (io.stderrIsTTY) io.stderr('\n');
    if (flagBoolean(parsed, 'curves')) {
      const ranges = [...levers.map((l) => ({ path: l.path, low: l.low, high: l.high })), ...(budget?.paths.map((p, i) => ({ path: p, low: budget.min[i], high: budget.max[i] })) ?? [])];
      const current = Object.fromEntries([...levers.map((l) => [l.path, l.current] as const), ...(budget?.paths.map((p, i) => [p, budget.current[i]] as const) ?? [])]);
      curves = await responseCurves({ scenario, kpi: objective, at: result.best.values, current, ranges }, evaluate, plan);
    }
  } finally {
    await transport.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const write = flagString(parsed, 'write');
  if (write !== undefined) writeOutput(io, write, answerYaml(file, write, io.cwd, input, result, objective));
  const json = flagString(parsed, 'json');
  if (json !== undefined) writeOutput(io, json, toJson(resultJson(file, scenario, problem, result, curves)));
  if (json !== '-') io.stdout(report(file, scenario, problem, result, reps, seconds, lang) + curvesText(curves, lang) + (write !== undefined && write !== '-' ? cliText(lang, 'optimise.wrote', { file: write }) : ''));
  return EXIT.ok;
};
