// `shoplab worker --redis URL`: serves the tasks that `run|compare|sweep --redis URL` put on the
// queue, on this machine, until Ctrl-C or SIGTERM (which let the tasks in progress finish).
import { availableParallelism } from 'node:os';
import { VERSION } from '../../sim/light.ts';
import { flagBoolean, flagNumber, flagString, parseArgs } from '../args.ts';
import { CLI_FLAG_RANGES } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { cliMessage, cliText, plural, type CliLang } from '../lang.ts';
import { localExecutor } from '../queue/executor.ts';
import { DEFAULT_QUEUE, checkQueueName } from '../queue/protocol.ts';
import { checkRedis } from '../queue/redis.ts';
import { parseRedisUrl } from '../queue/redis-url.ts';
import { DEFAULT_LOCK_MS, startQueueWorker } from '../queue/worker.ts';

/** The `--help` text in `lang`. */
export function workerHelp(lang: CliLang): string {
  return cliText(lang, 'worker.help', { queue: DEFAULT_QUEUE, lock: DEFAULT_LOCK_MS / 1000 });
}

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
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(workerHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length > 0) throw new UsageError(cliMessage('worker.noFiles', { files: parsed.positional.join(' ') }));
  const url = flagString(parsed, 'redis');
  if (url === undefined) throw new UsageError(cliMessage('worker.needsRedis'));
  const target = parseRedisUrl(url);
  const queue = checkQueueName(flagString(parsed, 'queue') ?? DEFAULT_QUEUE);
  const concurrency = flagNumber(parsed, 'concurrency') ?? availableParallelism();
  const lockSeconds = flagNumber(parsed, 'lock-seconds') ?? DEFAULT_LOCK_MS / 1000;
  await checkRedis(target);
  const log = (line: string) => io.stderr(cliText(lang, 'worker.log', { line }));
  const executor = localExecutor(concurrency);
  const worker = await startQueueWorker({ target, queue, executor, lockDurationMs: lockSeconds * 1000, log, lang });
  const atOnce = executor.concurrency;
  log(cliText(lang, 'worker.serving', { version: VERSION, queue, url: target.url, count: atOnce, s: plural(atOnce), name: worker.name }));
  let forced = false;
  const why = await stopRequested(io, () => {
    forced = true;
    log(cliText(lang, 'worker.stoppingNow'));
    void worker.close(true);
  });
  log(cliText(lang, 'worker.finishing', { why }));
  await worker.close(forced);
  log(cliText(lang, 'worker.stopped', { count: worker.completed(), s: plural(worker.completed()) }));
  return EXIT.ok;
};
