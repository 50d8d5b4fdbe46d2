// Which reader a sales file needs, from its name and its first bytes: XLSX (a zip, "PK\x03\x04"),
// Parquet ("PAR1") or CSV (text). The bytes decide; a name that disagrees with them is reported,
// since a renamed file read the wrong way gives confusing errors.
import { modelMessage, type ModelMessageParams } from '../errors.ts';
import type { DataIssue } from './issues.ts';

export type SalesFormat = 'csv' | 'xlsx' | 'parquet';

const startsWith = (head: Uint8Array, text: string) => head.length >= text.length && [...text].every((ch, i) => head[i] === ch.charCodeAt(0));

/** The format of a file, or why it cannot be read as sales data. */
export function sniffSalesFormat(name: string, head: Uint8Array): { format: SalesFormat } | { error: DataIssue } {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const byBytes: SalesFormat | 'zip' | undefined = startsWith(head, 'PAR1') ? 'parquet' : startsWith(head, 'PK\x03\x04') ? 'zip' : undefined;
  if (byBytes === 'parquet') {
    return extension === 'parquet' || extension === 'parq' || extension === '' ? { format: 'parquet' } : misnamed(name, 'parquetAs', extension);
  }
  if (byBytes === 'zip') {
    if (extension === 'xlsx' || extension === 'xlsm' || extension === '') return { format: 'xlsx' };
    if (extension === 'xls') return misnamed(name, 'oldXls', extension);
    return misnamed(name, 'zipAs', extension);
  }
  if (extension === 'xlsx' || extension === 'xlsm') return misnamed(name, 'notZip', extension);
  if (extension === 'xls') return misnamed(name, 'oldXls', extension);
  if (extension === 'parquet' || extension === 'parq') return misnamed(name, 'notParquet', extension);
  return { format: 'csv' };
}

function misnamed(name: string, kind: ModelMessageParams['data.misnamed']['kind'], extension: string): { error: DataIssue } {
  return { error: { severity: 'error', ...modelMessage('data.misnamed', { name, kind, extension }) } };
}
