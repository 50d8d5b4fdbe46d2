// `shoplab sweep FILE --vary path=… [--vary …] --csv OUT`: runs the full grid of lever values,
// R replications each with the same seed, writes the tidy table and prints the best points.
import {
  KPI_CATALOGUE,
  bestCell,
  kpisOnly,
  planSweep,
  sweepJobs,
  sweepResult,
  type SweepCellSummary,
  type TidyRow,
  sweepCsv,
  parseVary,
  type Lever,
  type KpiName,
  VERSION,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagString, parseArgs } from '../args.ts';
import { runCommandBatch } from '../batch.ts';
import { formatKpi, kpiLabel } from '../format.ts';
import { cliMessage, cliText, plural, type CliLang } from '../lang.ts';
import { checkLeverValues } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, oneFileError, runFlagsHelp, applyRunFlags, writeOutput } from '../options.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';
import { writeSweepXlsx } from '../xlsx.ts';

/** The `--help` text in `lang`. */
export function sweepHelp(lang: CliLang): string {
  return cliText(lang, 'sweep.help', { runFlags: runFlagsHelp(lang).join('\n'), machine: cliText(lang, 'help.machineReadable') });
}

/** KPIs whose best grid point the command prints. */
const HEADLINE: readonly KpiName[] = ['profitCny', 'gmvCny', 'roi', 'onTimeRate'];

function describePoint(values: Record<string, number>): string {
  return Object.entries(values)
    .map(([path, v]) => `${path}=${v}`)
    .join(', ');
}

function gridTable(levers: readonly Lever[], cells: readonly SweepCellSummary[], lang: CliLang): string {
  const rows = cells.map((c) => [String(c.run), ...levers.map((l) => String(c.values[l.path])), formatKpi('profitCny', c.kpis.profitCny.mean, lang), formatKpi('gmvCny', c.kpis.gmvCny.mean, lang)]);
  return renderTable([cliText(lang, 'sweep.run'), ...levers.map((l) => l.path), cliText(lang, 'sweep.profitMean'), cliText(lang, 'sweep.gmvMean')], rows);
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, vary: 'list', csv: 'string', xlsx: 'string' });
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(sweepHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length === 0) throw oneFileError('sweep', 'shoplab sweep FILE --vary PATH=SPEC --csv OUT', []);
  if (parsed.positional.length > 1) throw new UsageError(cliMessage('sweep.takesOne', { count: parsed.positional.length }));
  const specs = flagList(parsed, 'vary');
  if (specs.length === 0) throw new UsageError(cliMessage('sweep.needsVary'));
  const csv = flagString(parsed, 'csv');
  if (csv === undefined) throw new UsageError(cliMessage('sweep.needsCsv'));
  const levers = specs.map(parseVary);
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  for (const lever of levers) checkLeverValues('--vary', lever.path, lever.values, scenario);
  const cells = planSweep(scenario, levers);
  const reps = scenario.replications;
  const results = await runCommandBatch(parsed, io, sweepJobs(cells, reps, scenario.seed), kpisOnly);
  const { cells: summaries, rows } = sweepResult(levers, cells, reps, scenario.seed, results);
  writeOutput(io, csv, sweepCsv(levers.map((l) => l.path), rows));
  const xlsx = flagString(parsed, 'xlsx');
  if (xlsx !== undefined) await writeSweepXlsx(io, xlsx, levers.map((l) => l.path), summaries);
  const out = [
    cliText(lang, 'sweep.header', { version: VERSION, name: scenario.name, seed: scenario.seed, cells: cells.length, cs: plural(cells.length), reps, rs: plural(reps) }),
    cliText(lang, 'sweep.wrote', { rows: rows.length, file: csv }),
  ];
  if (cells.length <= 40) out.push(gridTable(levers, summaries, lang), '\n');
  for (const kpi of HEADLINE) {
    const best = bestCell(summaries, kpi);
    if (!best) continue;
    const k = best.kpis[kpi];
    const spread = reps > 1 ? cliText(lang, 'sweep.spread', { low: formatKpi(kpi, k.p10, lang), high: formatKpi(kpi, k.p90, lang) }) : '';
    const key = KPI_CATALOGUE[kpi].direction === 'lower' ? 'sweep.lowest' : 'sweep.best';
    out.push(cliText(lang, key, { kpi: kpiLabel(kpi, lang), value: formatKpi(kpi, k.mean, lang), spread, run: best.run, point: describePoint(best.values) }));
  }
  io.stdout(out.join(''));
  return EXIT.ok;
};
