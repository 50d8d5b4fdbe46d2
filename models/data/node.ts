// Node adapter: reads a sales file from disk — CSV streamed into a SalesReader chunk by chunk
// (constant memory for the text, whatever the file size), Parquet by byte ranges one row group at
// a time, XLSX whole (a zip) — choosing the reader by the file's first bytes and name. Not exported
// from models/index.ts: browsers feed the readers from a File instead.
import { modelMessage } from '../errors.ts';
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { SalesReader, type SalesReadResult } from './sales-reader.ts';
import { sniffSalesFormat } from './format.ts';
import { salesFileTooLarge } from './limits.ts';
import type { ByteSource } from './parquet.ts';
import type { XlsxReadOptions } from './xlsx.ts';

function cannotRead(path: string, error: unknown): SalesReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'folder' : code === 'EACCES' ? 'denied' : { text: (error as Error).message };
  return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.cannotRead', { path, why }) }] };
}

/**
 * Reads and validates a sales file (CSV, XLSX or Parquet); a missing or unreadable file is an issue,
 * not a throw. `sheet` picks an XLSX worksheet and is refused for other formats.
 */
export async function readSalesFile(path: string, options: XlsxReadOptions = {}): Promise<SalesReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return cannotRead(path, error);
  }
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const sniffed = sniffSalesFormat(path, head.subarray(0, bytesRead));
    if ('error' in sniffed) return { ok: false, issues: [sniffed.error] };
    const tooLarge = salesFileTooLarge((await handle.stat()).size, sniffed.format, path);
    if (tooLarge) return { ok: false, issues: [tooLarge] };
    if (options.sheet !== undefined && sniffed.format !== 'xlsx') return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.sheetNotXlsx', { sheet: options.sheet, path, holds: sniffed.format }) }] };
    if (sniffed.format === 'xlsx') {
      const { readSalesXlsx } = await import('./xlsx.ts');
      return await readSalesXlsx(await readFile(path), options);
    }
    if (sniffed.format === 'parquet') {
      const { readSalesParquet } = await import('./parquet.ts');
      const { size } = await handle.stat();
      const file = handle;
      const source: ByteSource = {
        byteLength: size,
        async slice(start, end = size) {
          const bytes = new Uint8Array(end - start);
          await file.read(bytes, 0, bytes.length, start);
          return bytes.buffer;
        },
      };
      return await readSalesParquet(source, options);
    }
  } catch (error) {
    return cannotRead(path, error);
  } finally {
    await handle.close();
  }
  const reader = new SalesReader(options);
  try {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) reader.push(chunk as string);
  } catch (error) {
    return cannotRead(path, error);
  }
  return reader.finish();
}
