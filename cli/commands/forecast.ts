// `shoplab forecast DATA.csv`: reads long-format sales (unique_id, ds, y, covariates), backtests
// the chosen models on rolling origins, prints the leaderboard, and writes the forecasts in long
// format. Bad data exits 2 with every problem's row and column, never a stack trace.
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagBoolean, flagNumber, flagString, parseArgs, type FlagSpec } from '../args.ts';
import { CLI_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { cliMessage, cliText, type CliKey, type CliLang } from '../lang.ts';
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
  renderModelError,
  renderModelMessage,
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

/** The `--help` text in `lang`. */
export function forecastHelp(lang: CliLang = 'en'): string {
  return cliText(lang, 'forecast.help', { models: DEFAULT_MODELS, machine: cliText(lang, 'help.machineReadable') });
}

function parseList(text: string | undefined, flag: string): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(cliMessage('forecast.needsValues', { flag }));
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
    io.stderr(cliText(io.lang ?? 'en', 'forecast.neuralBackend', { backend: selection.backend }));
    return neural.registerNeuralForecaster();
  } catch (error) {
    io.stderr(cliText(io.lang ?? 'en', 'forecast.neuralSkipped', { reason: renderModelError(error, io.lang ?? 'en') }));
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
      if (error instanceof UnknownForecasterError) throw new UsageError(cliMessage('forecast.badModel', { message: (l) => renderModelError(error, l) }));
      throw error;
    }
  }
  if (models.length === 0) throw new UsageError(cliMessage('forecast.noModel'));
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
    const why = code === 'ENOENT' ? cliMessage('forecast.noFolder') : code === 'EISDIR' ? cliMessage('forecast.isFolder') : code === 'EACCES' ? cliMessage('forecast.denied') : (error as Error).message;
    throw new UsageError(cliMessage('forecast.cannotWrite', { file: shown, why }));
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
      if (io.stderrIsTTY && (done % 50 === 0 || done === total)) io.stderr(`${cliText(io.lang ?? 'en', 'forecast.progress', { done, total })}${done === total ? '\n' : ''}`);
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
    if (io.stderrIsTTY) io.stderr(`${cliText(io.lang ?? 'en', 'forecast.progressThreads', { done: sum, total, workers })}${sum === total ? '\n' : ''}`);
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
  const lang = io.lang ?? 'en';
  const t = (key: CliKey, params = {}) => cliText(lang, key, params);
  if (flagBoolean(parsed, 'help')) {
    io.stdout(forecastHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) {
    throw new UsageError(parsed.positional.length === 0 ? cliMessage('forecast.needsFile') : cliMessage('forecast.takesOne', { count: parsed.positional.length, files: parsed.positional.join(' ') }));
  }
  const freq = flagString(parsed, 'freq');
  if (freq !== undefined && freq !== 'daily' && freq !== 'weekly') throw new UsageError(cliMessage('forecast.badFreq', { text: freq }));
  const fill = flagString(parsed, 'fill') ?? 'zero';
  if (fill !== 'zero' && fill !== 'previous') throw new UsageError(cliMessage('forecast.badFill', { text: fill }));
  const levels = parseLevels(flagString(parsed, 'levels'));
  const windows = flagNumber(parsed, 'backtest') ?? 1;
  const modelNames = parseList(flagString(parsed, 'models'), 'models') ?? DEFAULT_MODELS.split(',');
  const unknown = modelNames.filter((name) => name !== 'neural' && !hasForecaster(name));
  if (unknown.length > 0) {
    const error = new UnknownForecasterError(unknown[0]);
    throw new UsageError(cliMessage('forecast.badModel', { message: (l) => renderModelError(error, l) }));
  }

  const file = resolve(io.cwd, parsed.positional[0]);
  const read = await readSalesFile(file, {
    frequency: freq as Frequency | undefined,
    seasonLength: flagNumber(parsed, 'season'),
    fill: fill as FillRule,
    future: parseList(flagString(parsed, 'future'), 'future'),
    sheet: flagString(parsed, 'sheet'),
  });
  if (!read.ok) {
    io.stderr(t('forecast.unreadable', { file: parsed.positional[0], issues: read.issues.map((issue) => `  ${formatDataIssue(issue, undefined, lang)}`).join('\n') }));
    return EXIT.badInput;
  }
  const { data } = read;
  const h = flagNumber(parsed, 'h') ?? (data.frequency === 'daily' ? 28 : 13);
  const unit = t(data.frequency === 'daily' ? 'forecast.days' : 'forecast.weeks');
  const models = await resolveModels(modelNames, io);
  let periods = 0;
  for (let i = 0; i < data.ids.length; i++) periods += seriesLength(data, i);
  const known = data.covariateNames.length > 0 ? t('forecast.known', { list: data.covariateNames.join(', ') }) : '';
  const frequency = lang === 'en' ? data.frequency : t(data.frequency === 'daily' ? 'forecast.daily' : 'forecast.weekly');
  io.stdout(t('forecast.loaded', { file: parsed.positional[0], series: data.ids.length, freq: frequency, season: data.seasonLength, periods, known }));
  for (const warning of read.warnings) io.stdout(`  ${formatDataIssue(warning, undefined, lang)}\n`);

  const outPath = flagString(parsed, 'out');
  const events = flagString(parsed, 'events');
  if (events !== undefined && events !== 'cn') throw new UsageError(cliMessage('forecast.badEvents', { text: events }));
  const settings: PanelSettings = { h, levels, windows, step: flagNumber(parsed, 'step'), seasonLength: data.seasonLength, seed: flagNumber(parsed, 'seed') ?? 0, ...(events ? { events: 'china' as const } : {}) };
  const usesNeural = models.some((m) => m.name === 'neural');
  const workers = usesNeural ? 1 : Math.max(1, Math.min(flagNumber(parsed, 'workers') ?? Math.min(io.defaultWorkers ?? 1, Math.floor(data.ids.length / SERIES_PER_WORKER)), data.ids.length));
  if (usesNeural && (flagNumber(parsed, 'workers') ?? 1) > 1) io.stderr(t('forecast.neuralOneThread'));
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
    io.stdout(t('forecast.backtest', { windows, h, unit, apart: windows > 1 ? t('forecast.apart', { step: flagNumber(parsed, 'step') ?? h }) : '', scored }));
    if (result.unscored.length > 0) io.stdout(t('forecast.tooShort', { count: result.unscored.length, list: `${result.unscored.slice(0, 5).map((u) => u.seriesId).join(', ')}${result.unscored.length > 5 ? ', …' : ''}` }));
    io.stdout('\n');
    if (result.scores.length > 0) {
      const labels = { model: t('forecast.col.model'), series: t('forecast.col.series'), pinball: t('forecast.col.pinball'), cover: (level: number) => t('forecast.col.cover', { level }), wins: t('forecast.col.wins') };
      io.stdout(`${formatLeaderboard(leaderboard(result.scores), labels)}\n`);
      io.stdout(t('forecast.metrics'));
    }
    if (flagBoolean(parsed, 'verbose')) {
      io.stdout(t('forecast.bestPerSeries'));
      for (const best of bestPerSeries(result.scores)) io.stdout(`  ${best.seriesId}: ${best.model} (${Number.isFinite(best.mase) ? best.mase.toFixed(3) : '–'})\n`);
    }
  }
  const finalNotes = result.notes;
  if (finalNotes.length > 0) {
    const shown = flagBoolean(parsed, 'verbose') ? finalNotes : finalNotes.slice(0, 8);
    io.stdout(`${t('forecast.notes', { count: finalNotes.length })}${shown.map((n) => `  ${n.seriesId} ${n.model}${lang === 'zh' ? '：' : ': '}${n.coded ? renderModelMessage(n.coded, lang) : n.note}`).join('\n')}\n`);
    if (shown.length < finalNotes.length) io.stdout(t('forecast.moreNotes', { count: finalNotes.length - shown.length }));
  }
  if (output) {
    await output.close();
    const failure = output.failure();
    if (failure) {
      const code = (failure as NodeJS.ErrnoException).code;
      throw new UsageError(cliMessage('forecast.cannotWrite', { file: outPath ?? '', why: code === 'ENOSPC' ? cliMessage('forecast.diskFull') : failure.message }));
    }
    io.stdout(t('forecast.wrote', { rows, models: models.length, series: data.ids.length, h, unit, file: outPath ?? '', seconds: seconds.toFixed(1) }));
  } else {
    io.stdout(t('forecast.notWritten', { seconds: seconds.toFixed(1) }));
  }
  return EXIT.ok;
};
