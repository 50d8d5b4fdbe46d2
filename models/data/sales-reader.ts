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
import { modelMessage } from '../errors.ts';
import { CsvParser, CsvSyntaxError } from './csv-parser.ts';
import { resolveColumns, type ColumnLayout } from './columns.ts';
import { parseDay } from './dates.ts';
import type { DataIssue } from './issues.ts';
import type { Frequency, SalesData } from './sales-data.ts';
import { buildPanel, type RawRows } from './panel-builder.ts';

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

  /**
   * Feeds one row already split into fields — a spreadsheet or Parquet row as text — through the
   * same checks as a CSV line; the first row fed is the header. `row` is its 1-based row number.
   */
  pushFields(fields: string[], row: number): void {
    this.row(fields, row);
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
      this.error({ row: line, ...modelMessage('data.fieldCount', { got: fields.length, header: layout.header.length }) });
      return;
    }
    const id = fields[layout.id].trim();
    if (id === '') {
      this.error({ row: line, column: layout.header[layout.id], ...modelMessage('data.emptyId', {}) });
      return;
    }
    const dayText = fields[layout.ds];
    let day = this.dayCache.get(dayText);
    if (day === undefined) {
      day = parseDay(dayText);
      if (this.dayCache.size < 100_000) this.dayCache.set(dayText, day);
    }
    if (Number.isNaN(day)) {
      this.error({ row: line, column: layout.header[layout.ds], ...modelMessage('data.notDate', { text: dayText }) });
      return;
    }
    const yText = fields[layout.y].trim();
    let y = NaN;
    if (yText !== '') {
      y = NUMBER.test(yText) ? Number(yText) : NaN;
      if (Number.isNaN(y)) {
        this.error({ row: line, column: layout.header[layout.y], ...modelMessage('data.notNumber', { text: fields[layout.y], covariate: false }) });
        return;
      }
      if (!Number.isFinite(y)) {
        this.error({ row: line, column: layout.header[layout.y], ...modelMessage('data.tooLarge', { text: yText }) });
        return;
      }
    }
    let bad = false;
    const covariateValues = layout.covariates.map(({ name, index }) => {
      const text = fields[index].trim();
      if (text === '') return NaN;
      const v = parseNumber(text);
      if (Number.isNaN(v)) {
        this.error({ row: line, column: name, ...modelMessage('data.notNumber', { text: fields[index], covariate: true }) });
        bad = true;
      } else if (!Number.isFinite(v)) {
        this.error({ row: line, column: name, ...modelMessage('data.tooLarge', { text }) });
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
      this.error({ row: error.line, ...modelMessage('data.unclosedQuote', { line: error.line }) });
    }
    if (!this.sawHeader) return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.empty', {}) }] };
    if (this.layout && this.series.length === 0 && this.errorCount === 0) {
      return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.noDataRows', {}) }] };
    }
    if (this.errorCount > 0) return { ok: false, issues: this.errorsWithTally() };
    return buildPanel(this.raw, this.options);
  }

  private errorsWithTally(): DataIssue[] {
    const issues = [...this.errors];
    if (this.errorCount > issues.length) issues.push({ severity: 'error', ...modelMessage('data.moreErrors', { count: this.errorCount - issues.length }) });
    return issues;
  }

  /** Raw columns for the panel builder. */
  private get raw(): RawRows {
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

