// Sales rows that arrive as typed cells (spreadsheets, Parquet) rather than CSV text: each cell is
// written as the text a CSV would hold and fed through SalesReader, so every row meets the same
// checks and errors read the same, located by row and column (and worksheet).
import { modelMessage } from '../errors.ts';
import { SalesReader, type SalesReadOptions, type SalesReadResult } from './sales-reader.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The CSV text of one cell: '' for empty, numbers as JavaScript prints them (±Infinity and NaN stay
 * words, so the reader rejects them), dates as YYYY-MM-DD (UTC, as spreadsheets store calendar
 * days; a time of day is kept so the date check can name it), booleans as true/false, big integers
 * in full, bytes as UTF-8, spreadsheet formulas by their result and rich text by its characters.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return 'Invalid Date';
    const year = value.getUTCFullYear();
    const day = `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(value.getUTCMonth() + 1, 2)}-${pad(value.getUTCDate(), 2)}`;
    return time % 86_400_000 === 0 ? day : `${day}T${pad(value.getUTCHours(), 2)}:${pad(value.getUTCMinutes(), 2)}:${pad(value.getUTCSeconds(), 2)}`;
  }
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === 'object') {
    const cell = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string; formula?: string };
    if ('result' in cell || 'formula' in cell) return cellText(cell.result);
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if (typeof cell.error === 'string') return cell.error;
    if ('text' in cell) return cellText(cell.text);
  }
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Rows of cells, each with its 1-based row number; the first is the header. */
export type CellRows = Iterable<{ row: number; cells: readonly unknown[] }> | AsyncIterable<{ row: number; cells: readonly unknown[] }>;

/** Validates typed rows into a panel; every issue with a row is tagged with `sheet` when given. */
export async function readSalesRows(rows: CellRows, options: SalesReadOptions = {}, sheet?: string): Promise<SalesReadResult> {
  const reader = new SalesReader(options);
  let any = false;
  for await (const { row, cells } of rows) {
    any = true;
    reader.pushFields(cells.map(cellText), row);
  }
  const result = any ? reader.finish() : { ok: false as const, issues: [{ severity: 'error' as const, ...modelMessage('data.noRows', { what: 'rows' }) }] };
  if (sheet === undefined) return result;
  const tag = <T extends { row?: number }>(issue: T) => (issue.row !== undefined ? { ...issue, sheet } : issue);
  return result.ok ? { ...result, warnings: result.warnings.map(tag) } : { ok: false, issues: result.issues.map(tag) };
}
