// `shoplab sensitivity FILE --kpi KPI [--param PATH=LO:HI …]`: a tornado of the KPI's response to
// each setting at its low and high value on common random numbers, sorted by swing, with 95 %
// intervals and elasticities; `--two-way` adds a grid of the first two parameters.
import {
  defaultSensitivityRanges,
  tornado,
  twoWay,
  type Tornado,
  type TwoWayGrid,
  parseRange,
  KPIS,
  type KpiName,
  didYouMean,
  VERSION,
  KPI_CATALOGUE,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagNumber, flagString, parseArgs } from '../args.ts';
import { cliEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { formatDelta, formatKpi } from '../format.ts';
import { CLI_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, RUN_FLAGS_HELP, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

const HELP = [
  'Usage: shoplab sensitivity FILE --kpi KPI [--param PATH=LO:HI …] [options]',
  '',
  'Moves each setting to its low and then its high value, the others as they are, all on the same',
  'seeds as the base run (common random numbers), and prints a tornado sorted by swing: the KPI at',
  'each end, its paired difference from the base with a 95 % interval, and the arc elasticity',
  '(% change of the KPI per % change of the setting).',
  '',
  'Options:',
  '  --kpi KPI      the KPI to explain (default profitCny)',
  "  --param SPEC   PATH=LO:HI, PATH=0.5x:2x or PATH=±20% (repeatable; default: every editor lever ±--pct)",
  '  --pct P        the default ± range in percent (default 20)',
  '  --two-way      also a 3 × 3 grid of the first two parameters',
  '  --json OUT     write the tornado (and grid) as JSON ("-" = stdout)',
  ...RUN_FLAGS_HELP,
  '',
  'Example: shoplab sensitivity scenarios/000-clothing/baseline.yaml --kpi profitCny --reps 4',
  '',
].join('\n');

function bar(width: number, share: number): string {
  return '█'.repeat(Math.max(0, Math.round(width * share)));
}

function tornadoTable(t: Tornado): string {
  const k = t.kpi;
  const top = Math.max(...t.bars.map((b) => (Number.isFinite(b.swing) ? b.swing : 0)), 1e-12);
  const rows = t.bars.map((b) => [
    b.path,
    `${Number.parseFloat(b.low.value.toPrecision(6))} … ${Number.parseFloat(b.high.value.toPrecision(6))}`,
    `${formatDelta(k, b.low.delta)} (${formatDelta(k, b.low.ciLow)} … ${formatDelta(k, b.low.ciHigh)})`,
    `${formatDelta(k, b.high.delta)} (${formatDelta(k, b.high.ciLow)} … ${formatDelta(k, b.high.ciHigh)})`,
    Number.isFinite(b.elasticity) ? b.elasticity.toFixed(2) : '–',
    bar(20, Number.isFinite(b.swing) ? b.swing / top : 0),
  ]);
  return renderTable(['Setting', 'Low … high', `Δ at low (95 % CI)`, `Δ at high (95 % CI)`, 'Elasticity', 'Swing'], rows, ['l', 'r', 'r', 'r', 'r', 'l']);
}

function gridTable(g: TwoWayGrid): string {
  const rows = g.a.values.map((x, i) => [String(Number.parseFloat(x.toPrecision(6))), ...g.means[i].map((m) => formatKpi(g.kpi, m))]);
  return `\nTwo-way: ${KPI_CATALOGUE[g.kpi].label} (mean) by ${g.a.path} (rows) and ${g.b.path} (columns)\n\n${renderTable([g.a.path, ...g.b.values.map((v) => String(Number.parseFloat(v.toPrecision(6))))], rows)}`;
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, kpi: 'string', param: 'list', pct: CLI_FLAG_RANGES.pct, 'two-way': 'boolean', json: 'string' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) throw new UsageError(parsed.positional.length === 0 ? 'sensitivity needs a scenario file: shoplab sensitivity FILE --kpi KPI' : `sensitivity takes one scenario file, got ${parsed.positional.length}`);
  const kpiName = flagString(parsed, 'kpi') ?? 'profitCny';
  if (!(KPIS as readonly string[]).includes(kpiName)) throw new UsageError(`--kpi ${kpiName}: unknown KPI${didYouMean(kpiName, KPIS)} (KPIs: ${KPIS.join(', ')})`);
  const kpi = kpiName as KpiName;
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  const pct = flagNumber(parsed, 'pct') ?? 20;
  const specs = flagList(parsed, 'param');
  const ranges = specs.length > 0 ? specs.map((s) => parseRange(s, scenario, '--param')) : defaultSensitivityRanges(scenario, pct / 100);
  if (ranges.length === 0) throw new UsageError('no numeric setting to vary: give --param PATH=LO:HI');
  if (flagBoolean(parsed, 'two-way') && ranges.length < 2) throw new UsageError('--two-way needs two parameters (--param twice)');
  const plan = { seed: scenario.seed, replications: scenario.replications };
  const progress = progressBar(io);
  const transport = await decisionTransport(parsed, io);
  const evaluate = cliEvaluator(decisionWorkers(parsed, io), io, progress.onProgress, transport);
  let t: Tornado;
  let grid: TwoWayGrid | undefined;
  try {
    t = await tornado(scenario, kpi, ranges, evaluate, plan);
    if (flagBoolean(parsed, 'two-way')) grid = await twoWay(scenario, kpi, ranges[0], ranges[1], evaluate, plan);
  } finally {
    progress.done();
    await transport.close();
  }
  const json = flagString(parsed, 'json');
  if (json !== undefined) writeOutput(io, json, toJson({ tool: 'shoplab', version: VERSION, scenarioName: scenario.name, seed: plan.seed, replications: plan.replications, kpi, baseMean: t.baseMean, bars: t.bars, twoWay: grid ?? null }));
  if (json === '-') return EXIT.ok;
  io.stdout(
    `ShopLab ${VERSION} · sensitivity of ${KPI_CATALOGUE[kpi].label} · "${scenario.name}" · seed ${plan.seed} · ${plan.replications} paired replications · ${ranges.length} settings\n` +
      `Base: ${formatKpi(kpi, t.baseMean)}\n\n${tornadoTable(t)}${grid ? gridTable(grid) : ''}`,
  );
  return EXIT.ok;
};
