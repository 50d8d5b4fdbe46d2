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
  KPI_CATALOGUE,
  MAX_TRACED_SHOPPERS,
  type ShopperTrace,
} from '../../sim/index.ts';
import { flagBoolean, flagNumber, flagString, parseArgs, readNumberText } from '../args.ts';
import { CLI_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { runBatch, wholeResults } from '../batch.ts';
import { formatKpi, formatValue } from '../format.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, RUN_FLAGS_HELP, applyRunFlags, toJson, workerCount, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { queueTransportFromFlags } from '../queue/flags.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { TARGET_HELP, riskJson, riskTable, targetsOf } from '../risk.ts';
import { renderTable } from '../table.ts';
import { writeRunXlsx } from '../xlsx.ts';

const HELP = [
  'Usage: shoplab run FILE [options]',
  '',
  'Simulates the scenario in FILE (YAML or JSON) R times and prints its KPIs: the mean and,',
  'with more than one replication, the P10–P90 range across replications.',
  '',
  'Options:',
  ...RUN_FLAGS_HELP,
  '  --json OUT     write the summary (scenario, seed, version, KPIs, daily series) as JSON ("-" = stdout)',
  '  --csv OUT      write the daily series as a tidy CSV: day, date, series, mean, p10, p50, p90',
  `  --trace K      follow K sampled shoppers through replication 0 (1–${MAX_TRACED_SHOPPERS}): each visit, price against`,
  '                 their reference price, add-to-cart and checkout with the probability used, order,',
  '                 delivery, return, complaint, churn; written as "trace" into the --json document',
  TARGET_HELP,
  '  --xlsx OUT     write an Excel workbook: KPIs, risk, monthly P&L and cash flow with NPV, daily series, channels',
  '  --rate R       annual discount rate of the NPV in the workbook, e.g. 8% or 0.08 (default 8%)',
  '',
  'Risk (always shown): P(profit < 0), P(cash < 0 on any day), CVaR 5 % of profit, and P(target met)',
  'for every --target.',
  '',
  "Example: shoplab run scenarios/default.yaml --reps 20 --seed 7 --target 'roi>=4' --json out/run.json",
  '',
].join('\n');

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

/** The KPI table a person reads. */
export function runTable(scenario: Scenario, summary: RunSummary, risk: RiskSummary): string {
  const header = `ShopLab ${VERSION} · "${scenario.name}" · seed ${scenario.seed} · ${summary.replications} replication${summary.replications === 1 ? '' : 's'} · ${summary.days} days from ${summary.startDate}\n\n`;
  const spread = summary.replications > 1;
  const rows = KPIS.map((k) => {
    const s = summary.kpis[k];
    const row = [KPI_CATALOGUE[k].label, formatKpi(k, s.mean)];
    if (spread) row.push(s.n > 0 ? `${formatKpi(k, s.p10)} – ${formatKpi(k, s.p90)}` : '–');
    return row;
  });
  const table = renderTable(spread ? ['KPI', 'Mean', 'P10 – P90'] : ['KPI', 'Value'], rows);
  const partial = KPIS.filter((k) => summary.kpis[k].n > 0 && summary.kpis[k].n < summary.replications);
  const note = partial.length > 0 ? `\nDefined in only some replications (summarised over those): ${partial.map((k) => KPI_CATALOGUE[k].label).join(', ')}\n` : '';
  return header + table + note + riskTable(['Value'], [risk]) + channelTable(summary);
}

/** Per-channel means: spend, clicks, orders, new customers, GMV, CAC and ROAS. */
function channelTable(summary: RunSummary): string {
  const names = Object.keys(summary.channels);
  if (names.length === 0) return '';
  const rows = names.map((name) => {
    const c = summary.channels[name];
    return [
      name,
      formatValue('money', c.spendCny),
      formatValue('count', c.clicks),
      formatValue('count', c.orders),
      formatValue('count', c.newCustomers),
      formatValue('money', c.gmvCny),
      c.newCustomers > 0 && c.spendCny > 0 ? formatValue('money', c.spendCny / c.newCustomers) : '–',
      c.spendCny > 0 ? formatValue('ratio', c.gmvCny / c.spendCny) : '–',
    ];
  });
  return `\nBy channel (mean per run)\n\n${renderTable(['Channel', 'Spend', 'Clicks', 'Orders', 'New customers', 'GMV', 'CAC', 'ROAS'], rows)}`;
}

/** `--rate`: "8%" or "0.08" (default 8 %), within CLI_FLAG_RANGES.rate. */
function rateOf(text: string | undefined): number {
  if (text === undefined) return 0.08;
  const t = text.trim();
  const v = t.endsWith('%') ? readNumberText(t.slice(0, -1)) / 100 : readNumberText(t);
  if (Number.isNaN(v)) throw new UsageError(`--rate expects an annual discount rate such as 8% or 0.08, got "${text}"`);
  return checkRange('--rate', v, CLI_FLAG_RANGES.rate, `"${text}"`);
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, json: 'string', csv: 'string', target: 'list', xlsx: 'string', rate: 'string', trace: CLI_FLAG_RANGES.trace });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) {
    throw new UsageError(parsed.positional.length === 0 ? 'run needs a scenario file: shoplab run FILE' : `run takes one scenario file, got ${parsed.positional.length}: ${parsed.positional.join(' ')}`);
  }
  const targets = targetsOf(parsed);
  const rate = rateOf(flagString(parsed, 'rate'));
  const traceCount = flagNumber(parsed, 'trace');
  if (traceCount !== undefined && flagString(parsed, 'json') === undefined) throw new UsageError('--trace writes the shoppers\' journeys into the JSON document: add --json OUT (or --json - for stdout)');
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  const transport = await queueTransportFromFlags(parsed, io);
  const bar = progressBar(io);
  let results;
  try {
    [results] = await runBatch([{ scenario, seed: scenario.seed, replications: scenario.replications, trace: traceCount }], {
      workers: workerCount(parsed, io, scenario.replications),
      signal: io.interrupt,
      transport,
      onProgress: bar.onProgress,
      map: wholeResults,
    });
  } finally {
    bar.done();
    await transport?.close();
  }
  const summary = summarise(results);
  const risk = assessRisk(results, targets);
  const json = flagString(parsed, 'json');
  const csv = flagString(parsed, 'csv');
  if (json !== undefined) writeOutput(io, json, toJson(runJson(scenario, summary, risk, traceCount === undefined ? undefined : (results[0].trace ?? []))));
  if (csv !== undefined) writeOutput(io, csv, seriesCsv(summary));
  const xlsx = flagString(parsed, 'xlsx');
  if (xlsx !== undefined) await writeRunXlsx(io, xlsx, summary, risk, scenario.finance.openingCashCny, rate);
  if (json !== '-' && csv !== '-') io.stdout(runTable(scenario, summary, risk));
  return EXIT.ok;
};
