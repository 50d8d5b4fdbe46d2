// Runner benchmark: what the experiment runner and its local transports cost per task against the
// bare engine on the default scenario — in this thread, and on 1 and 2 worker threads — over a
// short horizon (where a fixed per-task cost shows) and the scenario's own; and the parallel
// efficiency of 2 threads. Then the workbench benchmark's 100-replication shop (10k shoppers ×
// 180 days), to compare with the browser: the same replications on threads, with no page, no
// summaries and no charts. Thread start-up is measured apart, then every transport is warmed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFile } from '../../cli/scenario-file.ts';
import { WorkerThreadsTransport } from '../../cli/transport/worker-threads.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { parseScenarioText } from '../../sim/scenario/load.ts';
import { InThreadTransport } from '../../sim/experiment/in-thread.ts';
import { runExperiment } from '../../sim/experiment/runner.ts';
import type { Transport } from '../../sim/experiment/transport.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { modelsExecutor } from '../../models/task-executor.ts';
import { repoRoot } from '../cli/cli-fixture.ts';
import { SCALING_SHOP, scalingShopText } from './scaling-shop.ts';

const kpisOnly = (r: { kpis: unknown }) => r.kpis;

/** Rounds of each measurement; the fastest counts, as the one least disturbed by other load. */
const ROUNDS = 3;

/** Wall time (ms) of `tasks` replications of the bare engine, in this thread. */
function bareMs(scenario: Scenario, days: number, tasks: number): number {
  const started = performance.now();
  for (let r = 0; r < tasks; r++) simulate(scenario, { seed: 2, replication: r, days });
  return performance.now() - started;
}

/** Wall time (ms) of `tasks` replications through the runner on `transport`. */
async function runnerMs(transport: Transport, scenario: Scenario, days: number, tasks: number): Promise<number> {
  const started = performance.now();
  await runExperiment([{ scenario, seed: 2, days, replications: tasks }], { transport, map: kpisOnly });
  return performance.now() - started;
}

/** The compiled worker (lib/, built by `npm run build:lib`) when there is one: threads then start without tsx. */
function compiledWorker(): URL | undefined {
  const url = new URL('lib/cli/transport/worker.js', new URL(`file://${repoRoot}/`));
  return existsSync(url) ? url : undefined;
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const scenario = loadScenarioFile(join(repoRoot, 'scenarios', 'default.yaml'), { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: repoRoot });
  const entry = compiledWorker();
  const started = performance.now();
  const starting = new WorkerThreadsTransport(1, entry);
  await runExperiment([{ scenario, seed: 1, days: 1, replications: 1 }], { transport: starting });
  print(`worker thread start-up, ${entry ? 'compiled lib/' : 'TypeScript sources through tsx'} (fresh thread, one 1-day replication): ${(performance.now() - started).toFixed(0)} ms`);
  await starting.close();
  simulate(scenario, { seed: 1, replication: 0, days: 30 }); // JIT warm-up of this thread

  const scaling = parseScenarioText(scalingShopText(1));
  if (!scaling.ok) throw new Error('the workbench benchmark\'s shop does not load');
  const workloads = [
    { label: 'default scenario', scenario, days: 7, tasks: quick ? 8 : 24 },
    { label: 'default scenario', scenario, days: scenario.days, tasks: quick ? 2 : 8 },
    { label: "the workbench benchmark's shop", scenario: scaling.scenario, days: SCALING_SHOP.days, tasks: quick ? 8 : 40 },
  ];
  for (const { label, scenario, days, tasks } of workloads) {
    const configs: { name: string; threads: number; transport: Transport }[] = [
      { name: 'in-thread', threads: 1, transport: new InThreadTransport(modelsExecutor()) },
      { name: 'worker_threads ×1', threads: 1, transport: new WorkerThreadsTransport(1, entry) },
      { name: 'worker_threads ×2', threads: 2, transport: new WorkerThreadsTransport(2, entry) },
    ];
    // Warm every transport (threads started, engine compiled), then alternate bare and runner rounds.
    for (const { transport } of configs) await runExperiment([{ scenario, seed: 1, days, replications: 2 * transport.concurrency }], { transport, map: kpisOnly });
    let bareWall = Infinity;
    const walls = configs.map(() => Infinity);
    for (let round = 0; round < ROUNDS; round++) {
      bareWall = Math.min(bareWall, bareMs(scenario, days, tasks));
      for (let c = 0; c < configs.length; c++) walls[c] = Math.min(walls[c], await runnerMs(configs[c].transport, scenario, days, tasks));
    }
    const bare = bareWall / tasks;
    const oneThread = configs.findIndex((c) => c.name === 'worker_threads ×1');
    print(`${label} (${scenario.population.size} shoppers) × ${days} days, ${tasks} replications, best of ${ROUNDS}: bare engine ${bare.toFixed(1)} ms per replication`);
    for (let c = 0; c < configs.length; c++) {
      const config = configs[c];
      try {
        const wall = walls[c];
        const perTask = (wall * config.threads) / tasks;
        const overheadMs = perTask - bare;
        const efficiency = (tasks * bare) / (config.threads * wall);
        print(
          `  ${config.name.padEnd(18)} ${(wall / 1000).toFixed(2)} s wall, ${perTask.toFixed(1)} thread-ms per task ` +
            `(${overheadMs >= 0 ? '+' : ''}${overheadMs.toFixed(1)} ms, ${overheadMs >= 0 ? '+' : ''}${((overheadMs / bare) * 100).toFixed(1)} % vs bare)` +
            (config.threads > 1
              ? `, parallel efficiency ${(efficiency * 100).toFixed(0)} % (${((100 * walls[oneThread]) / (config.threads * wall)).toFixed(0)} % against one worker thread, as the workbench counts it), speed-up ×${((tasks * bare) / wall).toFixed(2)}`
              : ''),
        );
      } finally {
        await config.transport.close();
      }
    }
  }
}
