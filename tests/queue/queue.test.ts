// Scale-out through Redis end to end: real redis-server, real `shoplab worker` processes, the
// submitting command in this process; results must be the bytes of a local run.
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../cli/errors.ts';
import { parseRedisUrl } from '../../cli/queue/redis-url.ts';
import { encodePayload } from '../../cli/queue/codec.ts';
import { openQueueTransport } from '../../cli/queue/transport.ts';
import { startQueueWorker, type QueueWorker } from '../../cli/queue/worker.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { createExecutor } from '../../sim/experiment/executor.ts';
import { InThreadTransport } from '../../sim/experiment/in-thread.ts';
import { replicationTasks, runExperiment, runTasks } from '../../sim/experiment/runner.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';
import { VERSION } from '../../sim/version.ts';
import { runCli, scenarioDir } from '../cli/cli-fixture.ts';
import { HAS_REDIS, startRedis, startWorkers, warnIfNoRedis, type Started, type TestRedis } from './redis-fixture.ts';

warnIfNoRedis('tests/queue/queue.test.ts (BullMQ scale-out)');

const dir = scenarioDir();
const queue = `test-${process.pid}`;
const SWEEP = ['sweep', 'small.yaml', '--vary', 'funnel.checkoutRate=0.3,0.5,0.7', '--reps', '2', '--days', '60'];

/** Polls `check` every 20 ms until it returns true (or fails after `ms`). */
async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!HAS_REDIS)('run|compare|sweep --redis with two shoplab workers', () => {
  let redis: TestRedis;
  let client: Redis;
  let workers: Started[] = [];
  let localSweep: { stdout: string; csv: Buffer };

  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.port, '127.0.0.1');
    const args = ['--queue', queue, '--concurrency', '1', '--lock-seconds', '2'];
    workers = await startWorkers(2, redis.url, args);
    const local = await runCli([...SWEEP, '--csv', 'local.csv', '--workers', '1'], dir);
    localSweep = { stdout: local.stdout, csv: readFileSync(join(dir, 'local.csv')) };
  }, 180_000);

  afterAll(async () => {
    client?.disconnect();
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.stop();
  });

  it('writes the same CSV and prints the same table for a sweep as a local run', async () => {
    const viaQueue = await runCli([...SWEEP, '--csv', 'queue.csv', '--redis', redis.url, '--queue', queue], dir);
    expect(viaQueue.stderr).toBe('');
    expect(viaQueue.code).toBe(0);
    expect(viaQueue.stdout.replace('queue.csv', 'local.csv')).toBe(localSweep.stdout);
    expect(readFileSync(join(dir, 'queue.csv')).equals(localSweep.csv)).toBe(true);
  });

  it('gives the same JSON, daily series included, for a run as a local run', async () => {
    const args = ['run', 'small.yaml', '--reps', '2', '--json', '-'];
    const local = await runCli([...args, '--workers', '1'], dir);
    const viaQueue = await runCli([...args, '--redis', redis.url, '--queue', queue], dir);
    expect(viaQueue.code).toBe(0);
    expect(viaQueue.stdout).toBe(local.stdout);
    expect(viaQueue.stdout).toContain('"profitCny"');
  });

  it('reports the days a task has simulated while a worker runs it', async () => {
    const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue });
    // Progress is sent at most every PROGRESS_EVERY_MS (200 ms) of a task and not at all for a
    // shorter one: a 200k-shopper year takes ~0.8 s here.
    const scenario = ScenarioSchema.parse({ days: 365, population: { size: 200_000 } });
    const days: number[] = [];
    try {
      await runTasks(replicationTasks([{ scenario, seed: 5, replications: 2 }]), { transport, onTaskProgress: (_task, done) => days.push(done) });
    } finally {
      await transport.close();
    }
    expect(days.length).toBeGreaterThan(0);
    expect(days.every((d) => d >= 1 && d <= 365)).toBe(true);
  });

  it('still equals the local sweep when a worker is killed with kill -9 in the middle of a task', async () => {
    const [victim] = workers;
    const sweep = runCli([...SWEEP, '--csv', 'killed.csv', '--redis', redis.url, '--queue', queue], dir);
    // Wait until the victim holds a job (BullMQ records its worker's name in the job's "pb" field),
    // then kill it without a chance to clean up.
    await until(
      async () => {
        for (const id of await client.lrange(`bull:${queue}:active`, 0, -1)) {
          if ((await client.hget(`bull:${queue}:${id}`, 'pb'))?.endsWith(`@${victim.child.pid}`)) return true;
        }
        return false;
      },
      60_000,
      'the first worker to take a job',
    );
    await victim.stop('SIGKILL');
    const viaQueue = await sweep;
    expect(viaQueue.code).toBe(0);
    expect(viaQueue.stdout.replace('killed.csv', 'local.csv')).toBe(localSweep.stdout);
    expect(readFileSync(join(dir, 'killed.csv')).equals(localSweep.csv)).toBe(true);
  });

  it('has a worker of another ShopLab version refuse the job, and the submitter exit 2 naming both versions', async () => {
    const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue, version: '0.0.1-old' });
    const scenario = ScenarioSchema.parse({ days: 5, population: { size: 200 } });
    const error = await runExperiment([{ scenario, seed: 1, replications: 1 }], { transport }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await transport.close();
    const { message, code } = describeError(error);
    expect(code).toBe(2);
    expect(message).toContain('submitted by ShopLab 0.0.1-old');
    expect(message).toContain(`runs ShopLab ${VERSION}`);
    expect(workers[1].output()).toContain('refused: job');
  });

  it('removes the run\'s queued jobs when the run is cancelled', async () => {
    const idle = `${queue}-idle`; // no worker serves it, so the jobs stay queued
    const notices: string[] = [];
    const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue: idle, onNotice: (l) => notices.push(l) });
    const controller = new AbortController();
    const scenario = ScenarioSchema.parse({ days: 5, population: { size: 200 } });
    const running = runExperiment([{ scenario, seed: 1, replications: 4 }], { transport, signal: controller.signal });
    const counts = new Queue(idle, { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      await until(async () => (await counts.getJobCounts('wait')).wait === 4, 10_000, 'four queued jobs');
      controller.abort();
      await expect(running).rejects.toMatchObject({ name: 'AbortError' });
      await until(async () => (await counts.getJobCounts('wait')).wait === 0, 5_000, 'the queued jobs to go');
    } finally {
      await transport.close();
      await counts.close();
    }
    expect(notices.join('\n')).toMatch(/no ShopLab worker is serving queue ".*-idle"/);
  });

  it('submits again the jobs Redis lost (restarted empty), and still gets the local results', async () => {
    const lossy = `${queue}-lossy`;
    const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue: lossy, recheckAfterSeconds: 1 });
    const scenario = ScenarioSchema.parse({ days: 10, population: { size: 300 } });
    const retried: number[] = [];
    const running = runExperiment([{ scenario, seed: 9, replications: 2 }], { transport, onRetry: (_job, replication) => retried.push(replication) });
    let worker: QueueWorker | undefined;
    try {
      await until(async () => (await client.llen(`bull:${lossy}:wait`)) === 2, 10_000, 'two queued jobs');
      await client.flushall();
      worker = await startQueueWorker({ target: parseRedisUrl(redis.url), queue: lossy, executor: new InThreadTransport(createExecutor()), log: () => {} });
      const results = await running;
      expect(retried.sort()).toEqual([0, 1]);
      expect(results[0].map((r) => encodePayload(r))).toEqual([0, 1].map((r) => encodePayload(simulate(scenario, { seed: 9, replication: r }))));
    } finally {
      await transport.close();
      await worker?.close();
    }
  });

  it('stops a worker gracefully on SIGTERM, saying how many tasks it ran', async () => {
    const survivor = workers[1];
    expect(await survivor.stop('SIGTERM')).toBe(0);
    expect(survivor.output()).toMatch(/stopped after [1-9]\d* tasks?/);
  });
});

