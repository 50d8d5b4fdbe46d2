// `--redis URL [--queue NAME]` on the simulating commands: run the replications on the workers
// serving that Redis queue instead of on this machine.
import type { Transport } from '../../sim/index.ts';
import { flagNumber, flagString, type ParsedArgs } from '../args.ts';
import { UsageError, type CliIO } from '../io.ts';
import { cliMessage, cliText, type CliLang } from '../lang.ts';
import { DEFAULT_QUEUE, checkQueueName } from './protocol.ts';
import { parseRedisUrl } from './redis-url.ts';

/** Help lines for the queue flags, in `lang`. */
export function queueFlagsHelp(lang: CliLang): string[] {
  return cliText(lang, 'help.queueFlags', { queue: DEFAULT_QUEUE }).split('\n');
}

/**
 * The queue transport `--redis` asks for (checked: exit 2 within seconds when Redis does not
 * answer), or undefined for a local run. The caller closes it.
 */
export async function queueTransportFromFlags(parsed: ParsedArgs, io: CliIO): Promise<Transport | undefined> {
  const url = flagString(parsed, 'redis');
  const queue = flagString(parsed, 'queue');
  if (url === undefined) {
    if (queue !== undefined) throw new UsageError(cliMessage('queue.needsRedis'));
    return undefined;
  }
  if (flagNumber(parsed, 'workers') !== undefined) throw new UsageError(cliMessage('queue.workersWithRedis'));
  const target = parseRedisUrl(url);
  const name = checkQueueName(queue ?? DEFAULT_QUEUE);
  // Loaded only when asked for: BullMQ is not needed by local runs.
  const { openQueueTransport } = await import('./transport.ts');
  return openQueueTransport({ target, queue: name, lang: io.lang, onNotice: (line) => io.stderr(`${line}\n`) });
}
