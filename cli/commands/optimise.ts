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
  didYouMean,
  VERSION,
  KPI_CATALOGUE,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagNumber, flagString, parseArgs, readNumberText, type ParsedArgs } from '../args.ts';
import { cliEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { formatDelta, formatKpi, formatPercent, formatValue } from '../format.ts';
import { CLI_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { RUN_FLAGS, RUN_FLAGS_HELP, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

const HELP = [
  'Usage: shoplab optimise FILE --objective KPI [--minimise] --lever PATH=LO:HI … [options]',
  '       shoplab optimise FILE --objective KPI --budget TOTAL --channels a,b,c [--bounds a=LO:HI …]',
  '',
  'Searches for the lever values (and the split of a budget over channels) that give the best mean',
  'of one KPI. Every candidate runs on the same seeds (common random numbers), so differences are',
  'not noise; constraints must hold on the mean and are shown with the share of replications in',
  'which they hold. The winner is then re-run on fresh seeds beside the starting plan: paired',
  'difference, its 95 % interval and P(better). Search: a compass (pattern) search that polls every',
  'direction as one parallel batch, moves budget between two channels at a time (the total stays',
  'exact) and halves its step when nothing improves.',
  '',
  'Options:',
  '  --objective KPI      the KPI to optimise (default profitCny)',
  '  --minimise           minimise it (also --minimize), e.g. marketingCny under a GMV target',
  '  --lever SPEC         PATH=LO:HI, PATH=0.5x:2x (× today) or PATH=±20% (repeatable)',
  '  --budget TOTAL       channel budgets must sum to TOTAL (default: their sum today)',
  '  --channels a,b,c     the budgets to split: channel ids (their budgetPerDayCny) or dotted paths',
  '  --bounds NAME=LO:HI  a channel\'s range, absolute or × today (e.g. social=0.5x:2x; default 0:TOTAL)',
  "  --constraint C       must hold on the mean, e.g. 'cacCny<=50', 'roas>=4' (repeatable)",
  '  --max-evals N        most candidates to evaluate (default 120)',
  '  --curves             also print response curves (KPI against each lever or channel around the answer)',
  '  --write OUT.yaml     save the answer as a short scenario that extends FILE',
  '  --json OUT           write the result as JSON ("-" = stdout)',
  ...RUN_FLAGS_HELP.map((l) => (l.includes('--reps') ? "  --reps R       replications per candidate (default: the scenario's, at most 5)" : l)),
  '',
  "Example: shoplab optimise scenarios/002-ecommerce-ops/baseline.yaml --objective profitCny --channels paid_search,social,crm --constraint 'roas>=4' --reps 4",
  '',
].join('\n');

function kpiFlag(parsed: ParsedArgs): KpiName {
  const name = flagString(parsed, 'objective') ?? 'profitCny';
  if (!(KPIS as readonly string[]).includes(name)) throw new UsageError(`--objective ${name}: unknown KPI${didYouMean(name, KPIS)} (KPIs: ${KPIS.join(', ')})`);
  return name as KpiName;
}

function budgetGroup(parsed: ParsedArgs, scenario: Scenario): BudgetGroup | undefined {
  const list = flagString(parsed, 'channels');
  const totalText = flagString(parsed, 'budget');
  const bounds = flagList(parsed, 'bounds');
  if (list === undefined) {
    if (totalText !== undefined || bounds.length > 0) throw new UsageError(`${totalText !== undefined ? '--budget' : '--bounds'} needs --channels a,b,c: the budgets to split`);
    return undefined;
  }
  const channels = list.split(',').map((n) => n.trim()).filter((n) => n !== '');
  let total: number | undefined;
  if (totalText !== undefined) {
    total = readNumberText(totalText);
    if (Number.isNaN(total)) throw new UsageError(`--budget expects a total in CNY per day, got "${totalText}"`);
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

function leverTable(result: OptimiseResult): string {
  const rows = Object.keys(result.best.values).map((path) => {
    const a = result.start.values[path];
    const b = result.best.values[path];
    const share = (v: Candidate) => v.values[path] / Object.values(v.values).reduce((s, x) => s + x, 0);
    return [path, setting(path, a), setting(path, b), `${b - a >= 0 ? '+' : '-'}${setting(path, Math.abs(b - a))}`, formatPercent(share(result.start), 0), formatPercent(share(result.best), 0)];
  });
  return renderTable(['Setting', 'Start', 'Best', 'Change', 'Start share', 'Best share'], rows);
}

function constraintRows(result: OptimiseResult): string {
  if (result.best.constraints.length === 0) return '';
  const rows = result.best.constraints.map((c, i) => {
    const s = result.start.constraints[i];
    const fresh = result.check.constraints[i];
    const p = (x: { probability: { p: number } }) => formatPercent(x.probability.p, 0);
    return [c.condition.text, `${formatKpi(c.condition.kpi, s.mean)} ${s.holds ? 'holds' : 'fails'}`, `${formatKpi(c.condition.kpi, c.mean)} ${c.holds ? 'holds' : 'fails'}`, p(c), `${p(fresh.best)}`];
  });
  return `\nConstraints (on the mean; P = share of replications in which it holds)\n\n${renderTable(['Constraint', 'Start', 'Best', 'P(holds)', 'P(holds), fresh seeds'], rows)}`;
}

function curvesText(curves: readonly ResponseCurve[]): string {
  return curves
    .map((c) => {
      const rows = c.points.map((p) => [
        setting(c.path, p.value) + (Math.abs(p.value - c.current) < 1e-9 ? ' (today)' : ''),
        formatKpi(c.kpi, p.mean),
        Number.isFinite(p.ciLow) ? `${formatKpi(c.kpi, p.ciLow)} – ${formatKpi(c.kpi, p.ciHigh)}` : '–',
        Number.isFinite(p.marginal) ? p.marginal.toFixed(3) : '–',
      ]);
      return `\nResponse of ${KPI_CATALOGUE[c.kpi].label} to ${c.path} (others at the answer; answer ${setting(c.path, c.chosen)}, today ${setting(c.path, c.current)})\n\n${renderTable([c.path, 'Mean', '95 % CI', `Marginal (Δ${c.kpi} per unit)`], rows)}`;
    })
    .join('');
}

/** The short scenario that extends `file` with the answer's values, for saving at `out`. */
export function answerYaml(file: string, out: string, cwd: string, scenario: Scenario, result: OptimiseResult, objective: KpiName): string {
  let from = relative(dirname(resolve(cwd, out)), resolve(cwd, file)).split('\\').join('/');
  if (!from.startsWith('.')) from = `./${from}`;
  return answerScenarioYaml({ extendsPath: from, scenarioName: scenario.name, seed: scenario.seed, objective, result });
}

function report(file: string, scenario: Scenario, problem: OptimiseProblem, result: OptimiseResult, reps: number, seconds: number): string {
  const k = problem.objective;
  const sense = problem.minimise ? 'minimise' : 'maximise';
  const c = result.check;
  const lines = [
    `ShopLab ${VERSION} · optimise "${scenario.name}" · ${sense} ${KPI_CATALOGUE[k].label} · seed ${scenario.seed} · ${reps} replications per candidate\n`,
    `${result.evaluations} candidates in ${result.iterations} polls (${result.stop === 'converged' ? 'converged' : 'stopped at --max-evals'}), ${seconds.toFixed(1)} s\n\n`,
    leverTable(result),
    `\n${KPI_CATALOGUE[k].label} (mean, search seeds): start ${formatKpi(k, result.start.objective)} → best ${formatKpi(k, result.best.objective)}${result.best.feasible ? '' : '  (NO candidate met every constraint; the least infeasible is shown)'}\n`,
    constraintRows(result),
    `\nOut-of-sample check on fresh seeds (seed ${c.plan.seed}, ${c.plan.replications} paired replications): best − start = ${formatDelta(k, c.meanDelta)} (95 % CI ${formatDelta(k, c.ciLow)} … ${formatDelta(k, c.ciHigh)}), P(better) ${formatPercent(c.pBetter, 0)}\n`,
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
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) throw new UsageError(parsed.positional.length === 0 ? 'optimise needs a scenario file: shoplab optimise FILE --objective KPI --lever PATH=LO:HI' : `optimise takes one scenario file, got ${parsed.positional.length}: ${parsed.positional.join(' ')}`);
  const file = parsed.positional[0];
  const objective = kpiFlag(parsed);
  const constraints = flagList(parsed, 'constraint').map((s) => parseCondition(s, '--constraint'));
  const input = loadScenarioFile(file, io);
  const scenario = applyRunFlags(input, parsed);
  const levers = flagList(parsed, 'lever').map((s) => parseRange(s, scenario, '--lever'));
  const budget = budgetGroup(parsed, scenario);
  if (levers.length === 0 && !budget) throw new UsageError('optimise needs something to change: --lever PATH=LO:HI (repeatable) and/or --channels a,b,c for a budget split');
  const overlap = levers.find((l) => budget?.paths.includes(l.path));
  if (overlap) throw new UsageError(`${overlap.path} is both a --lever and one of --channels; name it once`);
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
      onIteration: io.stderrIsTTY ? (i, best, step, n) => io.stderr(`\rpoll ${i}: ${n} candidates, step ${(step * 100).toFixed(1)} %, best ${formatKpi(objective, best.objective)}   `) : undefined,
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
  if (json !== '-') io.stdout(report(file, scenario, problem, result, reps, seconds) + curvesText(curves) + (write !== undefined && write !== '-' ? `\nwrote ${write}\n` : ''));
  return EXIT.ok;
};
