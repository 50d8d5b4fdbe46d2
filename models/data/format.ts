// Which reader a sales file needs, from its name and its first bytes: XLSX (a zip, "PK\x03\x04"),
// Parquet ("PAR1") or CSV (text). The bytes decide; a name that disagrees with them is reported,
// since a renamed file read the wrong way gives confusing errors.

export type SalesFormat = 'csv' | 'xlsx' | 'parquet';

const startsWith = (head: Uint8Array, text: string) => head.length >= text.length && [...text].every((ch, i) => head[i] === ch.charCodeAt(0));

/** The format of a file, or why it cannot be read as sales data. */
export function sniffSalesFormat(name: string, head: Uint8Array): { format: SalesFormat } | { error: string } {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const byBytes: SalesFormat | 'zip' | undefined = startsWith(head, 'PAR1') ? 'parquet' : startsWith(head, 'PK\x03\x04') ? 'zip' : undefined;
  if (byBytes === 'parquet') {
    return extension === 'parquet' || extension === 'parq' || extension === '' ? { format: 'parquet' } : { error: `${name} holds Parquet data (it starts with "PAR1") but is named .${extension}; rename it to .parquet` };
  }
  if (byBytes === 'zip') {
    if (extension === 'xlsx' || extension === 'xlsm' || extension === '') return { format: 'xlsx' };
    if (extension === 'xls') return { error: `${name}: the old .xls format is not supported; save it as .xlsx` };
    return { error: `${name} is a zip archive named .${extension}; if it is an Excel workbook, name it .xlsx` };
  }
  if (extension === 'xlsx' || extension === 'xlsm') return { error: `${name} is not an XLSX workbook (it does not start with the zip signature "PK"); if it is CSV text, name it .csv` };
  if (extension === 'xls') return { error: `${name}: the old .xls format is not supported; save it as .xlsx` };
  if (extension === 'parquet' || extension === 'parq') return { error: `${name} is not a Parquet file (it does not start with "PAR1")` };
  return { format: 'csv' };
}
