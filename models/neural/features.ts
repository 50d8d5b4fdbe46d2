// Turns series into the network's inputs and targets: a window of the last `lags` days scaled by
// the window's mean, past and future promotion flags, future price relative to the series'
// median price, the calendar position of the first forecast day, and the series' level.
import { ModelError, type SeriesName } from '../errors.ts';
import type { SeriesInput } from '../forecaster.ts';
import type { NeuralArchitecture } from './config.ts';
import { calendarAnchor, calendarWidth, writeCalendar, type CalendarAnchor } from './calendar.ts';

/** A series for the neural model: the common input plus an optional name and start date. */
export interface NeuralSeries extends SeriesInput {
  /** Name used in error messages (e.g. the `unique_id`). */
  id?: string;
  /** ISO date of the first value; aligns day of week and day of year across series. */
  startDate?: string;
  /** Days per period: 1 for daily data (default), 7 for weekly. */
  periodDays?: number;
}

/** A series checked and laid out for feature building, covariates extended into the future. */
export interface PreparedSeries {
  label: string;
  /** The series as messages name it. */
  name: SeriesName;
  y: Float64Array;
  /** log(price / median price) per day, history then future (0 without prices). */
  logPrice: Float64Array;
  /** Promotion flag per day, history then future (0 without promotions). */
  promo: Float64Array;
  /** Mean of y over the history: the scale of windows that hold only zeros. */
  levelFallback: number;
  anchor: CalendarAnchor;
}

/** Number of inputs per window. */
export function featureWidth(arch: NeuralArchitecture): number {
  return 2 * arch.lags + 2 * arch.horizon + calendarWidth(arch.harmonics) + 1;
}

/**
 * Checks a series and lays it out with `futureDays` days of known-future covariates appended
 * (missing future prices repeat the last price; missing future promotions are 0).
 */
export function prepareSeries(series: NeuralSeries, arch: NeuralArchitecture, futureDays: number, index = 0): PreparedSeries {
  const name: SeriesName = series.id !== undefined ? { id: series.id } : { index: index + 1 };
  const label = series.id !== undefined ? `series "${series.id}"` : `series #${index + 1}`;
  const y = series.y;
  if (!(y instanceof Float64Array)) throw new Error(`${label}: y must be a Float64Array`);
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) throw new ModelError('neural.notFinite', { series: name, index: i + 1, value: String(y[i]) });
  }
  if (series.seasonLength !== arch.seasonLength) {
    throw new ModelError('neural.seasonDiffers', { series: name, got: series.seasonLength, model: arch.seasonLength });
  }
  const n = y.length;
  const price = covariate(series, arch.priceKey, n, futureDays, name, false);
  const promo = covariate(series, arch.promoKey, n, futureDays, name, true);
  const logPrice = new Float64Array(n + futureDays);
  if (price) {
    const median = medianPositive(price.subarray(0, n));
    let last = median;
    for (let i = 0; i < n + futureDays; i++) {
      const p = price[i];
      if (Number.isFinite(p) && p > 0) last = p;
      logPrice[i] = median > 0 ? Math.log(last / median) : 0;
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += y[i];
  return {
    label,
    name,
    y,
    logPrice,
    promo: promo ?? new Float64Array(n + futureDays),
    levelFallback: n > 0 && sum > 0 ? sum / n : 1,
    anchor: calendarAnchor(arch.seasonLength, series.startDate, label, series.periodDays ?? 1),
  };
}

/**
 * Writes the inputs of the forecast made at origin `t` (first forecast day; lags are days
 * t − lags … t − 1 of `history`) into `out[offset…]` and returns the scale the window was
 * divided by. `history` defaults to the prepared series' own values.
 */
export function writeFeatures(
  s: PreparedSeries,
  t: number,
  arch: NeuralArchitecture,
  out: Float32Array,
  offset: number,
  history: Float64Array = s.y,
): number {
  const { lags, horizon } = arch;
  let sum = 0;
  for (let i = t - lags; i < t; i++) sum += history[i];
  const scale = Math.max(sum / lags, 0.1 * s.levelFallback, 1e-6);
  let k = offset;
  for (let i = t - lags; i < t; i++) out[k++] = history[i] / scale;
  for (let i = t - lags; i < t; i++) out[k++] = s.promo[i];
  for (let i = t; i < t + horizon; i++) out[k++] = i < s.logPrice.length ? s.logPrice[i] : s.logPrice[s.logPrice.length - 1];
  for (let i = t; i < t + horizon; i++) out[k++] = i < s.promo.length ? s.promo[i] : 0;
  k += writeCalendar(s.anchor, t, arch.seasonLength, arch.harmonics, out, k);
  out[k] = Math.log1p(scale);
  return scale;
}

/** Forecast origins used for training a series: every `stride`-th, at most `max`, most recent kept. */
export function trainingOrigins(n: number, arch: NeuralArchitecture, stride: number, max: number): number[] {
  const origins: number[] = [];
  for (let t = n - arch.horizon; t >= arch.lags && origins.length < max; t -= stride) origins.push(t);
  return origins.reverse();
}

/** Training windows of many series as flat row-major matrices. */
export interface WindowSet {
  /** count × featureWidth inputs. */
  x: Float32Array;
  /** count × horizon targets, scaled like the inputs. */
  y: Float32Array;
  count: number;
  width: number;
  /** Series index of each row (rows of a series are consecutive, oldest origin first). */
  seriesOf: Uint32Array;
}

/** Builds every training window of every series. */
export function buildWindows(series: PreparedSeries[], arch: NeuralArchitecture, stride: number, maxPerSeries: number): WindowSet {
  const width = featureWidth(arch);
  const originsBySeries = series.map((s) => trainingOrigins(s.y.length, arch, stride, maxPerSeries));
  const count = originsBySeries.reduce((a, o) => a + o.length, 0);
  const x = new Float32Array(count * width);
  const y = new Float32Array(count * arch.horizon);
  const seriesOf = new Uint32Array(count);
  let row = 0;
  series.forEach((s, i) => {
    for (const t of originsBySeries[i]) {
      seriesOf[row] = i;
      const scale = writeFeatures(s, t, arch, x, row * width);
      for (let j = 0; j < arch.horizon; j++) y[row * arch.horizon + j] = s.y[t + j] / scale;
      row++;
    }
  });
  return { x, y, count, width, seriesOf };
}

function covariate(series: NeuralSeries, key: string, n: number, futureDays: number, name: SeriesName, gapsAreZero: boolean): Float64Array | null {
  const past = series.covariates?.[key];
  const future = series.futureCovariates?.[key];
  if (!past && !future) return null;
  if (past && past.length !== n) throw new ModelError('neural.covariateLength', { series: name, key, got: past.length, n });
  if (future && future.length < futureDays) {
    throw new ModelError('neural.futureCovariate', { series: name, key, covered: future.length, needed: futureDays });
  }
  const out = new Float64Array(n + futureDays).fill(NaN);
  if (past) out.set(past);
  if (future) out.set(future.subarray(0, futureDays), n);
  // Promotions missing in the past or future mean "no promotion"; missing prices repeat the last.
  if (gapsAreZero) for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i])) out[i] = 0;
  return out;
}

function medianPositive(values: Float64Array): number {
  const v = Array.from(values).filter((p) => Number.isFinite(p) && p > 0).sort((a, b) => a - b);
  if (v.length === 0) return 0;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
