// Node adapter: streams a sales CSV from disk into a SalesReader chunk by chunk (constant memory
// for the text, whatever the file size). Not exported from models/index.ts: browsers feed the
// reader from File.stream() instead.
import { createReadStream } from 'node:fs';
import { SalesReader, type SalesReadOptions, type SalesReadResult } from './sales-reader.ts';

/** Reads and validates a sales CSV file; a missing or unreadable file is an issue, not a throw. */
export async function readSalesFile(path: string, options: SalesReadOptions = {}): Promise<SalesReadResult> {
  const reader = new SalesReader(options);
  try {
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) reader.push(chunk as string);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, issues: [{ severity: 'error', message: `cannot read ${path}: ${why}` }] };
  }
  return reader.finish();
}
