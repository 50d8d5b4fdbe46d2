// Who serves a queue: a worker's BullMQ name carries its ShopLab version, host and process id,
// so a submitter can say before it starts that no worker is there or that some run another version.
import { hostname } from 'node:os';
import { VERSION } from '../../sim/light.ts';
import { cliText, type CliLang } from '../lang.ts';

/** The BullMQ worker name of this process (Redis client names allow no spaces). */
export function workerName(version = VERSION, host = hostname(), pid = process.pid): string {
  return `shoplab@${version}@${host.replace(/\s+/g, '_')}@${pid}`;
}

/** A worker as its name describes it. */
export interface WorkerInfo {
  version: string;
  host: string;
  pid: string;
}

/** Parses a name `workerName` made; undefined for other clients. */
export function parseWorkerName(name: string): WorkerInfo | undefined {
  const m = /^shoplab@([^@]+)@([^@]+)@(\d+)$/.exec(name);
  return m === null ? undefined : { version: m[1], host: m[2], pid: m[3] };
}

/** The worker name inside a CLIENT LIST entry BullMQ returns (rawname "bull:<queue>:w:<name>"). */
function nameOf(client: Record<string, string>): string {
  const raw = client.rawname ?? '';
  const at = raw.indexOf(':w:');
  return at < 0 ? '' : raw.slice(at + 3);
}

/**
 * What a submitter should be told about the workers connected to `queue` (from
 * `Queue.getWorkers()`): nothing when all run this version, else one line.
 */
export function describeWorkers(clients: readonly Record<string, string>[], queue: string, url: string, lang: CliLang = 'en'): string | undefined {
  const workers = clients.map((c) => parseWorkerName(nameOf(c))).filter((w): w is WorkerInfo => w !== undefined);
  if (workers.length === 0) return cliText(lang, 'queue.noWorker', { queue, url, queueFlag: queue === 'shoplab' ? '' : ` --queue ${queue}` });
  const other = workers.filter((w) => w.version !== VERSION);
  if (other.length === 0) return undefined;
  const list = other.map((w) => cliText(lang, 'queue.workerVersion', { host: w.host, pid: w.pid, version: w.version })).join(', ');
  return cliText(lang, 'queue.otherVersion', { other: other.length, count: workers.length, queue, version: VERSION, list });
}
