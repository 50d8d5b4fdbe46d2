// Reading a `--redis` URL into connection options: a wrong URL is the user's to fix (exit 2,
// naming the flag and the expected form).
import type { RedisOptions } from 'ioredis';
import { UsageError } from '../io.ts';

/** A parsed `redis://` / `rediss://` URL as ioredis options, with the URL to name in messages. */
export interface RedisTarget {
  /** The URL without its password, for messages. */
  url: string;
  options: RedisOptions;
}

const EXAMPLE = 'redis://HOST:PORT, e.g. redis://127.0.0.1:6379';

/** Parses `text` (the value of `flag`); throws UsageError naming the flag for anything else. */
export function parseRedisUrl(text: string, flag = '--redis'): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`${flag}: "${text}" is not a URL; expected ${EXAMPLE}`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new UsageError(`${flag}: "${text}" is not a Redis URL (scheme ${url.protocol}); expected ${EXAMPLE}`);
  if (url.hostname === '') throw new UsageError(`${flag}: "${text}" names no host; expected ${EXAMPLE}`);
  const port = url.port === '' ? 6379 : Number(url.port);
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) throw new UsageError(`${flag}: "${text}": the database after the port must be a number (redis://HOST:PORT/0), got "${dbText}"`);
  if (url.search !== '' || url.hash !== '') throw new UsageError(`${flag}: "${text}": options after ? or # are not supported; expected ${EXAMPLE}`);
  const options: RedisOptions = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    db: dbText === '' ? 0 : Number(dbText),
    ...(url.username !== '' ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password !== '' ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  const shown = `${url.protocol}//${url.username !== '' ? `${url.username}@` : ''}${url.host}${dbText === '' ? '' : `/${dbText}`}`;
  return { url: shown, options };
}
