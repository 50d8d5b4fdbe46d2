// Share links: the scenario text deflate-compressed and base64url-encoded into the URL hash;
// a link is read within the scenario file's size limit, however well it compresses.
import { SCENARIO_FILE_LIMITS } from '../../sim/index.ts';
import { translate, type MessageParams } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';

const PREFIX = '#s=';

/** A share link that cannot be read: `.message` in English, `key` and `params` to word it in the page's language. */
export class ShareLinkError extends Error {
  constructor(
    readonly key: MessageKey & `share.${string}`,
    readonly params: MessageParams = {},
  ) {
    super(translate('en', key, params));
    this.name = 'ShareLinkError';
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new ShareLinkError('share.notBase64');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(b64);
  } catch {
    throw new ShareLinkError('share.badLength');
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** A share fragment (`#s=…`) carrying `text`. */
export async function encodeShare(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(packed);
}

/** Longest share fragment read (characters): a scenario file's limit, base64 of deflated text fits well within it. */
export const MAX_SHARE_CHARS = SCENARIO_FILE_LIMITS.maxBytes;

/** Inflates at most `max` bytes; null when the data would inflate to more (a decompression bomb). */
async function inflateBounded(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The scenario text in a share fragment, null when the hash carries none; throws a ShareLinkError when it is damaged or too large. */
export async function decodeShare(hash: string): Promise<string | null> {
  if (!hash.startsWith(PREFIX)) return null;
  if (hash.length > MAX_SHARE_CHARS) throw new ShareLinkError('share.tooLong', { length: hash.length, max: MAX_SHARE_CHARS });
  const bytes = fromBase64Url(hash.slice(PREFIX.length));
  let inflated: Uint8Array | null;
  try {
    inflated = await inflateBounded(bytes, SCENARIO_FILE_LIMITS.maxBytes);
  } catch {
    throw new ShareLinkError('share.noInflate');
  }
  if (inflated === null) throw new ShareLinkError('share.tooLarge', { max: SCENARIO_FILE_LIMITS.maxBytes });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    throw new ShareLinkError('share.notUtf8');
  }
}
