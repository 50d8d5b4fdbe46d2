// Queue benchmark: what the BullMQ transport costs per task against the bare engine, on the
// default scenario, with 1, 2 and 4 `shoplab worker` processes (one task at a time each) and a
// redis-server on loopback; and how well the workers share the load (parallel efficiency).
import { join } from 'node:path';
import { loadScenarioFile } from '../../cli/scenario-file.ts';
import { encodePayload } from '../../cli/queue/codec.ts';
import { parseRedisUrl } from '../../cli/queue/redis-url.ts';
import { openQueueTransport } from '../../cli/queue/transport.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { runExperiment } from '../../sim/experiment/runner.ts';
import { repoRoot } from '../cli/cli-fixture.ts';
import { HAS_REDIS, startRedis, startWorkers, type Started } from '../queue/redis-fixture.ts';

const WORKER_COUNTS = [1, 2, 4];

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  if (!HAS_REDIS) {
    print('skipped: redis-server is not installed (apt-get install -y redis-server)');
    return;
  }
  const scenario = loadScenarioFile(join(repoRoot, 'scenarios', 'default.yaml'), { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: repoRoot });
  const tasks = quick ? 8 : 24;

  simulate(scenario, { seed: 1, replication: 0 }); // warm-up (JIT)
  let started = performance.now();
  let payloadBytes = 0;
  for (let r = 0; r < tasks; r++) {
    const result = simulate(scenario, { seed: 2, replication: r });
    if (r === 0) payloadBytes = encodePayload(result).length;
  }
  const bareMs = (performance.now() - started) / tasks;
  print(`default scenario (${scenario.population.size} shoppers × ${scenario.days} days), ${tasks} replications per configuration`);
  print(`bare engine, this thread: ${bareMs.toFixed(0)} ms per replication; encoded result ${(payloadBytes / 1024).toFixed(0)} KB`);

  const redis = await startRedis();
  try {
    for (const k of WORKER_COUNTS) {
      const queue = `bench-${k}`;
      let workers: Started[] = [];
      try {
        workers = await startWorkers(k, redis.url, ['--queue', queue, '--concurrency', '1'], 300_000);
        const transport = await openQueueTransport({ target: parseRedisUrl(redis.url), queue });
        try {
          // Every worker loads the engine and warms up before the timed run.
          await runExperiment([{ scenario, seed: 1, replications: 2 * k }], { transport });
          started = performance.now();
          await runExperiment([{ scenario, seed: 2, replications: tasks }], { transport });
          const wallMs = performance.now() - started;
          const perTaskMs = (wallMs * k) / tasks;
          const overhead = perTaskMs / bareMs - 1;
          const efficiency = (tasks * bareMs) / (k * wallMs);
          print(
            `BullMQ, ${k} worker process${k === 1 ? '' : 'es'}: ${(wallMs / 1000).toFixed(2)} s wall, ${perTaskMs.toFixed(0)} worker-ms per task ` +
              `(${overhead >= 0 ? '+' : ''}${(overhead * 100).toFixed(1)} % vs bare), parallel efficiency ${(efficiency * 100).toFixed(0)} %, speed-up ×${((tasks * bareMs) / wallMs).toFixed(2)}`,
          );
        } finally {
          await transport.close();
        }
      } finally {
        await Promise.all(workers.map((w) => w.stop('SIGTERM')));
      }
    }
  } finally {
    await redis.stop();
  }
}
