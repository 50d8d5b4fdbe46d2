// Turns the bytes of a scenario file into text: UTF-8 (with or without a byte-order mark) and
// UTF-16 (with a mark, or recognised by its zero bytes) are decoded; binary data, invalid UTF-8
// and files over the size limit are refused with a coded message.
import { loaderMessage, SCENARIO_FILE_LIMITS, type LoaderMessage } from './loaderMessages.ts';

export type Decoded = { ok: true; text: string } | { ok: false; message: LoaderMessage };

/** UTF-16 without a mark: ASCII text puts a zero in every other byte, always on the same side. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs === 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i], bytes[2 * i + 1]];
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  if (le >= 0.75 * pairs && be === 0) return 'utf-16le';
  if (be >= 0.75 * pairs && le === 0) return 'utf-16be';
  return null;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Decodes a scenario file's bytes (at most `SCENARIO_FILE_LIMITS.maxBytes`). */
export function decodeScenarioBytes(bytes: Uint8Array, maxBytes: number = SCENARIO_FILE_LIMITS.maxBytes): Decoded {
  if (bytes.length > maxBytes) return { ok: false, message: loaderMessage('file.tooLarge', { bytes: bytes.length, max: maxBytes }) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
  const zero = bytes.indexOf(0);
  if (zero >= 0) return { ok: false, message: loaderMessage('text.binary', { offset: zero }) };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) return { ok: false, message: loaderMessage('text.notUtf8', { offset: bad + start }) };
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}
