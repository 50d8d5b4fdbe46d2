// `--redis` URLs, queue names, failure reasons and worker names: what is accepted and what each mistake says.
import { describe, expect, it } from 'vitest';
import { parseRedisUrl } from '../../cli/queue/redis-url.ts';
import { checkQueueName, failureError, failureReason, QueueVersionError } from '../../cli/queue/protocol.ts';
import { describeWorkers, parseWorkerName, workerName } from '../../cli/queue/workers.ts';
import { ExecutorLostError } from '../../sim/experiment/transport.ts';
import { VERSION } from '../../sim/version.ts';

describe('parseRedisUrl', () => {
  it('reads host, port, database and credentials, and hides the password in the URL it shows', () => {
    expect(parseRedisUrl('redis://10.0.0.5:6380/2')).toEqual({ url: 'redis://10.0.0.5:6380/2', options: { host: '10.0.0.5', port: 6380, db: 2 } });
    expect(parseRedisUrl('redis://shoplab-redis')).toMatchObject({ options: { host: 'shoplab-redis', port: 6379, db: 0 } });
    const secret = parseRedisUrl('rediss://ops:s%40cret@cache.example:6390');
    expect(secret.options).toMatchObject({ username: 'ops', password: 's@cret', tls: {} });
    expect(secret.url).toBe('rediss://ops@cache.example:6390');
  });

  it.each([
    ['localhost:6379', /is not a Redis URL \(scheme localhost:\)/],
    ['http://x:1', /is not a Redis URL \(scheme http:\)/],
    ['not a url', /is not a URL; expected redis:\/\/HOST:PORT/],
    ['redis://h:1/abc', /the database after the port must be a number/],
    ['redis://h:1?x=1', /options after \? or # are not supported/],
  ])('rejects %s, naming the flag', (text, message) => {
    expect(() => parseRedisUrl(text)).toThrow(message);
    expect(() => parseRedisUrl(text)).toThrow(/^--redis: /);
  });
});

describe('queue protocol', () => {
  it('accepts plain queue names and refuses ones BullMQ cannot hold', () => {
    expect(checkQueueName('team-a.sweeps_2')).toBe('team-a.sweeps_2');
    expect(() => checkQueueName('a:b')).toThrow('--queue: "a:b" is not a queue name');
  });

  it('turns a failed job\'s reason back into the error the runner must see', () => {
    expect(failureError(failureReason('version', 'VersionMismatch', 'job 1 was submitted by ShopLab 9'), 'replication 0')).toBeInstanceOf(QueueVersionError);
    expect(failureError(failureReason('lost', 'ExecutorLostError', 'thread died'), 'replication 0')).toBeInstanceOf(ExecutorLostError);
    expect(failureError('job stalled more than allowable limit', 'replication 3 of "x"')).toBeInstanceOf(ExecutorLostError);
    expect(failureError(failureReason('task', 'ScenarioRunError', 'skus.tee: no stock'), 'r')).toMatchObject({ name: 'ScenarioRunError', message: 'skus.tee: no stock' });
  });

  it('names workers with version, host and pid, and tells a submitter about missing or other-version workers', () => {
    const name = workerName('9.9.9', 'box one', 42);
    expect(parseWorkerName(name)).toEqual({ version: '9.9.9', host: 'box_one', pid: '42' });
    const client = (n: string) => ({ rawname: `bull:cXVldWU=:w:${n}` });
    expect(describeWorkers([], 'shoplab', 'redis://h:1')).toBe('note: no ShopLab worker is serving queue "shoplab" at redis://h:1 yet; the tasks wait until one starts: npx shoplab worker --redis redis://h:1');
    expect(describeWorkers([client(workerName())], 'shoplab', 'redis://h:1')).toBeUndefined();
    expect(describeWorkers([client(workerName()), client(name)], 'q', 'redis://h:1')).toBe(
      `warning: 1 of 2 workers on queue "q" run another ShopLab version than this one (${VERSION}) and will refuse its tasks: box_one (pid 42) runs 9.9.9`,
    );
  });
});
