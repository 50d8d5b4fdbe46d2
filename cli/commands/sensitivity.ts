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
  VERSION,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagNumber, flagString, parseArgs } from '../args.ts';
import { cliEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { suggestion } from '../did-you-mean.ts';
import { formatDelta, formatKpi, kpiLabel } from '../format.ts';
import { cliMessage, cliText, type CliKey, type CliLang } from '../lang.ts';
import { CLI_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, oneFileError, runFlagsHelp, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

/** The `--help` text in `lang`. */
export function sensitivityHelp(lang: CliLang): string {
  return cliText(lang, 'sensitivity.help', { runFlags: runFlagsHelp(lang).join('\n'), machine: cliText(lang, 'help.machineReadable') });
}

function bar(width: number, share: number): string {
  return '█'.repeat(Math.max(0, Math.round(width * share)));
}

function tornadoTable(t: Tornado, lang: CliLang): string {
  const k = t.kpi;
  const d = (x: number) => formatDelta(k, x, lang);
  const top = Math.max(...t.bars.map((b) => (Number.isFinite(b.swing) ? b.swing : 0)), 1e-12);
  const rows = t.bars.map((b) => [
    b.path,
    `${Number.parseFloat(b.low.value.toPrecision(6))} … ${Number.parseFloat(b.high.value.toPrecision(6))}`,
    `${d(b.low.delta)} (${d(b.low.ciLow)} … ${d(b.low.ciHigh)})`,
    `${d(b.high.delta)} (${d(b.high.ciLow)} … ${d(b.high.ciHigh)})`,
    Number.isFinite(b.elasticity) ? b.elasticity.toFixed(2) : '–',
    bar(20, Number.isFinite(b.swing) ? b.swing / top : 0),
  ]);
  const header = (['sensitivity.setting', 'sensitivity.lowHigh', 'sensitivity.atLow', 'sensitivity.atHigh', 'sensitivity.elasticity', 'sensitivity.swing'] satisfies CliKey[]).map((key) => cliText(lang, key));
  return renderTable(header, rows, ['l', 'r', 'r', 'r', 'r', 'l']);
}

function gridTable(g: TwoWayGrid, lang: CliLang): string {
  const rows = g.a.values.map((x, i) => [String(Number.parseFloat(x.toPrecision(6))), ...g.means[i].map((m) => formatKpi(g.kpi, m, lang))]);
  return `${cliText(lang, 'sensitivity.twoWay', { kpi: kpiLabel(g.kpi, lang), a: g.a.path, b: g.b.path })}${renderTable([g.a.path, ...g.b.values.map((v) => String(Number.parseFloat(v.toPrecision(6))))], rows)}`;
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, kpi: 'string', param: 'list', pct: CLI_FLAG_RANGES.pct, 'two-way': 'boolean', json: 'string' });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(sensitivityHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length === 0) throw oneFileError('sensitivity', 'shoplab sensitivity FILE --kpi KPI', []);
  if (parsed.positional.length > 1) throw new UsageError(cliMessage('sensitivity.takesOne', { count: parsed.positional.length }));
  const kpiName = flagString(parsed, 'kpi') ?? 'profitCny';
  if (!(KPIS as readonly string[]).includes(kpiName)) throw new UsageError(cliMessage('optimise.unknownKpi', { flag: '--kpi', name: kpiName, hint: suggestion(kpiName, KPIS, '', true), list: KPIS.join(', ') }));
  const kpi = kpiName as KpiName;
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  const pct = flagNumber(parsed, 'pct') ?? 20;
  const specs = flagList(parsed, 'param');
  const ranges = specs.length > 0 ? specs.map((s) => parseRange(s, scenario, '--param')) : defaultSensitivityRanges(scenario, pct / 100);
  if (ranges.length === 0) throw new UsageError(cliMessage('sensitivity.nothingToVary'));
  if (flagBoolean(parsed, 'two-way') && ranges.length < 2) throw new UsageError(cliMessage('sensitivity.twoWayNeedsTwo'));
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
    cliText(lang, 'sensitivity.header', { version: VERSION, kpi: kpiLabel(kpi, lang), name: scenario.name, seed: plan.seed, reps: plan.replications, count: ranges.length }) +
      `${cliText(lang, 'sensitivity.base', { value: formatKpi(kpi, t.baseMean, lang) })}${tornadoTable(t, lang)}${grid ? gridTable(grid, lang) : ''}`,
  );
  return EXIT.ok;
};
