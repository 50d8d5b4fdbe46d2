// English messages of `forecast`: help, usage errors, progress and the summary it prints (data
// issues and model notes are worded by models/).

export const forecastEn = {
  'forecast.help': `Usage: shoplab forecast DATA.csv [options]

Forecast every series of a long-format sales file and rank the models by a rolling-origin backtest.

DATA.csv columns: unique_id, ds (YYYY-MM-DD), y (units), and optional covariates (numbers or
true/false, e.g. price, promo). DATA may also be an Excel workbook (.xlsx: first row the header)
or a Parquet file (.parquet) with the same columns; the file's first bytes decide how it is read. Known-future covariates: add rows after a series' last sale with
y left empty and the planned covariate values; models that use covariates (ses, holt, hw, ets,
theta, autotheta, stl, dhr, arima, auto) regress on them. Missing days inside a series count as 0 sold (see --fill).

Options:
  --h N              periods to forecast (default 28 for daily data, 13 for weekly)
  --models LIST      comma-separated models (default {models}); available:
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
{machine}
`,
  'forecast.needsValues': '--{flag} needs at least one value',
  'forecast.neuralBackend': 'neural: TensorFlow.js on the {backend} backend\n',
  'forecast.neuralSkipped': 'neural: skipped ({reason})\n',
  'forecast.badModel': '--models: {message}',
  'forecast.noModel': '--models: no usable model left to run',
  'forecast.cannotWrite': '--out: cannot write {file}: {why}',
  'forecast.noFolder': 'its folder does not exist',
  'forecast.isFolder': 'it is a directory',
  'forecast.denied': 'permission denied',
  'forecast.diskFull': 'the disk is full',
  'forecast.progress': '\rforecasting {done}/{total} series…',
  'forecast.progressThreads': '\rforecasting {done}/{total} series on {workers} threads…',
  'forecast.needsFile': 'forecast needs a data file: shoplab forecast DATA.csv|.xlsx|.parquet (see --help)',
  'forecast.takesOne': 'forecast takes one data file, got {count}: {files}',
  'forecast.badFreq': '--freq must be daily or weekly, got "{text}"',
  'forecast.badFill': '--fill must be zero or previous, got "{text}"',
  'forecast.badEvents': '--events: expected cn (the built-in Chinese retail calendar), got "{text}"',
  'forecast.unreadable': '{file}: cannot forecast from this file:\n{issues}\n',
  'forecast.daily': 'daily',
  'forecast.weekly': 'weekly',
  'forecast.days': 'days',
  'forecast.weeks': 'weeks',
  'forecast.loaded': '{file}: {series} series, {freq} (season {season}), {periods} periods{known}\n',
  'forecast.known': '; covariates known ahead: {list}',
  'forecast.neuralOneThread': 'neural: runs in one thread (TensorFlow.js); --workers ignored\n',
  'forecast.backtest': '\nBacktest: {windows} window(s) of {h} {unit}{apart}, {scored} series scored',
  'forecast.apart': ', {step} apart',
  'forecast.tooShort': ', {count} too short ({list})',
  'forecast.metrics': 'MASE/RMSSE < 1 beat the naive forecast in-sample; WRMSSE weights series by revenue (units × price) of their last 28 periods.\n',
  'forecast.bestPerSeries': '\nBest model per series (backtest MASE):\n',
  'forecast.notes': '\nNotes ({count}):\n',
  'forecast.moreNotes': '  … {count} more (--verbose lists all)\n',
  'forecast.wrote': '\nWrote {rows} forecast rows ({models} model(s) × {series} series × {h} {unit}) to {file} in {seconds} s\n',
  'forecast.notWritten': '\nForecasts not written: pass --out FC.csv to save them ({seconds} s)\n',
  'forecast.col.model': 'model',
  'forecast.col.series': 'series',
  'forecast.col.pinball': 'pinball',
  'forecast.col.cover': 'cover{level}%',
  'forecast.col.wins': 'wins',
} as const;
