// What the submitter and the workers of the BullMQ queue agree on: the queue name, the job's
// data, where a result waits to be collected, and how a failure's kind travels in its reason.
import { codedCopy, ExecutorLostError, type CodedFields } from '../../sim/index.ts';
import { UsageError } from '../io.ts';
import { cliMessage } from '../lang.ts';

/** Queue served by `shoplab worker` and used by `--redis` runs unless `--queue` names another. */
export const DEFAULT_QUEUE = 'shoplab';

/** BullMQ's key prefix (its default); every key ShopLab writes lives under `bull:<queue>:`. */
export const KEY_PREFIX = 'bull';

/** How long an uncollected result stays in Redis (s), e.g. after its submitter died. */
export const RESULT_TTL_S = 3_600;

/** The data of one job: the submitter's ShopLab version, its run id and the encoded task. */
export interface QueueJobData {
  version: string;
  run: string;
  /** `encodePayload(task)`. */
  task: string;
}

/** The Redis key where a worker leaves the encoded result of job `jobId` for its submitter. */
export function resultKey(queue: string, jobId: string): string {
  return `${KEY_PREFIX}:${queue}:shoplab-result:${jobId}`;
}

/** Checks a `--queue` name (BullMQ forbids ":" in it). */
export function checkQueueName(name: string, flag = '--queue'): string {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) throw new UsageError(cliMessage('queue.badName', { flag, name }));
  return name;
}

/** Why a worker failed a job, as the start of the job's failedReason. */
export type FailureKind = 'version' | 'lost' | 'task';

/** Separates a failedReason's message from its message code (a line no message starts with). */
const CODED_MARK = '\n[shoplab:coded] ';

/** A job's failedReason carrying its kind and the error's name: "[shoplab:kind:Name] message", then its message code as JSON when it has one. */
export function failureReason(kind: FailureKind, name: string, message: string, coded: Partial<CodedFields> = {}): string {
  // Non-finite numbers (a lever set to Infinity) survive JSON as tagged strings.
  const code = coded.code === undefined ? '' : `${CODED_MARK}${JSON.stringify(coded, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { nonFinite: String(v) } : v))}`;
  return `[shoplab:${kind}:${name}] ${message}${code}`;
}

/** A worker whose ShopLab version differs from the submitter's refused a job (exit 2: start matching workers). */
export class QueueVersionError extends UsageError {}

/** BullMQ's reason for a job whose workers kept vanishing (stalled more than maxStalledCount times). */
const STALLED = /stalled more than allowable limit/i;

/** The error a submitter rejects with for a job that failed with `reason`. */
export function failureError(reason: string, what: string): Error {
  const m = /^\[shoplab:(version|lost|task):([A-Za-z0-9_$]+)\] ([\s\S]*)$/.exec(reason);
  if (m === null) {
    if (STALLED.test(reason)) return new ExecutorLostError(`the workers running ${what} stopped answering (${reason})`);
    return new Error(`${what} failed in a queue worker: ${reason}`);
  }
  const [, kind, name, text] = m;
  const mark = text.lastIndexOf(CODED_MARK);
  const message = mark < 0 ? text : text.slice(0, mark);
  if (kind === 'version') return new QueueVersionError(message);
  if (kind === 'lost') return new ExecutorLostError(`${what}: ${message}`);
  return Object.assign(new Error(message), { name }, mark < 0 ? {} : codedCopy(parseCoded(text.slice(mark + CODED_MARK.length))));
}

function parseCoded(json: string): unknown {
  try {
    return JSON.parse(json, (_key, v: unknown) => {
      const tagged = typeof v === 'object' && v !== null && Object.keys(v).length === 1 ? (v as { nonFinite?: unknown }).nonFinite : undefined;
      return typeof tagged === 'string' ? Number(tagged) : v;
    });
  } catch {
    return null;
  }
}
