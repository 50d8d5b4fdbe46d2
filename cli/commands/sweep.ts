// `shoplab sweep FILE --vary path=… [--vary …] --csv OUT`: runs the full grid of lever values,
// R replications each with the same seed, writes the tidy table and prints the best points.
import {
  KPI_CATALOGUE,
  bestCell,
  kpisOnly,
  planSweep,
  summariseCells,
  tidyRows,
  type SweepCellSummary,
  type TidyRow,
  sweepCsv,
  parseVary,
  type Lever,
  type KpiName,
  VERSION,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagString, parseArgs } from '../args.ts';
import { runBatch } from '../batch.ts';
import { formatKpi } from '../format.ts';
import { checkLeverValues } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { RUN_FLAGS, RUN_FLAGS_HELP, applyRunFlags, workerCount, writeOutput } from '../options.ts';
import { progressBar } from '../progress-bar.ts';
import { queueTransportFromFlags } from '../queue/flags.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';
import { writeSweepXlsx } from '../xlsx.ts';

const HELP = [
  'Usage: shoplab sweep FILE --vary PATH=SPEC [--vary PATH=SPEC …] --csv OUT [options]',
  '',
  'Runs every combination of lever values (a full grid), each for R replications with the same',
  'seed, writes one CSV row per (run, replication, KPI) and prints the best grid point for the',
  'headline KPIs.',
  '',
  'Lever specs:',
  '  PATH=v1,v2,…       the listed values, e.g. channels.paid_search.budgetPerDayCny=1000,3000,6000',
  '  PATH=lo:hi:steps   `steps` evenly spaced values from lo to hi inclusive, e.g. skus.tee.listPriceCny=59:99:5',
  '',
  'Options:',
  '  --vary SPEC    a lever to vary (repeat for a grid of several levers)',
  '  --csv OUT      where to write the tidy table: run, <lever paths…>, replication, kpi, value',
  '  --xlsx OUT     also write the mean of every KPI per grid point as an Excel workbook',
  ...RUN_FLAGS_HELP,
  '',
].join('\n');

/** KPIs whose best grid point the command prints. */
const HEADLINE: readonly KpiName[] = ['profitCny', 'gmvCny', 'roi', 'onTimeRate'];

function describePoint(values: Record<string, number>): string {
  return Object.entries(values)
    .map(([path, v]) => `${path}=${v}`)
    .join(', ');
}

function gridTable(levers: readonly Lever[], cells: readonly SweepCellSummary[]): string {
  const rows = cells.map((c) => [String(c.run), ...levers.map((l) => String(c.values[l.path])), formatKpi('profitCny', c.kpis.profitCny.mean), formatKpi('gmvCny', c.kpis.gmvCny.mean)]);
  return renderTable(['run', ...levers.map((l) => l.path), 'Profit (mean)', 'GMV (mean)'], rows);
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { ...RUN_FLAGS, vary: 'list', csv: 'string', xlsx: 'string' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) throw new UsageError(parsed.positional.length === 0 ? 'sweep needs a scenario file: shoplab sweep FILE --vary PATH=SPEC --csv OUT' : `sweep takes one scenario file, got ${parsed.positional.length}`);
  const specs = flagList(parsed, 'vary');
  if (specs.length === 0) throw new UsageError('sweep needs at least one --vary PATH=v1,v2 or PATH=lo:hi:steps');
  const csv = flagString(parsed, 'csv');
  if (csv === undefined) throw new UsageError('sweep needs --csv OUT: the file to write the tidy table to');
  const levers = specs.map(parseVary);
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  for (const lever of levers) checkLeverValues('--vary', lever.path, lever.values, scenario);
  const cells = planSweep(scenario, levers);
  const reps = scenario.replications;
  const transport = await queueTransportFromFlags(parsed, io);
  const bar = progressBar(io);
  let results;
  try {
    results = await runBatch(cells.map((c) => ({ scenario: c.scenario, seed: scenario.seed, replications: reps })), {
      workers: workerCount(parsed, io, reps * cells.length),
      signal: io.interrupt,
      transport,
      onProgress: bar.onProgress,
      map: kpisOnly,
    });
  } finally {
    bar.done();
    await transport?.close();
  }
  const summaries = summariseCells(cells, results);
  const rows = tidyRows(cells, results);
  writeOutput(io, csv, sweepCsv(levers.map((l) => l.path), rows));
  const xlsx = flagString(parsed, 'xlsx');
  if (xlsx !== undefined) await writeSweepXlsx(io, xlsx, levers.map((l) => l.path), summaries);
  const out = [
    `ShopLab ${VERSION} · sweep "${scenario.name}" · seed ${scenario.seed} · ${cells.length} grid point${cells.length === 1 ? '' : 's'} × ${reps} replication${reps === 1 ? '' : 's'}\n`,
    `wrote ${rows.length} rows to ${csv}\n\n`,
  ];
  if (cells.length <= 40) out.push(gridTable(levers, summaries), '\n');
  for (const kpi of HEADLINE) {
    const best = bestCell(summaries, kpi);
    const word = KPI_CATALOGUE[kpi].direction === 'lower' ? 'Lowest' : 'Best';
    if (!best) continue;
    const k = best.kpis[kpi];
    const spread = reps > 1 ? ` (P10–P90 ${formatKpi(kpi, k.p10)} – ${formatKpi(kpi, k.p90)})` : '';
    out.push(`${word} ${KPI_CATALOGUE[kpi].label}: ${formatKpi(kpi, k.mean)}${spread} at run ${best.run}: ${describePoint(best.values)}\n`);
  }
  io.stdout(out.join(''));
  return EXIT.ok;
};
