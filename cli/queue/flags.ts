// `--redis URL [--queue NAME]` on the simulating commands: run the replications on the workers
// serving that Redis queue instead of on this machine.
import type { Transport } from '../../sim/index.ts';
import { flagNumber, flagString, type ParsedArgs } from '../args.ts';
import { UsageError, type CliIO } from '../io.ts';
import { DEFAULT_QUEUE, checkQueueName } from './protocol.ts';
import { parseRedisUrl } from './redis-url.ts';

/** Help lines for the queue flags. */
export const QUEUE_FLAGS_HELP = [
  '  --redis URL    run the replications on the `shoplab worker`s serving redis://HOST:PORT (same output as a local run)',
  `  --queue NAME   the workers' queue (default: ${DEFAULT_QUEUE}; with --redis)`,
];

/**
 * The queue transport `--redis` asks for (checked: exit 2 within seconds when Redis does not
 * answer), or undefined for a local run. The caller closes it.
 */
export async function queueTransportFromFlags(parsed: ParsedArgs, io: CliIO): Promise<Transport | undefined> {
  const url = flagString(parsed, 'redis');
  const queue = flagString(parsed, 'queue');
  if (url === undefined) {
    if (queue !== undefined) throw new UsageError('--queue names a Redis queue: give --redis redis://HOST:PORT too');
    return undefined;
  }
  if (flagNumber(parsed, 'workers') !== undefined) throw new UsageError('--workers sets threads on this machine; with --redis the tasks run on the queue\'s workers (set their --concurrency instead)');
  const target = parseRedisUrl(url);
  const name = checkQueueName(queue ?? DEFAULT_QUEUE);
  // Loaded only when asked for: BullMQ is not needed by local runs.
  const { openQueueTransport } = await import('./transport.ts');
  return openQueueTransport({ target, queue: name, onNotice: (line) => io.stderr(`${line}\n`) });
}
