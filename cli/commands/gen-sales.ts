// `shoplab gen-sales SCENARIO --out SALES.csv [--seed N] [--days D]`: runs the scenario once and
// writes each SKU's daily sales in the long format forecasting tools read: unique_id, ds, y,
// price, promo. Deterministic for a seed: the same command writes the same bytes.
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { REPLICATION_RANGE, RUN_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { applyRunFlags, writeOutput } from '../options.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { simulate, dateOfDay, type RunResult, csvField } from '../../sim/index.ts';
import { replenishmentForecasters } from '../../models/light.ts';

const HELP = [
  'Usage: shoplab gen-sales SCENARIO --out SALES.csv [--seed N] [--days D] [--replication R]',
  '',
  'Simulates the scenario once and writes daily sales per SKU as a long-format CSV:',
  '  unique_id  SKU id',
  '  ds         date (YYYY-MM-DD, counted from the scenario\'s startDate)',
  '  y          units sold that day',
  '  price      mean price paid (CNY/unit; the list price on days without sales)',
  '  promo      1 on days a promotion applied to the SKU, else 0',
  'Rows are grouped by SKU, oldest first. The file feeds `shoplab forecast`.',
  '',
  'Options:',
  '  --out FILE       where to write the CSV ("-" = stdout; required)',
  '  --seed N         seed of the random streams (default: the scenario\'s seed)',
  '  --days D         horizon in days (default: the scenario\'s days)',
  '  --replication R  which replication\'s random streams to use (default 0)',
  '',
  'Example: shoplab gen-sales scenarios/default.yaml --out data/sales.csv --seed 7 --days 365',
  '',
].join('\n');

/** A number for the CSV: whole numbers as integers, others with at most `decimals` places. */
function csvNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The long-format sales CSV of one run. */
export function salesCsv(result: RunResult): string {
  const lines = ['unique_id,ds,y,price,promo'];
  const dates = Array.from({ length: result.days }, (_, t) => dateOfDay(result.startDate, t));
  for (const sku of Object.keys(result.skuUnits)) {
    const units = result.skuUnits[sku];
    const price = result.skuPrice[sku];
    const promo = result.skuPromo[sku];
    const id = csvField(sku);
    for (let t = 0; t < result.days; t++) {
      lines.push(`${id},${dates[t]},${csvNumber(units[t], 4)},${csvNumber(price[t], 2)},${promo[t] > 0 ? 1 : 0}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { out: 'string', seed: RUN_FLAG_RANGES.seed, days: RUN_FLAG_RANGES.days, replication: REPLICATION_RANGE, help: 'boolean', h: 'boolean' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length === 0) throw new UsageError('gen-sales needs a scenario file: shoplab gen-sales SCENARIO --out SALES.csv');
  if (parsed.positional.length > 1) throw new UsageError(`gen-sales takes one scenario file, got ${parsed.positional.length}: ${parsed.positional.join(', ')}`);
  const out = flagString(parsed, 'out');
  if (out === undefined) throw new UsageError('gen-sales needs --out FILE (where to write the CSV; "-" for stdout)');
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  const replication = flagNumber(parsed, 'replication') ?? 0;
  const result = simulate(scenario, { seed: scenario.seed, replication, forecasters: replenishmentForecasters(), signal: io.interrupt });
  writeOutput(io, out, salesCsv(result));
  if (out !== '-') {
    const skus = Object.keys(result.skuUnits).length;
    io.stderr(`wrote ${out}: ${skus * result.days} rows (${skus} SKU${skus === 1 ? '' : 's'} × ${result.days} days from ${result.startDate}), seed ${result.seed}, replication ${replication}\n`);
  }
  return EXIT.ok;
};
