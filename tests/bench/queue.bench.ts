// Queue benchmark: what the BullMQ transport costs per task against the bare engine, on the
// default scenario, with 1, 2 and 4 `shoplab worker` processes (one task at a time each) and a
// redis-server on loopback; and how well the workers share the load (parallel efficiency).
// Overhead is compared in CPU time (worker processes + submitter + redis-server against the bare
// engine's thread), which a busy shared machine distorts far less than wall time; bare and queued
// batches alternate and each side keeps its cheapest round.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { decodePayload, encodePayload } from '../../cli/queue/codec.ts';
import { parseRedisUrl } from '../../cli/queue/redis-url.ts';
import { openQueueTransport, type QueueTransport } from '../../cli/queue/transport.ts';
import { loadScenarioFile } from '../../cli/scenario-file.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { runExperiment } from '../../sim/experiment/runner.ts';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/schema.ts';
import { repoRoot } from '../cli/cli-fixture.ts';
import { HAS_REDIS, startRedis, startWorkers, type Started, type TestRedis } from '../queue/redis-fixture.ts';

/** CPU milliseconds (user + system) a process has used so far, from /proc (Linux; 0 elsewhere). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s
  } catch {
    return 0;
  }
}

/** CPU milliseconds of this process so far. */
function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU ms per replication of `n` replications in this thread. */
function bareCpuMs(scenario: Scenario, n: number, seed: number): number {
  const started = ownCpuMs();
  for (let r = 0; r < n; r++) simulate(scenario, { seed, replication: r });
  return (ownCpuMs() - started) / n;
}

/** Wall ms and CPU ms (everything involved: `pids`, this process) of `n` replications through the queue. */
async function queued(transport: QueueTransport, scenario: Scenario, n: number, seed: number, pids: number[]): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = () => ownCpuMs() + pids.reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const cpu0 = cpu();
  const started = performance.now();
  await runExperiment([{ scenario, seed, replications: n }], { transport });
  return { wallMs: performance.now() - started, cpuMs: cpu() - cpu0 };
}

/** Runs `body` with `k` workers serving a fresh queue and a transport to it. */
async function withWorkers<T>(redis: TestRedis, k: number, body: (transport: QueueTransport, pids: number[]) => Promise<T>): Promise<T> {
  const queue = `bench-${k}-${Date.now()}`;
  let workers: Started[] = [];
  try {
    workers = await startWorkers(k, redis.url, ['--queue', queue, '--concurrency', '1'], 300_000);
    const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue });
    try {
      return await body(transport, [redis.child.pid ?? 0, ...workers.map((w) => w.child.pid ?? 0)]);
    } finally {
      await transport.close();
    }
  } finally {
    await Promise.all(workers.map((w) => w.stop('SIGTERM')));
  }
}

const cpus = availableParallelism();
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  if (!HAS_REDIS) {
    print('skipped: redis-server is not installed (apt-get install -y redis-server)');
    return;
  }
  const scenario = loadScenarioFile(join(repoRoot, 'scenarios', 'default.yaml'), { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: repoRoot });
  const tiny = ScenarioSchema.parse({ days: 1, population: { size: 100 } });
  const rounds = quick ? 2 : 3;
  const perRound = quick ? 2 : 4;
  print(`default scenario: ${scenario.population.size} shoppers × ${scenario.days} days; encoded result ${(encodePayload(simulate(tiny, {})).length / 1024).toFixed(1)} KB (tiny) / ${(encodePayload(simulate(scenario, { seed: 1 })).length / 1024).toFixed(0)} KB (default)`);
  const redis = await startRedis();
  try {
    const bare: number[] = [];
    await withWorkers(redis, 1, async (transport, pids) => {
      await queued(transport, scenario, 3, 1, pids); // the worker loads the engine and its JIT warms up
      // Fixed cost per task: tasks so small that the engine's share is negligible.
      bareCpuMs(scenario, 2, 1);
      const tinyBare = bareCpuMs(tiny, 200, 3);
      const tinyQueued = (await queued(transport, tiny, 200, 3, pids)).cpuMs / 200;
      print(`fixed CPU cost per task (1-day, 100-shopper task, 200 tasks, 1 worker): ${(tinyQueued - tinyBare).toFixed(1)} ms (queued ${tinyQueued.toFixed(1)} ms vs bare ${tinyBare.toFixed(1)} ms)`);
      const cpu: number[] = [];
      const wall: number[] = [];
      for (let round = 0; round < rounds; round++) {
        bare.push(bareCpuMs(scenario, perRound, 10 + round));
        const q = await queued(transport, scenario, perRound, 10 + round, pids);
        cpu.push(q.cpuMs / perRound);
        wall.push(q.wallMs / perRound);
      }
      const b = Math.min(...bare);
      const q = Math.min(...cpu);
      const result = simulate(scenario, { seed: 1 });
      const codecStart = ownCpuMs();
      for (let i = 0; i < 10; i++) decodePayload(encodePayload(result));
      const codecMs = (ownCpuMs() - codecStart) / 10;
      const fixedMs = tinyQueued - tinyBare;
      print(`encoding + decoding one default-scenario result: ${codecMs.toFixed(1)} CPU-ms; fixed cost + codec = ${pct((fixedMs + codecMs) / b)} of a bare replication (${b.toFixed(0)} CPU-ms)`);
      print(`default scenario, 1 worker: ${q.toFixed(0)} CPU-ms per task queued (workers + submitter + Redis) vs ${b.toFixed(0)} bare, cheapest of ${rounds} alternating rounds of ${perRound}: overhead ${pct(q / b - 1)} (wall ${Math.min(...wall).toFixed(0)} ms per task)`);
    });
    const b = Math.min(...bare);
    for (const k of [2, 4]) {
      await withWorkers(redis, k, async (transport, pids) => {
        await queued(transport, scenario, 3 * k, 1, pids);
        const n = perRound * k;
        const { wallMs, cpuMs } = await queued(transport, scenario, n, 20, pids);
        print(
          `default scenario, ${k} workers: ${n} tasks in ${(wallMs / 1000).toFixed(1)} s wall, ${(cpuMs / n).toFixed(0)} CPU-ms per task (${pct(cpuMs / n / b - 1)}); ` +
            `speed-up ×${((n * b) / wallMs).toFixed(2)} over bare CPU time, parallel efficiency ${(((n * b) / wallMs / Math.min(k, cpus)) * 100).toFixed(0)} % of ${Math.min(k, cpus)} cores`,
        );
      });
    }
  } finally {
    await redis.stop();
  }
  print(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus} cores (wall times and speed-ups need an otherwise idle machine)`);
}
