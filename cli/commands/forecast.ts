// `shoplab forecast DATA.csv`: reads long-format sales (unique_id, ds, y, covariates), backtests
// the chosen models on rolling origins, prints the leaderboard, and writes the forecasts in long
// format. Bad data exits 2 with every problem's row and column, never a stack trace.
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagBoolean, flagNumber, flagString, parseArgs, type FlagSpec } from '../args.ts';
import { CLI_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { readSalesFile } from '../../models/data/node.ts';
import {
  formatDataIssue,
  periodDay,
  seriesLength,
  type Frequency,
  type SalesData,
  type FillRule,
  forecastCsvHeader,
  forecastCsvRows,
  forecastPanel,
  mergeForecastChunks,
  slicePanel,
  type ForecastChunkOutput,
  type PanelSettings,
  bestPerSeries,
  formatLeaderboard,
  leaderboard,
  getForecaster,
  hasForecaster,
  UnknownForecasterError,
  type Forecaster,
} from '../../models/light.ts';
import { runTasks, type ForecastChunkTask } from '../../sim/index.ts';
import { WorkerThreadsTransport } from '../transport/worker-threads.ts';

const FLAGS: FlagSpec = {
  h: CLI_FLAG_RANGES.h,
  models: 'string',
  backtest: CLI_FLAG_RANGES.backtest,
  step: CLI_FLAG_RANGES.step,
  levels: 'string',
  out: 'string',
  freq: 'string',
  season: CLI_FLAG_RANGES.season,
  future: 'string',
  fill: 'string',
  sheet: 'string',
  seed: CLI_FLAG_RANGES.forecastSeed,
  events: 'string',
  workers: CLI_FLAG_RANGES.workers,
  verbose: 'boolean',
  help: 'boolean',
};

const DEFAULT_MODELS = 'snaive,ets,tsb,auto';

/** The `--help` text. */
export const HELP = `Usage: shoplab forecast DATA.csv [options]

Forecast every series of a long-format sales file and rank the models by a rolling-origin backtest.

DATA.csv columns: unique_id, ds (YYYY-MM-DD), y (units), and optional covariates (numbers or
true/false, e.g. price, promo). DATA may also be an Excel workbook (.xlsx: first row the header)
or a Parquet file (.parquet) with the same columns; the file's first bytes decide how it is read. Known-future covariates: add rows after a series' last sale with
y left empty and the planned covariate values; models that use covariates (ses, holt, hw, ets,
theta, autotheta, stl, dhr, arima, auto) regress on them. Missing days inside a series count as 0 sold (see --fill).

Options:
  --h N              periods to forecast (default 28 for daily data, 13 for weekly)
  --models LIST      comma-separated models (default ${DEFAULT_MODELS}); available:
                     naive, snaive, window-average, drift, mean, ses, holt, hw, ets, theta,
                     autotheta, stl, dhr, arima (AutoARIMA), croston, sba, tsb, adida, auto,
                     neural
  --backtest W       backtest windows of h periods each, ending at the last observation (default 1; 0 = none)
  --step N           periods between backtest windows (default h)
  --levels LIST      prediction interval levels in percent (default 80,95)
  --out FILE         write forecasts: unique_id, ds, model, mean, lo-80, hi-80, lo-95, hi-95
  --freq F           daily or weekly (default: inferred from the dates)
  --season N         season length in periods (default 7 daily, 52 weekly)
  --events cn        add the built-in Chinese retail calendar (Spring Festival 2010–2035, 618,
                     Double 11, Double 12, National Day) as known covariates
  --future LIST      covariates known in the future (default: those with values in future rows)
  --fill RULE        missing periods: zero (default) or previous
  --sheet NAME       worksheet of an .xlsx workbook (default: the first with rows)
  --seed N           seed for simulated intervals and the neural model (default 0)
  --workers N        worker threads sharing the series (default: one per core, 1 for small files;
                     results do not depend on it)
  --verbose          list every note and the best model of each series
`;

function parseList(text: string | undefined, flag: string): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(`--${flag} needs at least one value`);
  return items;
}