describe('--redis when Redis cannot be used', () => {
  it('exits 2 within 5 s naming the URL when nothing listens there, for a submitter and a worker', async () => {
    const { freePort } = await import('./redis-fixture.ts');
    const url = `redis://127.0.0.1:${await freePort()}`;
    const args = ['run', 'small.yaml', '--reps', '1', '--redis', url];
    await runCli(args, dir); // loads the command's modules, so the timed call measures only the connection attempt
    const started = performance.now();
    const r = await runCli(args, dir);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: cannot reach Redis at ${url}`);
    const worker = await runCli(['worker', '--redis', url], dir);
    expect(worker).toMatchObject({ code: 2, stderr: expect.stringContaining(`error: cannot reach Redis at ${url}`) });
  });

  it('exits 2 saying so when the server at the URL does not speak Redis', async () => {
    const server = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const r = await runCli(['run', 'small.yaml', '--reps', '1', '--redis', `redis://127.0.0.1:${port}`], dir);
      expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining(`cannot reach Redis at redis://127.0.0.1:${port}: the server there does not speak the Redis protocol`) });
    } finally {
      server.close();
    }
  });

  it('exits 2 for a URL that is not a Redis URL, and for --queue without --redis', async () => {
    expect(await runCli(['run', 'small.yaml', '--redis', 'localhost:6379'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--redis: "localhost:6379" is not a Redis URL') });
    expect(await runCli(['run', 'small.yaml', '--queue', 'q'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--queue names a Redis queue') });
    expect(await runCli(['worker'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('worker needs --redis') });
  });
});
