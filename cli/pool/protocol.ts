// Messages between the CLI's worker pool and its workers. Results travel as structured clones
// with their Float64Array buffers transferred, never copied.
import type { RunResult, Scenario } from '../../sim/index.ts';

/** Main → worker: simulate one replication of one scenario. */
export interface RunTaskMessage {
  type: 'run';
  task: number;
  scenario: Scenario;
  seed: number;
  replication: number;
  days?: number;
}

/** Worker → main. */
export type WorkerMessage =
  | { type: 'progress'; task: number; daysDone: number }
  | { type: 'result'; task: number; result: RunResult }
  | { type: 'error'; task: number; name: string; message: string; stack?: string };

/** Every ArrayBuffer behind a result's typed arrays, once each, for the transfer list. */
export function transferables(result: RunResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (arrays: Record<string, Float64Array>) => {
    for (const a of Object.values(arrays)) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  add(result.series);
  add(result.skuUnits);
  add(result.skuPrice);
  add(result.skuPromo);
  add(result.skuStock);
  return [...buffers];
}
