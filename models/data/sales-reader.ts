// Reads long-format sales CSV (unique_id, ds, y, optional covariates) incrementally into a
// SalesData panel, collecting every data problem with its row and column.
//
// Rules, in order:
// - Required columns unique_id, ds (YYYY-MM-DD), y (a number; empty = not observed). Other
//   columns are covariates (numbers or true/false/yes/no; empty = unknown).
// - Rows may come in any order; (unique_id, ds) must be unique.
// - Frequency: the most common spacing between consecutive dates (1 day → daily, 7 → weekly)
//   unless given; dates must sit on that grid.
// - A series' history runs from its first to its last row with a y. Rows after that with an
//   empty y are known-future rows: their covariates are the future covariates (up to the first
//   missing period).
// - Missing periods inside the history (no row, or an empty y) are filled by the fill rule:
//   'zero' (default: in sales data no row means no sale) or 'previous' (carry the last value).
//   Covariates are carried forward (backward at the start; 0 if a series never has one).
// - Negative y are kept and reported as returns (a warning).
import { CsvParser, CsvSyntaxError } from './csv-parser.ts';
import { resolveColumns, type ColumnLayout } from './columns.ts';
import { formatDay, parseDay } from './dates.ts';
import type { DataIssue } from './issues.ts';
import type { Frequency, SalesData } from './sales-data.ts';
import { closest } from '../registry.ts';

/** How missing periods inside a series are filled. */
export type FillRule = 'zero' | 'previous';

/** Options of a read. */
export interface SalesReadOptions {
  /** Force the frequency instead of inferring it. */
  frequency?: Frequency;
  /** Season length in periods (default 7 daily, 52 weekly). */
  seasonLength?: number;
  fill?: FillRule;
  /** Covariates known in the future; default: every covariate with values in future rows. */
  future?: string[];
  /** Most errors listed before the rest are only counted (default 30). */
  maxIssues?: number;
}

/** Result of a read: the data and warnings, or the problems that prevent using it. */
export type SalesReadResult = { ok: true; data: SalesData; warnings: DataIssue[] } | { ok: false; issues: DataIssue[] };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', 't']);
const FALSE = new Set(['false', 'no', 'n', 'f']);

function parseNumber(text: string): number {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  const lower = trimmed.toLowerCase();
  if (TRUE.has(lower)) return 1;
  if (FALSE.has(lower)) return 0;
  return NaN;
}

