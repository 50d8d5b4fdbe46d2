// `shoplab compare A B [C …]`: runs every scenario with the same seed and replications (common
// random numbers) and compares each with the first: paired deltas, 95 % CI, P(better), winner.
import { bestIndex, compareRuns, type Comparison } from '../../sim/experiment/compare.ts';
import { assessRisk, type RiskSummary } from '../../sim/experiment/risk.ts';
import { setPath } from '../../sim/experiment/set-path.ts';
import { kpisOnly } from '../../sim/experiment/sweep.ts';
import { summariseKpis, type KpiSummary } from '../../sim/experiment/summarise.ts';
import { KPIS, type KpiName } from '../../sim/result.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { VERSION } from '../../sim/version.ts';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { runBatch } from '../batch.ts';
import { KPI_CATALOGUE } from '../../sim/kpi-catalogue.ts';
import { formatDelta, formatKpi, formatPercent } from '../format.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, RUN_FLAGS_HELP, applyRunFlags, toJson, workerCount, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { queueTransportFromFlags } from '../queue/flags.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { TARGET_HELP, riskJson, riskTable, targetsOf } from '../risk.ts';
import { renderTable } from '../table.ts';
import { writeCompareXlsx } from '../xlsx.ts';

const HELP = [
  'Usage: shoplab compare BASELINE ALTERNATIVE [MORE …] [options]',
  '',
  'Runs every scenario with the same seed and number of replications, so replication r of each',
  'meets the same random demand (common random numbers), and compares each alternative with the',
  'baseline (the first file): mean paired difference, its 95 % confidence interval, and the share',
  'of replications in which the alternative does better (P(better)). The best mean per KPI is',
  'marked with *.',
  '',
  'Options:',
  ...RUN_FLAGS_HELP.map((l) => l.replace("the scenario's", "the baseline's")),
  '  --json OUT     write every summary and comparison as JSON ("-" = stdout)',
  TARGET_HELP,
  '  --xlsx OUT     write the means, paired deltas and risk as an Excel workbook',
  '',
  'A risk table follows the means: P(profit < 0), P(cash < 0 on any day), CVaR 5 % of profit and',
  'P(target met) for every --target, one column per scenario.',
  '',
  'Example: shoplab compare scenarios/002-ecommerce-ops/baseline.yaml scenarios/002-ecommerce-ops/crm-private-domain.yaml --reps 10',
  '',
].join('\n');

interface Entry {
  file: string;
  label: string;
  scenario: Scenario;
  kpis: Record<KpiName, KpiSummary>;
  risk: RiskSummary;
}

/** Short column letters (A = baseline, B, C, …); names and files are listed in a legend. */
function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `S${i + 1}`;
}

function verdict(kpi: KpiName, c: Comparison['kpis'][KpiName]): string {
  if (c.direction === 'neutral' || !Number.isFinite(c.ciLow)) return '';
  const better = c.direction === 'higher' ? c.ciLow > 0 : c.ciHigh < 0;
  const worse = c.direction === 'higher' ? c.ciHigh < 0 : c.ciLow > 0;
  if (c.ciLow === 0 && c.ciHigh === 0) return 'same';
  return better ? 'better' : worse ? 'worse' : 'no clear difference';
}

function meansTable(entries: readonly Entry[]): string {
  const rows = KPIS.map((k) => {
    const best = bestIndex(k, entries.map((e) => e.kpis[k].mean));
    return [KPI_CATALOGUE[k].label, ...entries.map((e, i) => `${formatKpi(k, e.kpis[k].mean)}${i === best ? ' *' : '  '}`)];
  });
  return renderTable(['KPI (mean)', ...entries.map((e, i) => (i === 0 ? `${e.label} (baseline)` : e.label))], rows);
}

function legend(entries: readonly Entry[]): string {
  return entries.map((e) => `  ${e.label}  ${e.file}  "${e.scenario.name}"\n`).join('');
}

