// `shoplab gen-sales SCENARIO --out SALES.csv [--seed N] [--days D]`: runs the scenario once and
// writes each SKU's daily sales in the long format forecasting tools read: unique_id, ds, y,
// price, promo. Deterministic for a seed: the same command writes the same bytes.
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { REPLICATION_RANGE, RUN_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { applyRunFlags, writeOutput } from '../options.ts';
import { cliMessage, cliText, plural, type CliLang } from '../lang.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { simulate, dateOfDay, type RunResult, csvField } from '../../sim/index.ts';
import { replenishmentForecasters } from '../../models/light.ts';

/** The `--help` text in `lang`. */
export function genSalesHelp(lang: CliLang): string {
  return cliText(lang, 'gensales.help', { machine: cliText(lang, 'help.machineReadable') });
}

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
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(genSalesHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length === 0) throw new UsageError(cliMessage('gensales.needsFile'));
  if (parsed.positional.length > 1) throw new UsageError(cliMessage('gensales.takesOne', { count: parsed.positional.length, files: parsed.positional.join(', ') }));
  const out = flagString(parsed, 'out');
  if (out === undefined) throw new UsageError(cliMessage('gensales.needsOut'));
  const scenario = applyRunFlags(loadScenarioFile(parsed.positional[0], io), parsed);
  const replication = flagNumber(parsed, 'replication') ?? 0;
  const result = simulate(scenario, { seed: scenario.seed, replication, forecasters: replenishmentForecasters(), signal: io.interrupt });
  writeOutput(io, out, salesCsv(result));
  if (out !== '-') {
    const skus = Object.keys(result.skuUnits).length;
    io.stderr(cliText(lang, 'gensales.wrote', { file: out, rows: skus * result.days, skus, s: plural(skus), days: result.days, start: result.startDate, seed: result.seed, replication }));
  }
  return EXIT.ok;
};
