// Size limits of a sales file, checked before it is read (CLI, workbench and its worker alike):
// CSV and Parquet are read in pieces, so their limit only bounds the time a read takes; an XLSX
// workbook is unzipped whole in memory (several times its size), so its limit is lower.
import { modelMessage } from '../errors.ts';
import type { DataIssue } from './issues.ts';
import type { SalesFormat } from './format.ts';

/** Largest sales files read, in bytes. */
export const SALES_FILE_LIMITS = {
  /** CSV (streamed) and Parquet (read by row group): 1 GiB. */
  maxBytes: 1_073_741_824,
  /** XLSX (unzipped whole): 64 MiB, about the size of a full 1,048,576-row worksheet. */
  maxXlsxBytes: 67_108_864,
} as const;

/** The most bytes a sales file of `format` may have. */
export function salesFileLimit(format: SalesFormat): number {
  return format === 'xlsx' ? SALES_FILE_LIMITS.maxXlsxBytes : SALES_FILE_LIMITS.maxBytes;
}

/** Why a `format` file of `bytes` is refused (a data issue naming `file`, if given), or null when it may be read. */
export function salesFileTooLarge(bytes: number, format: SalesFormat, file?: string): DataIssue | null {
  const max = salesFileLimit(format);
  if (bytes <= max) return null;
  const n = (x: number) => x.toLocaleString('en-US');
  return { severity: 'error', ...modelMessage('data.fileTooLarge', { bytes: n(bytes), max: n(max), workbook: format === 'xlsx', file: file ?? null }) };
}
