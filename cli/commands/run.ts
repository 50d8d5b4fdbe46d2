// `shoplab run FILE`: Monte Carlo replications of one scenario; prints a KPI table and writes
// the summary as JSON and the daily series as a tidy CSV.
import {
  assessRisk,
  type RiskSummary,
  summarise,
  type RunSummary,
  seriesCsv,
  KPIS,
  SERIES,
  type Scenario,
  VERSION,
  MAX_TRACED_SHOPPERS,
  type ShopperTrace,
} from '../../sim/index.ts';
import { flagBoolean, flagNumber, flagString, parseArgs, readNumberText } from '../args.ts';
import { CLI_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { runCommandBatch, wholeResults } from '../batch.ts';
import { channelName, formatKpi, formatValue, kpiLabel } from '../format.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { cliMessage, cliText, plural, type CliLang } from '../lang.ts';
import { RUN_FLAGS, oneFileError, runFlagsHelp, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { riskJson, riskTable, targetsOf } from '../risk.ts';
import { renderTable } from '../table.ts';
import { writeRunXlsx } from '../xlsx.ts';

/** The `--help` text in `lang`. */
export function runHelp(lang: CliLang): string {
  return cliText(lang, 'run.help', { runFlags: runFlagsHelp(lang).join('\n'), target: cliText(lang, 'help.target'), maxTrace: MAX_TRACED_SHOPPERS, machine: cliText(lang, 'help.machineReadable') });
}

/** The run's JSON document; keys in a fixed order so equal runs give identical bytes. */
export function runJson(scenario: Scenario, summary: RunSummary, risk: RiskSummary, trace?: readonly ShopperTrace[]): unknown {
  const kpis: Record<string, unknown> = {};
  for (const k of KPIS) {
    const s = summary.kpis[k];
    kpis[k] = { mean: s.mean, sd: s.sd, p10: s.p10, p50: s.p50, p90: s.p90, ciLow: s.ciLow, ciHigh: s.ciHigh, n: s.n };
  }
  const series: Record<string, unknown> = {};
  for (const name of SERIES) {
    const s = summary.series[name];
    series[name] = { mean: s.mean, p10: s.p10, p50: s.p50, p90: s.p90 };
  }
  return {
    tool: 'shoplab',
    version: summary.version,
    scenarioName: scenario.name,
    seed: scenario.seed,
    replications: summary.replications,
    days: summary.days,
    startDate: summary.startDate,
    kpis,
    risk: riskJson(risk),
    series,
    channels: summary.channels,
    ...(trace ? { trace: { replication: 0, shoppers: trace } } : {}),
    scenario,
  };
}

/** The KPI table a person reads, in `lang`. */
export function runTable(scenario: Scenario, summary: RunSummary, risk: RiskSummary, lang: CliLang = 'en'): string {
  const t = (key: Parameters<typeof cliText>[1], params = {}) => cliText(lang, key, params);
  const header = t('run.header', { version: VERSION, name: scenario.name, seed: scenario.seed, reps: summary.replications, s: plural(summary.replications), days: summary.days, start: summary.startDate });
  const spread = summary.replications > 1;
  const rows = KPIS.map((k) => {
    const s = summary.kpis[k];
    const row = [kpiLabel(k, lang), formatKpi(k, s.mean, lang)];
    if (spread) row.push(s.n > 0 ? `${formatKpi(k, s.p10, lang)} – ${formatKpi(k, s.p90, lang)}` : '–');
    return row;
  });
  const table = renderTable(spread ? [t('run.kpi'), t('run.mean'), t('run.range')] : [t('run.kpi'), t('run.value')], rows);
  const partial = KPIS.filter((k) => summary.kpis[k].n > 0 && summary.kpis[k].n < summary.replications);
  const note = partial.length > 0 ? t('run.partial', { list: partial.map((k) => kpiLabel(k, lang)).join(lang === 'zh' ? '、' : ', ') }) : '';
  return header + table + note + riskTable([t('run.value')], [risk], lang) + channelTable(summary, lang);
}

/** Per-channel means: spend, clicks, orders, new customers, GMV, CAC and ROAS. */
function channelTable(summary: RunSummary, lang: CliLang): string {
  const t = (key: Parameters<typeof cliText>[1]) => cliText(lang, key);
  const names = Object.keys(summary.channels);
  if (names.length === 0) return '';
  const rows = names.map((name) => {
    const c = summary.channels[name];
    return [
      channelName(name, lang),
      formatValue('money', c.spendCny),
      formatValue('count', c.clicks),
      formatValue('count', c.orders),
      formatValue('count', c.newCustomers),
      formatValue('money', c.gmvCny),
      c.newCustomers > 0 && c.spendCny > 0 ? formatValue('money', c.spendCny / c.newCustomers) : '–',
      c.spendCny > 0 ? formatValue('ratio', c.gmvCny / c.spendCny) : '–',
    ];
  });
  const header = (['run.channel', 'run.spend', 'run.clicks', 'run.orders', 'run.newCustomers', 'run.gmv', 'run.cac', 'run.roas'] as const).map(t);
  return `${t('run.byChannel')}${renderTable(header, rows)}`;
}

/** `--rate`: "8%" or "0.08" (default 8 %), within CLI_FLAG_RANGES.rate. */
function rateOf(text: string | undefined): number {
  if (text === undefined) return 0.08;
  const t = text.trim();
  const v = t.endsWith('%') ? readNumberText(t.slice(0, -1)) / 100 : readNumberText(t);
  if (Number.isNaN(v)) throw new UsageError(cliMessage('run.badRate', { text }));
  return checkRange('--rate', v, CLI_FLAG_RANGES.rate, `"${text}"`);
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, json: 'string', csv: 'string', target: 'list', xlsx: 'string', rate: 'string', trace: CLI_FLAG_RANGES.trace });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(runHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) throw oneFileError('run', 'shoplab run FILE', parsed.positional);
  const targets = targetsOf(parsed);
  const rate = rateOf(flagString(parsed, 'rate'));
  const traceCount = flagNumber(parsed, 'trace');
  if (traceCount !== undefined && flagString(parsed, 'json') === undefined) throw new UsageError(cliMessage('run.traceNeedsJson'));
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  const [results] = await runCommandBatch(parsed, io, [{ scenario, seed: scenario.seed, replications: scenario.replications, trace: traceCount }], wholeResults);
  const summary = summarise(results);
  const risk = assessRisk(results, targets);
  const json = flagString(parsed, 'json');
  const csv = flagString(parsed, 'csv');
  if (json !== undefined) writeOutput(io, json, toJson(runJson(scenario, summary, risk, traceCount === undefined ? undefined : (results[0].trace ?? []))));
  if (csv !== undefined) writeOutput(io, csv, seriesCsv(summary));
  const xlsx = flagString(parsed, 'xlsx');
  if (xlsx !== undefined) await writeRunXlsx(io, xlsx, summary, risk, scenario.finance.openingCashCny, rate);
  if (json !== '-' && csv !== '-') io.stdout(runTable(scenario, summary, risk, lang));
  return EXIT.ok;
};