function parseLevels(text: string | undefined): number[] {
  const items = parseList(text, 'levels') ?? ['80', '95'];
  const levels = items.map((item) => checkRange('--levels', /^\d+(\.\d+)?$/.test(item) ? Number(item) : NaN, CLI_FLAG_RANGES.levels, `"${item}"`));
  return [...new Set(levels)].sort((a, b) => a - b);
}

/** Loads the neural forecaster on demand (TensorFlow.js is heavy); null with a reason if it cannot. */
async function loadNeural(io: CliIO): Promise<Forecaster | null> {
  try {
    const neural = await import('../../models/index.ts');
    const selection = await neural.selectBackend();
    io.stderr(`neural: TensorFlow.js on the ${selection.backend} backend\n`);
    return neural.registerNeuralForecaster();
  } catch (error) {
    io.stderr(`neural: skipped (${error instanceof Error ? error.message : String(error)})\n`);
    return null;
  }
}

async function resolveModels(names: string[], io: CliIO): Promise<Forecaster[]> {
  const models: Forecaster[] = [];
  for (const name of [...new Set(names)]) {
    if (name === 'neural' && !hasForecaster('neural')) {
      const neural = await loadNeural(io);
      if (neural) models.push(neural);
      continue;
    }
    try {
      models.push(getForecaster(name));
    } catch (error) {
      if (error instanceof UnknownForecasterError) throw new UsageError(`--models: ${error.message}`);
      throw error;
    }
  }
  if (models.length === 0) throw new UsageError('--models: no usable model left to run');
  return models;
}

/** Writes text to a file through a stream, resolving when flushed. Opens it at once, so a bad path fails before any work. */
/** A forecast file being written. */
interface Output {
  write: (text: string) => void;
  close: () => Promise<void>;
  failure: () => Error | undefined;
}

function openOutput(path: string, shown: string): Output {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`--out: cannot write ${shown}: ${why}`);
  }
  // Synchronous writes: a full disk (ENOSPC, /dev/full) fails the write that meets it, not silently later.
  let failure: Error | undefined;
  return {
    write: (text) => {
      if (failure) return;
      try {
        writeSync(fd, text);
      } catch (error) {
        failure = error as Error;
      }
    },
    close: async () => closeSync(fd),
    failure: () => failure,
  };
}

/** Series per worker below which threads cost more than they save. */
const SERIES_PER_WORKER = 50;

/** Runs the panel in this thread, writing each forecast's CSV rows as it comes. */
function runInThread(data: SalesData, models: Forecaster[], settings: PanelSettings, output: Output | undefined, io: CliIO): ForecastChunkOutput {
  let rows = 0;
  const result = forecastPanel(data, models, {
    ...settings,
    signal: io.interrupt,
    onForecast: (i, model, forecast) => {
      rows += forecast.mean.length;
      output?.write(forecastCsvRows(data.ids[i], model, periodDay(data, i, seriesLength(data, i)), data.periodDays, forecast, settings.levels));
    },
    onProgress: (done, total) => {
      if (io.stderrIsTTY && (done % 50 === 0 || done === total)) io.stderr(`\rforecasting ${done}/${total} series…${done === total ? '\n' : ''}`);
    },
  });
  return { csv: '', rows, result };
}

/**
 * Splits the series into chunks of about SERIES_PER_WORKER and forecasts them with the experiment
 * runner on `workers` threads; chunks come back in series order, so the output is the one pass's.
 */
