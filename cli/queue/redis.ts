// Checking, within a few seconds, that a Redis server answers at a `--redis` URL — a server that
// is down is the user's to fix (exit 2), never a hang: ioredis would otherwise retry the first
// connection forever — and the options of the long-lived connections after that.
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { UsageError } from '../io.ts';
import { cliMessage } from '../lang.ts';
import type { RedisTarget } from './redis-url.ts';

/** How long the first connection may take before the command gives up (ms). */
export const CONNECT_TIMEOUT_MS = 3_000;

/**
 * Connects once to `target` with no retries and a bounded timeout, and PINGs: resolves when Redis
 * answers, throws UsageError naming the URL when it does not (within about CONNECT_TIMEOUT_MS).
 */
export async function checkRedis(target: RedisTarget, timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
  const client = new Redis({
    ...target.options,
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // The socket's own error (ECONNREFUSED, ENOTFOUND…) says more than the "Connection is closed" that follows it.
  let cause: string | undefined;
  client.on('error', (error: Error) => void (cause ??= error.message));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs + 500);
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), deadline]);
  } catch (error) {
    const said = (cause ?? (error instanceof Error ? error.message : String(error))).replace(/\.+$/, '');
    const reason = /Unknown RESP type|Protocol error/i.test(said) ? cliMessage('queue.notRedis') : said;
    throw new UsageError(cliMessage('queue.unreachable', { url: target.url, reason }));
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/**
 * Options for the long-lived connections (BullMQ's and our own ioredis clients) after `checkRedis`
 * passed: commands wait through short outages (BullMQ requires maxRetriesPerRequest null) and
 * reconnects back off to 1 s.
 */
export function bullConnection(target: RedisTarget): BullRedisOptions & RedisOptions {
  return { ...target.options, maxRetriesPerRequest: null, connectTimeout: CONNECT_TIMEOUT_MS, retryStrategy: (times: number) => Math.min(100 * times, 1_000) };
}