function deltaTable(comparison: Comparison): string {
  const rows = KPIS.map((k) => {
    const c = comparison.kpis[k];
    const ci = Number.isFinite(c.ciLow) ? `${formatDelta(k, c.ciLow)} … ${formatDelta(k, c.ciHigh)}` : '–';
    const rel = Number.isFinite(c.relativeDelta) ? `${c.relativeDelta >= 0 ? '+' : ''}${(c.relativeDelta * 100).toFixed(1)} %` : '–';
    return [KPI_CATALOGUE[k].label, formatDelta(k, c.meanDelta), rel, ci, formatPercent(c.pBetter, 0), verdict(k, c)];
  });
  return renderTable(['KPI', 'Δ mean', 'Δ %', '95 % CI of Δ', 'P(better)', ''], rows, ['l', 'r', 'r', 'r', 'r', 'l']);
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, json: 'string', target: 'list', xlsx: 'string' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const files = parsed.positional;
  if (files.length < 2) throw new UsageError(`compare needs a baseline and at least one alternative scenario file, got ${files.length}`);
  const targets = targetsOf(parsed);
  const loaded = files.map((f) => loadScenarioFile(f, io));
  const base = applyRunFlags(loaded[0], parsed);
  // Same seed, replications and (unless scenarios differ on purpose) horizon for every scenario.
  const seed = base.seed;
  const reps = base.replications;
  const days = flagNumber(parsed, 'days');
  const scenarios = loaded.map((s, i) => {
    if (i === 0) return base;
    const aligned = days === undefined ? s : setPath(s, 'days', days);
    return setPath(setPath(aligned, 'seed', seed), 'replications', reps);
  });
  const horizons = new Set(scenarios.map((s) => s.days));
  if (horizons.size > 1) io.stderr(`warning: the scenarios run over different horizons (${[...horizons].join(', ')} days); totals are not like for like — use --days to align them\n`);
  const transport = await queueTransportFromFlags(parsed, io);
  const bar = progressBar(io);
  let results;
  try {
    results = await runBatch(scenarios.map((scenario) => ({ scenario, seed, replications: reps })), {
      workers: workerCount(parsed, io, reps * scenarios.length),
      signal: io.interrupt,
      transport,
      onProgress: bar.onProgress,
      map: kpisOnly,
    });
  } finally {
    bar.done();
    await transport?.close();
  }
  const entries: Entry[] = scenarios.map((scenario, i) => ({ file: files[i], label: letter(i), scenario, kpis: summariseKpis(results[i]), risk: assessRisk(results[i], targets) }));
  const comparisons = results.slice(1).map((alt) => compareRuns(results[0], alt));

  const xlsx = flagString(parsed, 'xlsx');
  if (xlsx !== undefined) await writeCompareXlsx(io, xlsx, entries.map((e) => e.label), entries.map((e) => e.kpis), comparisons, entries.map((e) => e.risk));
  const json = flagString(parsed, 'json');
  if (json !== undefined) {
    writeOutput(
      io,
      json,
      toJson({
        tool: 'shoplab',
        version: VERSION,
        seed,
        replications: reps,
        baseline: { file: files[0], name: scenarios[0].name },
        scenarios: entries.map((e) => ({ file: e.file, name: e.scenario.name, days: e.scenario.days, kpis: e.kpis, risk: riskJson(e.risk) })),
        comparisons: comparisons.map((c, i) => ({ file: files[i + 1], name: scenarios[i + 1].name, pairs: c.pairs, kpis: c.kpis })),
      }),
    );
    if (json === '-') return EXIT.ok;
  }
  const out = [
    `ShopLab ${VERSION} · compare ${entries.length} scenarios · seed ${seed} · ${reps} paired replication${reps === 1 ? '' : 's'}\n\n`,
    legend(entries),
    '\n',
    meansTable(entries),
    '* best mean for the KPI\n',
    riskTable(entries.map((e) => e.label), entries.map((e) => e.risk)),
  ];
  comparisons.forEach((c, i) => out.push(`\n${entries[i + 1].label} vs ${entries[0].label} (paired by replication: Δ = ${entries[i + 1].label} − ${entries[0].label})\n\n`, deltaTable(c)));
  if (reps < 2) out.push('\nWith one replication there is no interval; use --reps 10 or more for a verdict.\n');
  io.stdout(out.join(''));
  return EXIT.ok;
};
