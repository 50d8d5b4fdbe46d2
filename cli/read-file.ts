// Reads a user's input file with bounds: folders, devices, pipes and sockets are refused before
// they are opened (so /dev/zero cannot hang a read), and no more than the stated size is read.
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { loaderMessage, type LoaderMessage, type SpecialFileKind } from '../sim/index.ts';

/** A read refused for what the file is; `code` tells the loader how to phrase it. */
export class InputFileError extends Error {
  constructor(
    readonly code: 'EISDIR' | 'ENOTREG' | 'EFBIG',
    readonly coded: LoaderMessage,
  ) {
    super(coded.message);
    this.name = 'InputFileError';
  }
}

function kindOf(stats: Stats): SpecialFileKind {
  if (stats.isCharacterDevice()) return 'character device';
  if (stats.isBlockDevice()) return 'block device';
  if (stats.isFIFO()) return 'named pipe';
  if (stats.isSocket()) return 'socket';
  return 'special file';
}

/**
 * Reads at most `maxBytes` of a regular file. Throws InputFileError for a folder, a device or a
 * file over the limit (files whose size the system does not report, as in /proc, are read up to
 * the limit and refused past it), and the system's error for a missing or unreadable file.
 */
export function readBoundedFile(absPath: string, maxBytes: number): Uint8Array {
  const stats = statSync(absPath);
  if (stats.isDirectory()) throw new InputFileError('EISDIR', loaderMessage('file.folder', {}));
  if (!stats.isFile()) throw new InputFileError('ENOTREG', loaderMessage('file.notRegular', { kind: kindOf(stats) }));
  if (stats.size > maxBytes) throw new InputFileError('EFBIG', loaderMessage('file.tooLarge', { bytes: stats.size, max: maxBytes }));
  const buffer = new Uint8Array(maxBytes + 1);
  const fd = openSync(absPath, 'r');
  let length = 0;
  try {
    for (let n = 1; n > 0 && length <= maxBytes; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
  } finally {
    closeSync(fd);
  }
  if (length > maxBytes) throw new InputFileError('EFBIG', loaderMessage('file.tooLarge', { bytes: length, max: maxBytes }));
  return buffer.subarray(0, length);
}