/** A growable Float64Array / Int32Array pair store (doubling). */
class Column<T extends Float64Array | Int32Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as { new (n: number): T })(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** Incremental reader: `push` text chunks, then `finish()`. */
export class SalesReader {
  private readonly parser: CsvParser;
  private layout?: ColumnLayout;
  private readonly errors: DataIssue[] = [];
  private errorCount = 0;
  private readonly ids = new Map<string, number>();
  private readonly idNames: string[] = [];
  private readonly series = new Column(new Int32Array(1024));
  private readonly days = new Column(new Int32Array(1024));
  private readonly values = new Column(new Float64Array(1024));
  private readonly lines = new Column(new Int32Array(1024));
  private covariateColumns: Column<Float64Array>[] = [];
  private sawHeader = false;
  private readonly maxIssues: number;
  /** Parsed dates by text: a file repeats the same few hundred dates across all its series. */
  private readonly dayCache = new Map<string, number>();

  constructor(private readonly options: SalesReadOptions = {}) {
    this.parser = new CsvParser((fields, line) => this.row(fields, line));
    this.maxIssues = options.maxIssues ?? 30;
  }

  /** Feeds a chunk of the file's text. */
  push(chunk: string): void {
    this.parser.push(chunk);
  }

  private error(issue: Omit<DataIssue, 'severity'>): void {
    this.errorCount++;
    if (this.errors.length < this.maxIssues) this.errors.push({ severity: 'error', ...issue });
  }

  private row(fields: string[], line: number): void {
    if (!this.sawHeader) {
      this.sawHeader = true;
      const { layout, issues } = resolveColumns(fields);
      for (const issue of issues) this.error(issue);
      this.layout = layout;
      if (layout) this.covariateColumns = layout.covariates.map(() => new Column(new Float64Array(1024)));
      return;
    }
    const layout = this.layout;
    if (!layout) return;
    if (fields.length !== layout.header.length) {
      if (fields.length === 1 && fields[0].trim() === '') return;
      this.error({ row: line, message: `has ${fields.length} fields but the header has ${layout.header.length}` });
      return;
    }
    const id = fields[layout.id].trim();
    if (id === '') {
      this.error({ row: line, column: layout.header[layout.id], message: 'unique_id is empty' });
      return;
    }
    const dayText = fields[layout.ds];
    let day = this.dayCache.get(dayText);
    if (day === undefined) {
      day = parseDay(dayText);
      if (this.dayCache.size < 100_000) this.dayCache.set(dayText, day);
    }
    if (Number.isNaN(day)) {
      this.error({ row: line, column: layout.header[layout.ds], message: `"${dayText}" is not a date (expected YYYY-MM-DD)` });
      return;
    }
    const yText = fields[layout.y].trim();
    let y = NaN;
    if (yText !== '') {
      y = NUMBER.test(yText) ? Number(yText) : NaN;
      if (Number.isNaN(y)) {
        this.error({ row: line, column: layout.header[layout.y], message: `"${fields[layout.y]}" is not a number` });
        return;
      }
    }
    let bad = false;
    const covariateValues = layout.covariates.map(({ name, index }) => {
      const text = fields[index].trim();
      if (text === '') return NaN;
      const v = parseNumber(text);
      if (Number.isNaN(v)) {
        this.error({ row: line, column: name, message: `"${fields[index]}" is not a number (covariates must be numbers or true/false)` });
        bad = true;
      }
      return v;
    });
    if (bad) return;
    let index = this.ids.get(id);
    if (index === undefined) {
      index = this.idNames.length;
      this.ids.set(id, index);
      this.idNames.push(id);
    }
    this.series.push(index);
    this.days.push(day);
    this.values.push(y);
    this.lines.push(line);
    covariateValues.forEach((v, k) => this.covariateColumns[k].push(v));
  }

  /** Ends the input and builds the panel (or reports why it cannot). */
  finish(): SalesReadResult {
    try {
      this.parser.end();
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      this.error({ row: error.line, message: error.message });
    }
    if (!this.sawHeader) return { ok: false, issues: [{ severity: 'error', message: 'the file is empty (expected a header: unique_id,ds,y)' }] };
    if (this.layout && this.series.length === 0 && this.errorCount === 0) {
      return { ok: false, issues: [{ severity: 'error', message: 'the file has a header but no data rows' }] };
    }
    if (this.errorCount > 0) return { ok: false, issues: this.errorsWithTally() };
    return new PanelBuilder(this, this.options).build();
  }

  private errorsWithTally(): DataIssue[] {
    const issues = [...this.errors];
    if (this.errorCount > issues.length) issues.push({ severity: 'error', message: `… and ${this.errorCount - issues.length} more errors` });
    return issues;
  }

  /** Raw columns for the panel builder. */
  get raw() {
    return {
      layout: this.layout!,
      ids: this.idNames,
      series: this.series.data.subarray(0, this.series.length),
      days: this.days.data.subarray(0, this.days.length),
      values: this.values.data.subarray(0, this.values.length),
      lines: this.lines.data.subarray(0, this.lines.length),
      covariates: this.covariateColumns.map((c) => c.data.subarray(0, c.length)),
      maxIssues: this.maxIssues,
    };
  }
}

/** Reads a whole CSV text at once (tests, small files, pasted data). */
export function readSalesCsv(text: string, options: SalesReadOptions = {}): SalesReadResult {
  const reader = new SalesReader(options);
  reader.push(text);
  return reader.finish();
}

/** Turns sorted, validated rows into the flat panel; reports duplicates, off-grid dates, gaps. */
class PanelBuilder {
  private readonly raw: SalesReader['raw'];
  private readonly errors: DataIssue[] = [];
  private errorCount = 0;
  private readonly warnings: DataIssue[] = [];

  constructor(reader: SalesReader, private readonly options: SalesReadOptions) {
    this.raw = reader.raw;
  }

  private error(issue: Omit<DataIssue, 'severity'>): void {
    this.errorCount++;
    if (this.errors.length < this.raw.maxIssues) this.errors.push({ severity: 'error', ...issue });
  }

  build(): SalesReadResult {
    const { layout, ids, series, days, values, lines, covariates } = this.raw;
    const seriesCount = ids.length;
    const rows = series.length;
    const covariateNames = layout.covariates.map((c) => c.name);

    // Group rows by series (counting sort keeps file order), then order each group by date.
    const counts = new Int32Array(seriesCount + 1);
    for (let r = 0; r < rows; r++) counts[series[r] + 1]++;
    for (let s = 0; s < seriesCount; s++) counts[s + 1] += counts[s];
    const order = new Int32Array(rows);
    const cursor = counts.slice(0, seriesCount);
    for (let r = 0; r < rows; r++) order[cursor[series[r]]++] = r;
    for (let s = 0; s < seriesCount; s++) {
      const group = order.subarray(counts[s], counts[s + 1]);
      let sorted = true;
      for (let k = 1; k < group.length; k++) if (days[group[k]] < days[group[k - 1]]) { sorted = false; break; }
      if (!sorted) group.sort((a, b) => days[a] - days[b] || a - b);
      for (let k = 1; k < group.length; k++) {
        if (days[group[k]] === days[group[k - 1]]) {
          this.error({ row: lines[group[k]], column: layout.header[layout.ds], message: `duplicate (unique_id, ds) = (${ids[s]}, ${formatDay(days[group[k]])}); first at row ${lines[group[k - 1]]}` });
        }
      }
    }
    if (this.errorCount > 0) return this.failure();

    const periodDays = this.frequency(order, counts, days);
    if (periodDays === 0) return this.failure();
    const frequency: Frequency = periodDays === 1 ? 'daily' : 'weekly';
    const seasonLength = this.options.seasonLength ?? (frequency === 'daily' ? 7 : 52);

    // Which covariates are known in the future.
    const futureNames = this.futureNames(covariateNames, order, counts, values, covariates);
    if (futureNames === null) return this.failure();

    // Lay out history and future per series.
    const offsets = new Int32Array(seriesCount + 1);
    const futureOffsets = new Int32Array(seriesCount + 1);
    const startDay = new Int32Array(seriesCount);
    const firstObserved = new Int32Array(seriesCount).fill(-1);
    const lastObserved = new Int32Array(seriesCount).fill(-1);
    const futureLength = new Int32Array(seriesCount);
    const emptySeries: string[] = [];
    for (let s = 0; s < seriesCount; s++) {
      const group = order.subarray(counts[s], counts[s + 1]);
      let first = -1, last = -1;
      for (let k = 0; k < group.length; k++) {
        const r = group[k];
        const offGrid = (days[r] - days[group[0]]) % periodDays !== 0;
        if (offGrid) this.error({ row: lines[r], column: layout.header[layout.ds], message: `${formatDay(days[r])} is not on the ${frequency} grid of ${ids[s]} (which starts ${formatDay(days[group[0]])})` });
        if (!Number.isNaN(values[r])) {
          if (first < 0) first = k;
          last = k;
        }
      }
      if (first < 0) {
        emptySeries.push(ids[s]);
        continue;
      }
      firstObserved[s] = first;
      lastObserved[s] = last;
      startDay[s] = days[group[first]];
      offsets[s + 1] = (days[group[last]] - days[group[first]]) / periodDays + 1;
      // Future rows: consecutive periods right after the last observation, with empty y.
      let expected = days[group[last]] + periodDays;
      let f = 0;
      for (let k = last + 1; k < group.length && days[group[k]] === expected; k++, f++) expected += periodDays;
      futureLength[s] = futureNames.length > 0 ? f : 0;
      futureOffsets[s + 1] = futureLength[s];
    }
    if (this.errorCount > 0) return this.failure();
    if (emptySeries.length === seriesCount) {
      return { ok: false, issues: [{ severity: 'error', message: 'no row has a value in y: nothing to learn from' }] };
    }
    if (emptySeries.length > 0) {
      this.warnings.push({ severity: 'warning', message: `${emptySeries.length} series have no value in y and are skipped: ${preview(emptySeries)}` });
    }

    // Keep only series with observations.
    const kept: number[] = [];
    for (let s = 0; s < seriesCount; s++) if (firstObserved[s] >= 0) kept.push(s);
    const keptOffsets = new Int32Array(kept.length + 1);
    const keptFuture = new Int32Array(kept.length + 1);
    kept.forEach((s, i) => {
      keptOffsets[i + 1] = keptOffsets[i] + offsets[s + 1];
      keptFuture[i + 1] = keptFuture[i] + futureOffsets[s + 1];
    });
    const y = new Float64Array(keptOffsets[kept.length]);
    const history: Record<string, Float64Array> = {};
    const future: Record<string, Float64Array> = {};
    const covariateIndex = new Map(covariateNames.map((name, k) => [name, k]));
    for (const name of futureNames) {
      history[name] = new Float64Array(y.length).fill(NaN);
      future[name] = new Float64Array(keptFuture[kept.length]).fill(NaN);
    }

    const fill = this.options.fill ?? 'zero';
    let filledPeriods = 0;
    let filledSeries = 0;
    let negatives = 0;
    const negativeSeries = new Set<string>();
    let firstNegativeRow = 0;
    kept.forEach((s, i) => {
      const group = order.subarray(counts[s], counts[s + 1]);
      const base = keptOffsets[i];
      const length = keptOffsets[i + 1] - base;
      const seen = new Uint8Array(length);
      for (let k = firstObserved[s]; k <= lastObserved[s]; k++) {
        const r = group[k];
        const p = (days[r] - startDay[s]) / periodDays;
        for (const name of futureNames) history[name][base + p] = covariates[covariateIndex.get(name)!][r];
        if (Number.isNaN(values[r])) continue;
        y[base + p] = values[r];
        seen[p] = 1;
        if (values[r] < 0) {
          negatives++;
          negativeSeries.add(ids[s]);
          if (firstNegativeRow === 0) firstNegativeRow = lines[r];
        }
      }
      let missing = 0;
      for (let p = 0; p < length; p++) {
        if (seen[p]) continue;
        missing++;
        y[base + p] = fill === 'zero' ? 0 : y[base + p - 1];
      }
      if (missing > 0) {
        filledPeriods += missing;
        filledSeries++;
      }
      const futureBase = keptFuture[i];
      for (let f = 0; f < keptFuture[i + 1] - futureBase; f++) {
        const r = group[lastObserved[s] + 1 + f];
        for (const name of futureNames) future[name][futureBase + f] = covariates[covariateIndex.get(name)!][r];
      }
      for (const name of futureNames) fillCovariate(history[name], future[name], base, length, futureBase, keptFuture[i + 1] - futureBase);
    });

    if (filledPeriods > 0) {
      this.warnings.push({
        severity: 'warning',
        message: `${filledPeriods} missing period(s) in ${filledSeries} series were filled with ${fill === 'zero' ? '0 (no row means no sale)' : 'the previous value'}`,
      });
    }
    if (negatives > 0) {
      this.warnings.push({
        severity: 'warning',
        row: firstNegativeRow,
        column: layout.header[layout.y],
        message: `${negatives} negative value(s) in ${negativeSeries.size} series (${preview([...negativeSeries])}) are kept as returns`,
      });
    }
    const data: SalesData = {
      ids: kept.map((s) => ids[s]),
      offsets: keptOffsets,
      y,
      startDay: Int32Array.from(kept.map((s) => startDay[s])),
      frequency,
      periodDays,
      seasonLength,
      covariateNames: futureNames,
      covariates: history,
      futureOffsets: keptFuture,
      futureCovariates: future,
    };
    return { ok: true, data, warnings: this.warnings };
  }

  private failure(): SalesReadResult {
    const issues = [...this.errors];
    if (this.errorCount > issues.length) issues.push({ severity: 'error', message: `… and ${this.errorCount - issues.length} more errors` });
    return { ok: false, issues };
  }

  /** Days per period: given, or the most common gap between consecutive dates. 0 after an error. */
  private frequency(order: Int32Array, counts: Int32Array, days: Int32Array): number {
    if (this.options.frequency) return this.options.frequency === 'daily' ? 1 : 7;
    const tally = new Map<number, number>();
    for (let s = 0; s + 1 < counts.length; s++) {
      for (let k = counts[s] + 1; k < counts[s + 1]; k++) {
        const gap = days[order[k]] - days[order[k - 1]];
        tally.set(gap, (tally.get(gap) ?? 0) + 1);
      }
    }
    if (tally.size === 0) {
      this.error({ message: 'cannot infer the frequency: no series has two dates; pass --freq daily or --freq weekly' });
      return 0;
    }
    const [gap] = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (gap === 1 || gap === 7) return gap;
    this.error({ message: `cannot infer the frequency: dates are most often ${gap} days apart; ShopLab reads daily or weekly data (pass --freq to force one)` });
    return 0;
  }

  /** Covariates treated as known in the future; null after an error (an unknown --future name). */
  private futureNames(names: string[], order: Int32Array, counts: Int32Array, values: Float64Array, covariates: Float64Array[]): string[] | null {
    if (this.options.future) {
      for (const name of this.options.future) {
        if (!names.includes(name)) {
          const guess = closest(name, names);
          this.error({ message: `--future names column "${name}", which the file does not have (covariates: ${names.join(', ') || 'none'})${guess ? `; did you mean "${guess}"?` : ''}` });
        }
      }
      return this.errorCount > 0 ? null : [...this.options.future];
    }
    const withFuture = new Set<number>();
    for (let s = 0; s + 1 < counts.length; s++) {
      let last = -1;
      for (let k = counts[s]; k < counts[s + 1]; k++) if (!Number.isNaN(values[order[k]])) last = k;
      for (let k = last + 1; k < counts[s + 1]; k++) covariates.forEach((column, c) => { if (!Number.isNaN(column[order[k]])) withFuture.add(c); });
    }
    const known = names.filter((_, c) => withFuture.has(c));
    const unknown = names.filter((_, c) => !withFuture.has(c));
    if (unknown.length > 0) {
      this.warnings.push({
        severity: 'warning',
        message: `covariate(s) ${unknown.join(', ')} have no future values (rows after the last y with y empty) and are not used`,
      });
    }
    return known;
  }
}

/** Forward-fills a covariate over history then future, back-fills its start, 0 if never known. */
function fillCovariate(history: Float64Array, future: Float64Array, base: number, length: number, futureBase: number, futureLength: number): void {
  let last = NaN;
  let firstKnown = NaN;
  const visit = (array: Float64Array, index: number) => {
    if (Number.isNaN(array[index])) array[index] = last;
    else {
      last = array[index];
      if (Number.isNaN(firstKnown)) firstKnown = last;
    }
  };
  for (let p = 0; p < length; p++) visit(history, base + p);
  for (let f = 0; f < futureLength; f++) visit(future, futureBase + f);
  const start = Number.isNaN(firstKnown) ? 0 : firstKnown;
  for (let p = 0; p < length && Number.isNaN(history[base + p]); p++) history[base + p] = start;
  for (let f = 0; f < futureLength && Number.isNaN(future[futureBase + f]); f++) future[futureBase + f] = start;
}

function preview(names: string[], count = 5): string {
  return names.length <= count ? names.join(', ') : `${names.slice(0, count).join(', ')}, … (${names.length} in all)`;
}
