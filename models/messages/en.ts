// The messages of models/ in English, one renderer per code (the English is each error's `.message`).
import type { ModelMessageTable, SeriesName } from './codes.ts';

const quoted = (items: readonly string[]) => items.map((h) => `"${h}"`).join(', ');
const series = (s: SeriesName) => ('id' in s ? `series "${s.id}"` : `series #${s.index}`);
const RULE = { range: 'lie strictly between 0 and 1', increasing: 'be strictly increasing', median: 'include the median 0.5' } as const;
const NONE_GIVEN = {
  demand: 'need the demand of at least one period',
  observation: 'need at least one demand observation',
  value: 'need at least one value',
  stage: 'need at least one stage',
  pair: 'need at least one (probability, units) pair',
} as const;
const WHY_UNREADABLE = { missing: 'no such file', folder: 'it is a directory', denied: 'permission denied' } as const;

/** Every code in English. */
export const MODELS_EN: ModelMessageTable = {
  'series.tooShort': (p) => `series too short for ${p.model} (${p.got} < ${p.needed} observations)`,
  'series.gap': (p) => `${p.model} needs a value in every period (period ${p.period} is ${p.value})`,
  'forecast.failed': (p, sub) => `${p.model} failed: ${sub(p.why)}`,
  'forecast.nonFinite': (p) => `${p.model} produced non-finite values`,
  'forecast.fallback': (p, sub) => `${sub(p.why)}; used ${p.used}`,
  'forecast.noModel': (p, sub) => `no model could forecast this series (${sub(p.why)})`,
  'forecast.futureShort': (p) => `future covariates (${p.names.join(', ')}) cover ${p.covered} periods but the horizon is ${p.h}`,
  'forecast.cancelled': () => 'forecast cancelled',
  'forecast.unknownModel': (p) => `unknown model "${p.name}"${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}; available: ${p.available.join(', ')}`,
  'ets.seasonLength': (p) => `${p.label} needs a season length ≥ 2, got ${p.m}`,
  'ets.positive': (p) => `${p.label} needs positive data`,
  'ets.noFit': (p) => `${p.label} could not be fitted (no admissible parameters)`,
  'ets.noneApplies': (p) => `no ${p.model} model applies to this series (season length ${p.m}${p.positive ? '' : ', data not all positive'})`,
  'stl.tooShort': (p) => `STL needs a period ≥ 2 and two full periods of data (${p.needed}), got ${p.got}`,
  'classical.tooShort': (p) => `classical decomposition needs two full seasons (${p.needed} periods), got ${p.got}`,
  'output.level': (p) => `interval level must be between 0 and 100 (exclusive), got ${p.level}`,
  'output.horizon': (p) => `forecast horizon must be a whole number ≥ 1, got ${p.h}`,
  'combine.empty': () => 'a combination needs at least one forecast',
  'combine.quantile': (p) => `every member of a combination needs the ${p.p} quantile`,
  'backtest.wholeAtLeastOne': (p) => `backtest ${p.what} must be a whole number ≥ 1, got ${p.got}`,
  'backtest.tooShort': (p) => `series of ${p.length} periods is too short for ${p.windows} backtest window(s) of ${p.h} (needs ${p.needed})`,
  'backtest.futurePartial': (p) => `future covariates cover ${p.known} of ${p.h} periods; forecasting without covariates`,
  'backtest.calendarUnused': (p, sub) => `event calendar not used: ${sub(p.why)}`,
  'metrics.lengths': (p) =>
    p.what === 'weights' ? `${p.actual} scores but ${p.other} weights` : `actual has ${p.actual} values, ${p.what === 'forecast' ? 'forecast' : 'quantile path'} ${p.other}`,
  'metrics.bandLengths': () => 'actual, lo and hi must have the same length',
  'metrics.probability': (p) => `quantile probability must be in (0, 1), got ${p.q}`,
  'calendar.springFestival': (p) => `the built-in calendar knows Spring Festival for ${p.from}–${p.to}, not ${p.year}`,
  'calendar.periodDays': (p) => `period length must be a whole number of days ≥ 1, got ${p.got}`,
  'calendar.range': (p) => `the built-in event calendar covers ${p.from}–${p.to}; these periods run ${p.firstYear}–${p.lastYear}`,
  'neural.integer': (p) => `${p.name} must be an integer${p.min === null ? '' : ` ≥ ${p.min}`}, got ${p.got}`,
  'neural.harmonics': (p) => `harmonics must be at most seasonLength / 2 (${p.max}), got ${p.got}`,
  'neural.between': (p) => (p.name === 'learningRate' ? `learningRate must be between 0 and 1, got ${p.got}` : `validationShare must be ≥ 0 and < 1, got ${p.got}`),
  'neural.meanLossWeight': (p) => `meanLossWeight must be ≥ 0, got ${p.got}`,
  'neural.quantiles': (p) => `quantiles must ${RULE[p.rule]}, got [${p.got.join(', ')}]`,
  'neural.notFinite': (p) => `${series(p.series)}: value ${p.index} is ${p.value}; the neural model needs finite values (fill gaps first)`,
  'neural.seasonDiffers': (p) => `${series(p.series)}: season length ${p.got} differs from the model's ${p.model}`,
  'neural.covariateLength': (p) => `${series(p.series)}: covariate "${p.key}" has ${p.got} values but y has ${p.n}`,
  'neural.futureCovariate': (p) => `${series(p.series)}: future covariate "${p.key}" covers ${p.covered} days but ${p.needed} are forecast`,
  'neural.lagWindow': (p) => `${series(p.series)}: has ${p.got} values; the neural model needs at least ${p.lags} (its lag window)`,
  'neural.level': (p) => `interval level must be between 0 and 100 (percent), got ${p.level}`,
  'neural.noBackend': (p) => `no TensorFlow.js backend could start (${p.attempts.map((a) => `${a.backend}: ${a.reason}`).join('; ')})`,
  'neural.tooShort': (p) => `the neural model needs a series of at least ${p.needed} values (lags ${p.lags} + horizon ${p.horizon}); the longest has ${p.longest}`,
  'replenishment.leadTime': (p) => `lead time must be a whole number of periods ≥ 1, got ${p.got}`,
  'replenishment.forecastShort': (p) => `forecast covers ${p.covered} days, the horizon needs ${p.h}`,
  'replenishment.noQuantile': (p) => `the forecast has no ${p.p} quantile`,
  'replenishment.unknownForecaster': (p) => `unknown forecaster "${p.name}"; known: ${p.known.join(', ')}`,
  'value.finite': (p) => `${p.field}: expected a finite number, got ${p.got}`,
  'value.positive': (p) => `${p.field}: expected a number > 0, got ${p.got}`,
  'value.nonNegative': (p) => `${p.field}: expected a number ≥ 0, got ${p.got}`,
  'value.probability': (p) => `${p.field}: expected a probability strictly between 0 and 1, got ${p.got}`,
  'value.whole': (p) => `${p.field}: expected a whole number${p.unit === 'periods' ? ' of periods' : p.unit === 'units' ? ' of units' : ''} ≥ ${p.min}, got ${p.got}`,
  'value.perPeriod': (p) => `${p.field}: give one number or one per period (${p.periods}), got ${p.got}`,
  'value.noneGiven': (p) => `${p.field}: ${NONE_GIVEN[p.what]}`,
  'inventory.wholePeriods': (p) =>
    p.demand === 'poisson' ? `${p.field}: Poisson demand needs whole periods, got ${p.got}` : `${p.field}: discrete demand needs a whole number of periods, got ${p.got}`,
  'inventory.noSpread': () => 'demandSd: demand over the protection interval has no spread; give a demandSd > 0',
  'inventory.productionRate': (p) => `productionRate: must exceed the demand rate (${p.demandRate}) or stock never builds up, got ${p.got}`,
  'inventory.firstBreakpoint': (p) => `breakpoints: the first breakpoint must be 0 (the undiscounted price), got ${p.got.join(', ')}`,
  'inventory.pricePerBreakpoint': (p) => `unitCosts: need one price per breakpoint (${p.breakpoints}), got ${p.got}`,
  'inventory.breakpointsIncrease': (p) => `breakpoints: must increase, got ${p.previous} then ${p.next}`,
  'inventory.discountLowers': (p) => `unitCosts: a discount must lower the price, got ${p.previous} then ${p.next}`,
  'inventory.poissonWhole': (p) => `reorderPoint: Poisson demand needs whole units, got r = ${p.reorderPoint}, Q = ${p.orderQuantity}`,
  'inventory.normalOnly': () => 'leadTimeDemand: the continuous r(Q) condition needs normal demand',
  'inventory.shortageTooLow': (p) =>
    `shortageCost: at Q = ${p.q} the stock-out probability Qh/(pD) = ${p.tail} is ≥ 1; raise the shortage cost (now ${p.p}) above Qh/D = ${p.ratio} for the model to apply`,
  'inventory.noConvergence': (p) => `the Hadley–Whitin iteration did not settle in ${p.iterations} iterations (last Q = ${p.q}, r = ${p.r})`,
  'inventory.poissonTooLarge': (p) => `mean: Poisson demand above 1,000,000 units per period is too large for a discrete table (got ${p.mean}); use the normal model`,
  'inventory.probabilitiesZero': () => 'probabilities: they sum to 0; at least one must be positive',
  'inventory.alwaysZero': () => 'demand: demand is always 0, so no policy ever orders; give a demand with a positive mean',
  'inventory.wholeLevels': (p) => `s and S: expected whole units, got s = ${p.s}, S = ${p.S}`,
  'inventory.levelsOrder': (p) => `S: the order-up-to level must exceed the reorder level (s = ${p.s}, S = ${p.S})`,
  'inventory.gridTooLarge': (p) =>
    `${p.poisson ? 'poissonMean: Poisson demand this large' : `gridStep: a step of ${p.step}`} over lead times of ${p.totalLead} periods needs a grid of ${p.points} points (${p.work} operations, more than ${p.max}); ${p.poisson ? 'use the normal model' : 'use a coarser grid step'} or shorter lead times`,
  'inventory.priceBelowCost': (p) => `unitPrice: price + shortage penalty (${p.revenue}) must exceed unit cost (${p.cost}), or no order pays`,
  'inventory.salvageAboveCost': (p) => `salvageValue: salvage (${p.salvage}) must be below unit cost (${p.cost}), or the best order is unbounded`,
  'inventory.ratioOutside': (p) => `criticalRatio: ${p.ratio} is outside the forecast's quantiles (${p.lowest}…${p.highest}); ask the forecaster for a wider interval level`,
  'inventory.poissonProbability': (p) => `poissonQuantile: probability must be in [0, 1), got ${p.got}`,
  'data.fieldCount': (p) => `has ${p.got} fields but the header has ${p.header}`,
  'data.emptyId': () => 'unique_id is empty',
  'data.notDate': (p) => `"${p.text}" is not a date (expected YYYY-MM-DD)`,
  'data.notNumber': (p) => `"${p.text}" is not a number${p.covariate ? ' (covariates must be numbers or true/false)' : ''}`,
  'data.tooLarge': (p) => `"${p.text}" is too large for a number (at most about 1.8e308)`,
  'data.empty': () => 'the file is empty (expected a header: unique_id,ds,y)',
  'data.noDataRows': () => 'the file has a header but no data rows',
  'data.noRows': (p) => (p.what === 'rows' ? 'there are no rows (expected a header row: unique_id, ds, y)' : 'every worksheet is empty (expected a header row: unique_id, ds, y)'),
  'data.moreErrors': (p) => `… and ${p.count} more errors`,
  'data.missingColumn': (p) =>
    `missing column "${p.column}"; the header has ${quoted(p.header)}${p.suggestion ? ` — did you mean "${p.suggestion}"? (rename it to ${p.column})` : ''}`,
  'data.unnamedColumn': (p) => `column ${p.index} has no name`,
  'data.duplicateColumn': (p) => `column "${p.column}" appears twice (columns ${p.first} and ${p.second})`,
  'data.duplicateRow': (p) => `duplicate (unique_id, ds) = (${p.id}, ${p.date}); first at row ${p.firstRow}`,
  'data.offGrid': (p) => `${p.date} is not on the ${p.frequency} grid of ${p.id} (which starts ${p.start})`,
  'data.noValues': () => 'no row has a value in y: nothing to learn from',
  'data.emptySeries': (p) => `${p.count} series have no value in y and are skipped: ${p.preview}`,
  'data.filled': (p) => `${p.periods} missing period(s) in ${p.series} series were filled with ${p.fill === 'zero' ? '0 (no row means no sale)' : 'the previous value'}`,
  'data.negatives': (p) => `${p.count} negative value(s) in ${p.series} series (${p.preview}) are kept as returns`,
  'data.noFrequency': () => 'cannot infer the frequency: no series has two dates; pass --freq daily or --freq weekly',
  'data.oddFrequency': (p) => `cannot infer the frequency: dates are most often ${p.gap} days apart; ShopLab reads daily or weekly data (pass --freq to force one)`,
  'data.dateJump': (p) =>
    `${p.id} jumps from ${p.from} to ${p.to}: the file's ${p.rows} rows would span ${p.periods} periods (${p.weekly ? 'weeks' : 'days'}), more than ${p.limit}; is the date a typo?`,
  'data.unknownFuture': (p) =>
    `--future names column "${p.name}", which the file does not have (covariates: ${p.covariates.join(', ') || 'none'})${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  'data.noFuture': (p) => `covariate(s) ${p.names.join(', ')} have no future values (rows after the last y with y empty) and are not used`,
  'data.unclosedQuote': (p) => `a quoted field opened on line ${p.line} is never closed`,
  'data.unreadable': (p) => `not a readable ${p.format === 'XLSX' ? 'XLSX workbook' : 'Parquet file'}: ${p.detail}`,
  'data.nestedColumns': (p) => `nested columns cannot be read as sales data: ${p.columns.join(', ')} (flatten them to plain columns)`,
  'data.parquetRows': (p) => `cannot decode the Parquet data, rows ${p.from}–${p.to}: ${p.detail}`,
  'data.noSheet': (p) => `no worksheet named "${p.sheet}"; the workbook has ${quoted(p.sheets)}`,
  'data.fileTooLarge': (p) => `${p.file === null ? '' : `${p.file}: `}the file is ${p.bytes} bytes; a ${p.workbook ? 'workbook (.xlsx)' : 'sales file'} may be at most ${p.max} bytes`,
  'data.cannotRead': (p) => `cannot read ${p.path}: ${typeof p.why === 'string' ? WHY_UNREADABLE[p.why] : p.why.text}`,
  'data.sheetNotXlsx': (p) =>
    `a worksheet ("${p.sheet}") was asked for, but only .xlsx workbooks have sheets and ${p.path} holds ${p.holds === 'csv' ? 'CSV text' : 'Parquet data'}`,
  'data.misnamed': (p) => {
    switch (p.kind) {
      case 'parquetAs':
        return `${p.name} holds Parquet data (it starts with "PAR1") but is named .${p.extension}; rename it to .parquet`;
      case 'zipAs':
        return `${p.name} is a zip archive named .${p.extension}; if it is an Excel workbook, name it .xlsx`;
      case 'oldXls':
        return `${p.name}: the old .xls format is not supported; save it as .xlsx`;
      case 'notZip':
        return `${p.name} is not an XLSX workbook (it does not start with the zip signature "PK"); if it is CSV text, name it .csv`;
      default:
        return `${p.name} is not a Parquet file (it does not start with "PAR1")`;
    }
  },
};