async function runOnWorkers(data: SalesData, modelNames: string[], settings: PanelSettings, csv: boolean, workers: number, io: CliIO): Promise<ForecastChunkOutput> {
  const total = data.ids.length;
  const chunks = Math.max(workers, Math.ceil(total / SERIES_PER_WORKER));
  const tasks: ForecastChunkTask[] = [];
  for (let c = 0; c < chunks; c++) {
    const from = Math.floor((total * c) / chunks);
    const to = Math.floor((total * (c + 1)) / chunks);
    if (to > from) tasks.push({ kind: 'forecast-chunk', index: tasks.length, input: { data: slicePanel(data, from, to), models: modelNames, settings, csv } });
  }
  const done = new Array<number>(tasks.length).fill(0);
  const report = () => {
    const sum = done.reduce((a, b) => a + b, 0);
    if (io.stderrIsTTY) io.stderr(`\rforecasting ${sum}/${total} series on ${workers} threads…${sum === total ? '\n' : ''}`);
  };
  const transport = new WorkerThreadsTransport(Math.min(workers, tasks.length));
  try {
    const outputs = await runTasks(tasks, {
      transport,
      signal: io.interrupt,
      describe: (t) => `forecast chunk ${t.index} (series ${t.input.data.ids[0]} … ${t.input.data.ids.at(-1)})`,
      onTaskProgress: (t, n) => ((done[t.index] = n), report()),
      onTaskResult: (t) => ((done[t.index] = t.input.data.ids.length), report()),
    });
    return mergeForecastChunks(outputs);
  } finally {
    await transport.close();
  }
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, FLAGS);
  if (flagBoolean(parsed, 'help')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) {
    throw new UsageError(parsed.positional.length === 0 ? 'forecast needs a data file: shoplab forecast DATA.csv|.xlsx|.parquet (see --help)' : `forecast takes one data file, got ${parsed.positional.length}: ${parsed.positional.join(' ')}`);
  }
  const freq = flagString(parsed, 'freq');
  if (freq !== undefined && freq !== 'daily' && freq !== 'weekly') throw new UsageError(`--freq must be daily or weekly, got "${freq}"`);
  const fill = flagString(parsed, 'fill') ?? 'zero';
  if (fill !== 'zero' && fill !== 'previous') throw new UsageError(`--fill must be zero or previous, got "${fill}"`);
  const levels = parseLevels(flagString(parsed, 'levels'));
  const windows = flagNumber(parsed, 'backtest') ?? 1;
  const modelNames = parseList(flagString(parsed, 'models'), 'models') ?? DEFAULT_MODELS.split(',');
  const unknown = modelNames.filter((name) => name !== 'neural' && !hasForecaster(name));
  if (unknown.length > 0) throw new UsageError(`--models: ${new UnknownForecasterError(unknown[0]).message}`);

  const file = resolve(io.cwd, parsed.positional[0]);
  const read = await readSalesFile(file, {
    frequency: freq as Frequency | undefined,
    seasonLength: flagNumber(parsed, 'season'),
    fill: fill as FillRule,
    future: parseList(flagString(parsed, 'future'), 'future'),
    sheet: flagString(parsed, 'sheet'),
  });
  if (!read.ok) {
    io.stderr(`${parsed.positional[0]}: cannot forecast from this file:\n${read.issues.map((issue) => `  ${formatDataIssue(issue)}`).join('\n')}\n`);
    return EXIT.badInput;
  }
  const { data } = read;
  const h = flagNumber(parsed, 'h') ?? (data.frequency === 'daily' ? 28 : 13);
  const unit = data.frequency === 'daily' ? 'days' : 'weeks';
  const models = await resolveModels(modelNames, io);
  let periods = 0;
  for (let i = 0; i < data.ids.length; i++) periods += seriesLength(data, i);
  const known = data.covariateNames.length > 0 ? `; covariates known ahead: ${data.covariateNames.join(', ')}` : '';
  io.stdout(`${parsed.positional[0]}: ${data.ids.length} series, ${data.frequency} (season ${data.seasonLength}), ${periods} periods${known}\n`);
  for (const warning of read.warnings) io.stdout(`  ${formatDataIssue(warning)}\n`);

  const outPath = flagString(parsed, 'out');
  const events = flagString(parsed, 'events');
  if (events !== undefined && events !== 'cn') throw new UsageError(`--events: expected cn (the built-in Chinese retail calendar), got "${events}"`);
  const settings: PanelSettings = { h, levels, windows, step: flagNumber(parsed, 'step'), seasonLength: data.seasonLength, seed: flagNumber(parsed, 'seed') ?? 0, ...(events ? { events: 'china' as const } : {}) };
  const usesNeural = models.some((m) => m.name === 'neural');
  const workers = usesNeural ? 1 : Math.max(1, Math.min(flagNumber(parsed, 'workers') ?? Math.min(io.defaultWorkers ?? 1, Math.floor(data.ids.length / SERIES_PER_WORKER)), data.ids.length));
  if (usesNeural && (flagNumber(parsed, 'workers') ?? 1) > 1) io.stderr('neural: runs in one thread (TensorFlow.js); --workers ignored\n');
  const output = outPath ? openOutput(resolve(io.cwd, outPath), outPath) : undefined;
  output?.write(forecastCsvHeader(levels));
  const started = performance.now();
  let share: ForecastChunkOutput;
  if (workers > 1) {
    share = await runOnWorkers(data, models.map((m) => m.name), settings, output !== undefined, workers, io);
    output?.write(share.csv);
  } else share = runInThread(data, models, settings, output, io);
  const { rows, result } = share;
  const seconds = (performance.now() - started) / 1000;

  if (windows > 0) {
    const scored = new Set(result.scores.map((s) => s.seriesId)).size;
    io.stdout(`\nBacktest: ${windows} window(s) of ${h} ${unit}${windows > 1 ? `, ${flagNumber(parsed, 'step') ?? h} apart` : ''}, ${scored} series scored`);
    if (result.unscored.length > 0) io.stdout(`, ${result.unscored.length} too short (${result.unscored.slice(0, 5).map((u) => u.seriesId).join(', ')}${result.unscored.length > 5 ? ', …' : ''})`);
    io.stdout('\n');
    if (result.scores.length > 0) {
      io.stdout(`${formatLeaderboard(leaderboard(result.scores))}\n`);
      io.stdout('MASE/RMSSE < 1 beat the naive forecast in-sample; WRMSSE weights series by revenue (units × price) of their last 28 periods.\n');
    }
    if (flagBoolean(parsed, 'verbose')) {
      io.stdout('\nBest model per series (backtest MASE):\n');
      for (const best of bestPerSeries(result.scores)) io.stdout(`  ${best.seriesId}: ${best.model} (${Number.isFinite(best.mase) ? best.mase.toFixed(3) : '–'})\n`);
    }
  }
  const finalNotes = result.notes;
  if (finalNotes.length > 0) {
    const shown = flagBoolean(parsed, 'verbose') ? finalNotes : finalNotes.slice(0, 8);
    io.stdout(`\nNotes (${finalNotes.length}):\n${shown.map((n) => `  ${n.seriesId} ${n.model}: ${n.note}`).join('\n')}\n`);
    if (shown.length < finalNotes.length) io.stdout(`  … ${finalNotes.length - shown.length} more (--verbose lists all)\n`);
  }
  if (output) {
    await output.close();
    const failure = output.failure();
    if (failure) {
      const code = (failure as NodeJS.ErrnoException).code;
      throw new UsageError(`--out: cannot write ${outPath}: ${code === 'ENOSPC' ? 'the disk is full' : failure.message}`);
    }
    io.stdout(`\nWrote ${rows} forecast rows (${models.length} model(s) × ${data.ids.length} series × ${h} ${unit}) to ${outPath} in ${seconds.toFixed(1)} s\n`);
  } else {
    io.stdout(`\nForecasts not written: pass --out FC.csv to save them (${seconds.toFixed(1)} s)\n`);
  }
  return EXIT.ok;
};
