// Reads a sales table from Parquet with hyparquet (snappy, gzip, zstd… through
// hyparquet-compressors), one row group at a time from a byte-range source, so a large file is
// never held whole. Columns are the top-level fields; rows are counted as a table shows them, the
// column names being row 1, and go through the CSV path's checks.
import { modelMessage } from '../errors.ts';
import { parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { readSalesRows } from './sales-rows.ts';
import type { SalesReadOptions, SalesReadResult } from './sales-reader.ts';

/** Random access to the file's bytes: a File, a disk file, a buffer. */
export interface ByteSource {
  byteLength: number;
  slice(start: number, end?: number): ArrayBuffer | Promise<ArrayBuffer>;
}

/** A ByteSource over bytes already in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end).buffer as ArrayBuffer };
}

/** Reads and validates the sales table of a Parquet file. */
export async function readSalesParquet(file: ByteSource, options: SalesReadOptions = {}): Promise<SalesReadResult> {
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.unreadable', { format: 'Parquet', detail: error instanceof Error ? error.message : String(error) }) }] };
  }
  const fields = parquetSchema(metadata).children;
  const nested = fields.filter((f) => f.children.length > 0).map((f) => f.element.name);
  if (nested.length > 0) return { ok: false, issues: [{ severity: 'error', row: 1, ...modelMessage('data.nestedColumns', { columns: nested }) }] };
  const names = fields.map((f) => f.element.name);
  async function* rows() {
    yield { row: 1, cells: names };
    let start = 0;
    for (const group of metadata.row_groups) {
      const end = start + Number(group.num_rows);
      let records: Record<string, unknown>[];
      try {
        records = (await parquetReadObjects({ file, metadata, compressors, rowStart: start, rowEnd: end })) as Record<string, unknown>[];
      } catch (error) {
        throw new ParquetDecodeError(start + 2, end + 1, error instanceof Error ? error.message : String(error));
      }
      for (let i = 0; i < records.length; i++) yield { row: start + i + 2, cells: names.map((n) => records[i][n]) };
      start = end;
    }
  }
  try {
    return await readSalesRows(rows(), options);
  } catch (error) {
    if (!(error instanceof ParquetDecodeError)) throw error;
    return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.parquetRows', { from: error.from, to: error.to, detail: error.message }) }] };
  }
}

/** A row group hyparquet could not decode (corrupt page, unsupported encoding or codec). */
class ParquetDecodeError extends Error {
  constructor(readonly from: number, readonly to: number, detail: string) {
    super(detail);
  }
}
