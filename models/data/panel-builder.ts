// Turns the rows of a sales file into the flat panel (SalesData): groups and orders rows by series,
// finds duplicates, the frequency, history and known-future rows, fills gaps and covariates.
import { modelMessage } from '../errors.ts';
import type { ColumnLayout } from './columns.ts';
import { formatDay } from './dates.ts';
import type { DataIssue } from './issues.ts';
import type { Frequency, SalesData } from './sales-data.ts';
import type { SalesReadOptions, SalesReadResult } from './sales-reader.ts';
import { closest } from '../registry.ts';

/** Rows as the reader collected them (file order), column by column. */
export interface RawRows {
  layout: ColumnLayout;
  ids: string[];
  /** Series index of each row (into `ids`). */
  series: Int32Array;
  days: Int32Array;
  /** y of each row, NaN where empty. */
  values: Float64Array;
  /** File line of each row. */
  lines: Int32Array;
  /** Covariate columns in layout order, NaN where empty. */
  covariates: Float64Array[];
  maxIssues: number;
}

/** Builds the panel from rows (see the rules in sales-reader.ts). */
export function buildPanel(raw: RawRows, options: SalesReadOptions): SalesReadResult {
  return new PanelBuilder(raw, options).build();
}

/** Turns validated rows into the flat panel; reports duplicates, off-grid dates, gaps. */
/** Periods (gaps included) a file may lay out per row it has, plus a margin of ten years of days. */
const MAX_PERIODS_PER_ROW = 10;
const PERIODS_MARGIN = 3660;

class PanelBuilder {
  private readonly errors: DataIssue[] = [];
  private errorCount = 0;
  private readonly warnings: DataIssue[] = [];

  constructor(private readonly raw: RawRows, private readonly options: SalesReadOptions) {}

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
          this.error({ row: lines[group[k]], column: layout.header[layout.ds], ...modelMessage('data.duplicateRow', { id: ids[s], date: formatDay(days[group[k]]), firstRow: lines[group[k - 1]] }) });
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
        if (offGrid) this.error({ row: lines[r], column: layout.header[layout.ds], ...modelMessage('data.offGrid', { date: formatDay(days[r]), frequency, id: ids[s], start: formatDay(days[group[0]]) }) });
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
    if (!this.spanFitsData(order, counts, days, offsets, periodDays, rows)) return this.failure();
    if (emptySeries.length === seriesCount) {
      return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.noValues', {}) }] };
    }
    if (emptySeries.length > 0) {
      this.warnings.push({ severity: 'warning', ...modelMessage('data.emptySeries', { count: emptySeries.length, preview: preview(emptySeries) }) });
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
        ...modelMessage('data.filled', { periods: filledPeriods, series: filledSeries, fill }),
      });
    }
    if (negatives > 0) {
      this.warnings.push({
        severity: 'warning',
        row: firstNegativeRow,
        column: layout.header[layout.y],
        ...modelMessage('data.negatives', { count: negatives, series: negativeSeries.size, preview: preview([...negativeSeries]) }),
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
    if (this.errorCount > issues.length) issues.push({ severity: 'error', ...modelMessage('data.moreErrors', { count: this.errorCount - issues.length }) });
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
      this.error(modelMessage('data.noFrequency', {}));
      return 0;
    }
    const [gap] = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (gap === 1 || gap === 7) return gap;
    this.error(modelMessage('data.oddFrequency', { gap }));
    return 0;
  }

  /** Covariates treated as known in the future; null after an error (an unknown --future name). */
  /**
   * Memory follows the data, not the calendar: the periods laid out (gaps included) may be at most
   * MAX_PERIODS_PER_ROW per row plus a margin. A far-off date (a typo such as 9999-12-31) is
   * reported at the row that opens the largest gap of the widest series.
   */
  private spanFitsData(order: Int32Array, counts: Int32Array, days: Float64Array | Int32Array, offsets: Int32Array, periodDays: number, rows: number): boolean {
    let total = 0;
    let widest = 0;
    for (let s = 0; s + 1 < offsets.length; s++) {
      total += offsets[s + 1];
      if (offsets[s + 1] > offsets[widest + 1]) widest = s;
    }
    const limit = MAX_PERIODS_PER_ROW * rows + PERIODS_MARGIN;
    if (total <= limit) return true;
    const group = order.subarray(counts[widest], counts[widest + 1]);
    let gapAt = 1;
    for (let k = 2; k < group.length; k++) if (days[group[k]] - days[group[k - 1]] > days[group[gapAt]] - days[group[gapAt - 1]]) gapAt = k;
    const { layout, ids, lines } = this.raw;
    const from = group.length > 1 ? formatDay(days[group[gapAt - 1]]) : '';
    this.error({
      row: lines[group[Math.min(gapAt, group.length - 1)]],
      column: layout.header[layout.ds],
      ...modelMessage('data.dateJump', { id: ids[widest], from, to: formatDay(days[group[Math.min(gapAt, group.length - 1)]]), rows, periods: total.toLocaleString('en-US'), weekly: periodDays !== 1, limit: limit.toLocaleString('en-US') }),
    });
    return false;
  }

  private futureNames(names: string[], order: Int32Array, counts: Int32Array, values: Float64Array, covariates: Float64Array[]): string[] | null {
    if (this.options.future) {
      for (const name of this.options.future) {
        if (!names.includes(name)) {
          const guess = closest(name, names);
          this.error(modelMessage('data.unknownFuture', { name, covariates: names, suggestion: guess ?? null }));
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
        ...modelMessage('data.noFuture', { names: unknown }),
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
