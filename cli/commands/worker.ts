// `shoplab worker --redis URL`: serves the tasks that `run|compare|sweep --redis URL` put on the
// queue, on this machine, until Ctrl-C or SIGTERM (which let the tasks in progress finish).
import { availableParallelism } from 'node:os';
import { VERSION } from '../../sim/light.ts';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { CLI_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { localExecutor } from '../queue/executor.ts';
import { DEFAULT_QUEUE, checkQueueName } from '../queue/protocol.ts';
import { checkRedis } from '../queue/redis.ts';
import { parseRedisUrl } from '../queue/redis-url.ts';
import { DEFAULT_LOCK_MS, startQueueWorker } from '../queue/worker.ts';

const HELP = [
  'Usage: shoplab worker --redis redis://HOST:PORT [options]',
  '',
  'Serves simulation tasks from a Redis queue until Ctrl-C or SIGTERM: start one on each machine',
  'that should help, then run `shoplab run|compare|sweep … --redis redis://HOST:PORT` anywhere.',
  'The first Ctrl-C lets the tasks in progress finish; a second one stops at once (those tasks are',
  'then retried on another worker).',
  '',
  'Options:',
  '  --redis URL          the Redis server holding the queue (redis://HOST:PORT[/DB])',
  '  --concurrency N      tasks at once, one worker thread each (default: one per CPU core)',
  `  --queue NAME         queue to serve (default: ${DEFAULT_QUEUE})`,
  `  --lock-seconds S     a task whose worker stops answering for S seconds is retried elsewhere (default: ${DEFAULT_LOCK_MS / 1000})`,
  '',
  'Example: npx shoplab worker --redis redis://10.0.0.5:6379 --concurrency 8',
  '',
].join('\n');

/** Resolves on the first SIGINT/SIGTERM (or io.interrupt), calling `onSecond` on a second one. */
function stopRequested(io: CliIO, onSecond: () => void): Promise<string> {
  return new Promise((resolve) => {
    let count = 0;
    const on = (why: string) => {
      count++;
      if (count === 1) resolve(why);
      else if (count === 2) onSecond();
    };
    io.interrupt?.addEventListener('abort', () => on('interrupt'), { once: true });
    process.on('SIGTERM', () => on('SIGTERM'));
    process.on('SIGINT', () => {
      if (io.interrupt === undefined || count > 0) on('SIGINT');
    });
  });
}

export const main: CommandMain = async (args, io) => {
  const parsed = parseArgs(args, { redis: 'string', concurrency: CLI_FLAG_RANGES.concurrency, queue: 'string', 'lock-seconds': CLI_FLAG_RANGES.lockSeconds, help: 'boolean', h: 'boolean' });
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length > 0) throw new UsageError(`worker takes no files, got: ${parsed.positional.join(' ')}`);
  const url = flagString(parsed, 'redis');
  if (url === undefined) throw new UsageError('worker needs --redis redis://HOST:PORT: the Redis server holding the queue');
  const target = parseRedisUrl(url);
  const queue = checkQueueName(flagString(parsed, 'queue') ?? DEFAULT_QUEUE);
  const concurrency = flagNumber(parsed, 'concurrency') ?? availableParallelism();
  const lockSeconds = flagNumber(parsed, 'lock-seconds') ?? DEFAULT_LOCK_MS / 1000;
  await checkRedis(target);
  const log = (line: string) => io.stderr(`shoplab worker: ${line}\n`);
  const executor = localExecutor(concurrency);
  const worker = await startQueueWorker({ target, queue, executor, lockDurationMs: lockSeconds * 1000, log });
  const atOnce = executor.concurrency;
  log(`ShopLab ${VERSION} serving queue "${queue}" at ${target.url} with ${atOnce} task${atOnce === 1 ? '' : 's'} at once as ${worker.name}; Ctrl-C to stop`);
  let forced = false;
  const why = await stopRequested(io, () => {
    forced = true;
    log('stopping now; tasks in progress will be retried elsewhere');
    void worker.close(true);
  });
  log(`${why}: finishing the tasks in progress (Ctrl-C again to stop at once)…`);
  await worker.close(forced);
  log(`stopped after ${worker.completed()} task${worker.completed() === 1 ? '' : 's'}`);
  return EXIT.ok;
};
