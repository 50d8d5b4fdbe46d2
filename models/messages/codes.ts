// Every message models/ can give a user — a forecaster's refusal, a fallback's note, a sales file's
// problem, an inventory formula's bad input — as a stable code and the typed parameters it is
// rendered from. Each language's table (en.ts, zh.ts) must render every code: the type says so.

/** Parameters of each message code. Numbers are shown as given; `got` texts as the caller wrote them. */
export interface ModelMessageParams {
  // Forecasters and their fallback (errors.ts, fallback.ts, ets/, arima/, decompose/, harmonic/).
  'series.tooShort': { model: string; needed: number; got: number };
  'series.gap': { model: string; period: number; value: string };
  'forecast.failed': { model: string; why: ModelText };
  'forecast.nonFinite': { model: string };
  'forecast.fallback': { why: ModelText; used: string };
  'forecast.noModel': { why: ModelText };
  'forecast.futureShort': { names: string[]; covered: number; h: number };
  'forecast.cancelled': Record<never, never>;
  'forecast.unknownModel': { name: string; suggestion: string | null; available: string[] };
  'ets.seasonLength': { label: string; m: number };
  'ets.positive': { label: string };
  'ets.noFit': { label: string };
  'ets.noneApplies': { model: string; m: number; positive: boolean };
  'stl.tooShort': { needed: number; got: number };
  'classical.tooShort': { needed: number; got: number };
  'output.level': { level: number };
  'output.horizon': { h: string };
  'combine.empty': Record<never, never>;
  'combine.quantile': { p: number };
  // Backtests and metrics (backtest/, metrics/).
  'backtest.wholeAtLeastOne': { what: 'horizon' | 'windows' | 'step'; got: string };
  'backtest.tooShort': { length: number; windows: number; h: number; needed: number };
  'backtest.futurePartial': { known: number; h: number };
  'backtest.calendarUnused': { why: ModelText };
  'metrics.lengths': { what: 'forecast' | 'quantilePath' | 'weights'; actual: number; other: number };
  'metrics.bandLengths': Record<never, never>;
  'metrics.probability': { q: number };
  // The built-in event calendar (calendar/china-retail.ts).
  'calendar.springFestival': { from: number; to: number; year: number };
  'calendar.periodDays': { got: string };
  'calendar.range': { from: number; to: number; firstYear: number; lastYear: number };
  // The neural model's settings (neural/config.ts, neural/train.ts).
  /** `min` null: any integer. */
  'neural.integer': { name: string; min: number | null; got: string };
  'neural.harmonics': { max: number; got: number };
  'neural.between': { name: 'learningRate' | 'validationShare'; got: number };
  'neural.meanLossWeight': { got: number };
  'neural.quantiles': { rule: 'range' | 'increasing' | 'median'; got: number[] };
  'neural.notFinite': { series: SeriesName; index: number; value: string };
  'neural.seasonDiffers': { series: SeriesName; got: number; model: number };
  'neural.covariateLength': { series: SeriesName; key: string; got: number; n: number };
  'neural.futureCovariate': { series: SeriesName; key: string; covered: number; needed: number };
  'neural.lagWindow': { series: SeriesName; got: number; lags: number };
  'neural.level': { level: number };
  'neural.noBackend': { attempts: { backend: string; reason: string }[] };
  'neural.tooShort': { needed: number; lags: number; horizon: number; longest: number };
  // Replenishment from a forecast (replenishment.ts, lead-time.ts).
  'replenishment.leadTime': { got: string };
  'replenishment.forecastShort': { covered: number; h: number };
  'replenishment.noQuantile': { p: number };
  'replenishment.unknownForecaster': { name: string; known: string[] };
  // Inventory formulas (inventory/*): `field` is the input's name, `got` the value as given.
  'value.finite': { field: string; got: string };
  'value.positive': { field: string; got: number };
  'value.nonNegative': { field: string; got: number };
  'value.probability': { field: string; got: number };
  'value.whole': { field: string; min: number; got: string; unit: 'periods' | 'units' | 'none' };
  'value.perPeriod': { field: string; periods: number; got: number };
  'value.noneGiven': { field: string; what: 'demand' | 'observation' | 'value' | 'stage' | 'pair' };
  'inventory.wholePeriods': { field: string; demand: 'poisson' | 'discrete'; got: number };
  'inventory.noSpread': Record<never, never>;
  'inventory.productionRate': { demandRate: number; got: number };
  'inventory.firstBreakpoint': { got: number[] };
  'inventory.pricePerBreakpoint': { breakpoints: number; got: number };
  'inventory.breakpointsIncrease': { previous: number; next: number };
  'inventory.discountLowers': { previous: number; next: number };
  'inventory.poissonWhole': { reorderPoint: number; orderQuantity: number };
  'inventory.normalOnly': Record<never, never>;
  'inventory.shortageTooLow': { q: string; tail: string; p: number; ratio: string };
  'inventory.noConvergence': { iterations: number; q: number; r: number };
  'inventory.poissonTooLarge': { mean: number };
  'inventory.probabilitiesZero': Record<never, never>;
  'inventory.alwaysZero': Record<never, never>;
  'inventory.wholeLevels': { s: number; S: number };
  'inventory.levelsOrder': { s: number; S: number };
  'inventory.gridTooLarge': { poisson: boolean; step: number; totalLead: number; points: string; work: string; max: string };
  'inventory.priceBelowCost': { revenue: number; cost: number };
  'inventory.salvageAboveCost': { salvage: number; cost: number };
  'inventory.ratioOutside': { ratio: number; lowest: number; highest: number };
  'inventory.poissonProbability': { got: number };
  // Sales files (data/*): `text` is a cell as written in the file.
  'data.fieldCount': { got: number; header: number };
  'data.emptyId': Record<never, never>;
  'data.notDate': { text: string };
  'data.notNumber': { text: string; covariate: boolean };
  'data.tooLarge': { text: string };
  'data.empty': Record<never, never>;
  'data.noDataRows': Record<never, never>;
  'data.noRows': { what: 'rows' | 'worksheet' };
  'data.moreErrors': { count: number };
  'data.missingColumn': { column: string; header: string[]; suggestion: string | null };
  'data.unnamedColumn': { index: number };
  'data.duplicateColumn': { column: string; first: number; second: number };
  'data.duplicateRow': { id: string; date: string; firstRow: number };
  'data.offGrid': { date: string; frequency: 'daily' | 'weekly'; id: string; start: string };
  'data.noValues': Record<never, never>;
  'data.emptySeries': { count: number; preview: string };
  'data.filled': { periods: number; series: number; fill: 'zero' | 'previous' };
  'data.negatives': { count: number; series: number; preview: string };
  'data.noFrequency': Record<never, never>;
  'data.oddFrequency': { gap: number };
  'data.dateJump': { id: string; from: string; to: string; rows: number; periods: string; weekly: boolean; limit: string };
  'data.unknownFuture': { name: string; covariates: string[]; suggestion: string | null };
  'data.noFuture': { names: string[] };
  'data.unclosedQuote': { line: number };
  'data.unreadable': { format: 'Parquet' | 'XLSX'; detail: string };
  'data.nestedColumns': { columns: string[] };
  'data.parquetRows': { from: number; to: number; detail: string };
  'data.noSheet': { sheet: string; sheets: string[] };
  'data.fileTooLarge': { bytes: string; max: string; workbook: boolean; file: string | null };
  'data.cannotRead': { path: string; why: 'missing' | 'folder' | 'denied' | { text: string } };
  'data.sheetNotXlsx': { sheet: string; path: string; holds: 'csv' | 'parquet' };
  'data.misnamed': { name: string; kind: 'parquetAs' | 'zipAs' | 'oldXls' | 'notZip' | 'notParquet'; extension: string };
}

/** A series a message names: by its id, or by its 1-based place when it has none. */
export type SeriesName = { id: string } | { index: number };

/** A message code. */
export type ModelCode = keyof ModelMessageParams;

/** A code with its parameters. */
export type ModelCoded = { [C in ModelCode]: { code: C; params: ModelMessageParams[C] } }[ModelCode];

/** Text inside a message: a coded message, or text from outside ShopLab (a library's own error), shown as is. */
export type ModelText = ModelCoded | { text: string };

/** A language's renderer of every code; `sub` renders a nested text in the same language. */
export type ModelMessageTable = { [C in ModelCode]: (p: ModelMessageParams[C], sub: (t: ModelText) => string) => string };

/** Languages the messages are rendered in. */
export type ModelLang = 'en' | 'zh';
