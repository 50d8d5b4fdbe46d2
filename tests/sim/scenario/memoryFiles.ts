// An in-memory file reader for loader tests: paths map to text; a missing path throws like fs.
import type { ReadText } from '../../../sim/scenario/index.ts';

/** A reader over `files` that records every path it was asked for. */
export function memoryFiles(files: Record<string, string>): ReadText & { reads: string[] } {
  const reads: string[] = [];
  const read = (path: string) => {
    reads.push(path);
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    return text;
  };
  return Object.assign(read, { reads });
}

/** Joins lines into file text (keeps tests' YAML readable and line numbers obvious). */
export const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
