// `shoplab compare A B [C …]`: runs every scenario with the same seed and replications (common
// random numbers) and compares each with the first: paired deltas, 95 % CI, P(better), winner.
import {
  bestIndex,
  compareRuns,
  type Comparison,
  assessRisk,
  type RiskSummary,
  setPath,
  kpisOnly,
  summariseKpis,
  type KpiSummary,
  KPIS,
  type KpiName,
  type Scenario,
  VERSION,
} from '../../sim/index.ts';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { runCommandBatch } from '../batch.ts';
import { formatDelta, formatKpi, formatPercent, kpiLabel } from '../format.ts';
import { cliMessage, cliText, plural, type CliKey, type CliLang } from '../lang.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, runFlagsHelp, applyRunFlags, toJson, writeOutput } from '../options.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { riskJson, riskTable, targetsOf } from '../risk.ts';
import { renderTable } from '../table.ts';
import { writeCompareXlsx } from '../xlsx.ts';

/** The `--help` text in `lang`. */
export function compareHelp(lang: CliLang): string {
  return cliText(lang, 'compare.help', { runFlags: runFlagsHelp(lang, 'baseline').join('\n'), target: cliText(lang, 'help.target'), machine: cliText(lang, 'help.machineReadable') });
}

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

function verdict(c: Comparison['kpis'][KpiName]): CliKey | undefined {
  if (c.direction === 'neutral' || !Number.isFinite(c.ciLow)) return undefined;
  const better = c.direction === 'higher' ? c.ciLow > 0 : c.ciHigh < 0;
  const worse = c.direction === 'higher' ? c.ciHigh < 0 : c.ciLow > 0;
  if (c.ciLow === 0 && c.ciHigh === 0) return 'compare.same';
  return better ? 'compare.better' : worse ? 'compare.worse' : 'compare.unclear';
}

function meansTable(entries: readonly Entry[], lang: CliLang): string {
  const rows = KPIS.map((k) => {
    const best = bestIndex(k, entries.map((e) => e.kpis[k].mean));
    return [kpiLabel(k, lang), ...entries.map((e, i) => `${formatKpi(k, e.kpis[k].mean, lang)}${i === best ? ' *' : '  '}`)];
  });
  return renderTable([cliText(lang, 'compare.kpiMean'), ...entries.map((e, i) => (i === 0 ? cliText(lang, 'compare.baseline', { label: e.label }) : e.label))], rows);
}

function legend(entries: readonly Entry[]): string {
  return entries.map((e) => `  ${e.label}  ${e.file}  "${e.scenario.name}"\n`).join('');
}

function deltaTable(comparison: Comparison, lang: CliLang): string {
  const t = (key: CliKey) => cliText(lang, key);
  const rows = KPIS.map((k) => {
    const c = comparison.kpis[k];
    const ci = Number.isFinite(c.ciLow) ? `${formatDelta(k, c.ciLow, lang)} … ${formatDelta(k, c.ciHigh, lang)}` : '–';
    const rel = Number.isFinite(c.relativeDelta) ? `${c.relativeDelta >= 0 ? '+' : ''}${(c.relativeDelta * 100).toFixed(1)} %` : '–';
    const word = verdict(c);
    return [kpiLabel(k, lang), formatDelta(k, c.meanDelta, lang), rel, ci, formatPercent(c.pBetter, 0), word === undefined ? '' : t(word)];
  });
  return renderTable([t('run.kpi'), t('compare.deltaMean'), t('compare.deltaPct'), t('compare.ci'), t('compare.pBetter'), ''], rows, ['l', 'r', 'r', 'r', 'r', 'l']);
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, json: 'string', target: 'list', xlsx: 'string' });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(compareHelp(lang));
    return EXIT.ok;
  }
  const files = parsed.positional;
  if (files.length < 2) throw new UsageError(cliMessage('compare.needsTwo', { count: files.length }));
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
  if (horizons.size > 1) io.stderr(cliText(lang, 'io.differentHorizons', { days: [...horizons].join(', ') }));
  const results = await runCommandBatch(parsed, io, scenarios.map((scenario) => ({ scenario, seed, replications: reps })), kpisOnly);
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
    cliText(lang, 'compare.header', { version: VERSION, count: entries.length, seed, reps, s: plural(reps) }),
    legend(entries),
    '\n',
    meansTable(entries, lang),
    cliText(lang, 'compare.bestMark'),
    riskTable(entries.map((e) => e.label), entries.map((e) => e.risk), lang),
  ];
  comparisons.forEach((c, i) => out.push(cliText(lang, 'compare.pair', { a: entries[0].label, b: entries[i + 1].label }), deltaTable(c, lang)));
  if (reps < 2) out.push(cliText(lang, 'compare.oneRep'));
  io.stdout(out.join(''));
  return EXIT.ok;
};
