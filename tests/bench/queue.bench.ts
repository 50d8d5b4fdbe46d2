// Queue benchmark: what the BullMQ transport costs per task against the bare engine, on the
// default scenario, with 1, 2 and 4 `shoplab worker` processes (one task at a time each) and a
// redis-server on loopback; and how well the workers share the load (parallel efficiency).
// Bare and queued batches alternate, and each side keeps its fastest round, so a machine whose
// load drifts during the benchmark compares like with like.
import { join } from 'node:path';
import { encodePayload } from '../../cli/queue/codec.ts';
import { parseRedisUrl } from '../../cli/queue/redis-url.ts';
import { openQueueTransport, type QueueTransport } from '../../cli/queue/transport.ts';
import { loadScenarioFile } from '../../cli/scenario-file.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { runExperiment } from '../../sim/experiment/runner.ts';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/schema.ts';
import { repoRoot } from '../cli/cli-fixture.ts';
import { HAS_REDIS, startRedis, startWorkers, type Started, type TestRedis } from '../queue/redis-fixture.ts';

/** Milliseconds per replication of `n` replications in this thread. */
function bareMs(scenario: Scenario, n: number, seed: number): number {
  const started = performance.now();
  for (let r = 0; r < n; r++) simulate(scenario, { seed, replication: r });
  return (performance.now() - started) / n;
}

/** Wall milliseconds of `n` replications through the queue. */
async function queuedMs(transport: QueueTransport, scenario: Scenario, n: number, seed: number): Promise<number> {
  const started = performance.now();
  await runExperiment([{ scenario, seed, replications: n }], { transport });
  return performance.now() - started;
}

/** Runs `body` with `k` workers serving a fresh queue and a transport to it. */
async function withWorkers<T>(redis: TestRedis, k: number, body: (transport: QueueTransport) => Promise<T>): Promise<T> {
  const queue = `bench-${k}-${Date.now()}`;
  let workers: Started[] = [];
  try {
    workers = await startWorkers(k, redis.url, ['--queue', queue, '--concurrency', '1'], 300_000);
    const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue });
    try {
      return await body(transport);
    } finally {
      await transport.close();
    }
  } finally {
    await Promise.all(workers.map((w) => w.stop('SIGTERM')));
  }
}

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
    await withWorkers(redis, 1, async (transport) => {
      await queuedMs(transport, scenario, 2, 1); // the worker loads the engine and warms up
      // Fixed cost per task: tasks so small that the engine's time is negligible.
      const tinyBare = bareMs(tiny, 200, 3);
      const tinyQueued = (await queuedMs(transport, tiny, 200, 3)) / 200;
      print(`fixed cost per task (1-day, 100-shopper task, 200 tasks, 1 worker): ${(tinyQueued - tinyBare).toFixed(2)} ms (queued ${tinyQueued.toFixed(2)} ms vs bare ${tinyBare.toFixed(2)} ms)`);
      const queued: number[] = [];
      for (let round = 0; round < rounds; round++) {
        bare.push(bareMs(scenario, perRound, 10 + round));
        queued.push((await queuedMs(transport, scenario, perRound, 10 + round)) / perRound);
      }
      const b = Math.min(...bare);
      const q = Math.min(...queued);
      print(`default scenario, 1 worker: ${q.toFixed(0)} ms per task queued vs ${b.toFixed(0)} ms bare (fastest of ${rounds} alternating rounds of ${perRound}): overhead ${pct(q / b - 1)}`);
    });
    const b = Math.min(...bare);
    for (const k of [2, 4]) {
      await withWorkers(redis, k, async (transport) => {
        await queuedMs(transport, scenario, 2 * k, 1);
        const n = perRound * k;
        const wall = await queuedMs(transport, scenario, n, 20);
        print(`default scenario, ${k} workers: ${n} tasks in ${(wall / 1000).toFixed(1)} s, speed-up ×${((n * b) / wall).toFixed(2)} over bare, parallel efficiency ${(((n * b) / wall / k) * 100).toFixed(0)} %`);
      });
    }
  } finally {
    await redis.stop();
  }
}
