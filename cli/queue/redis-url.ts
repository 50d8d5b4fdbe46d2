// Reading a `--redis` URL into connection options: a wrong URL is the user's to fix (exit 2,
// naming the flag and the expected form).
import type { RedisOptions } from 'ioredis';
import { UsageError } from '../io.ts';
import { cliMessage } from '../lang.ts';

/** A parsed `redis://` / `rediss://` URL as ioredis options, with the URL to name in messages. */
export interface RedisTarget {
  /** The URL without its password, for messages. */
  url: string;
  options: RedisOptions;
}

const EXAMPLE = cliMessage('queue.example');

/** Parses `text` (the value of `flag`); throws UsageError naming the flag for anything else. */
export function parseRedisUrl(text: string, flag = '--redis'): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(cliMessage('queue.notUrl', { flag, text, example: EXAMPLE }));
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new UsageError(cliMessage('queue.notRedisUrl', { flag, text, scheme: url.protocol, example: EXAMPLE }));
  if (url.hostname === '') throw new UsageError(cliMessage('queue.noHost', { flag, text, example: EXAMPLE }));
  const port = url.port === '' ? 6379 : Number(url.port);
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) throw new UsageError(cliMessage('queue.badDatabase', { flag, text, db: dbText }));
  if (url.search !== '' || url.hash !== '') throw new UsageError(cliMessage('queue.noOptions', { flag, text, example: EXAMPLE }));
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
