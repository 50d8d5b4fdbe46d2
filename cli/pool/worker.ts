// A pool worker: simulates the replications the main thread sends and posts each result back
// with its typed arrays transferred. Progress is posted after every simulated day.
import { parentPort } from 'node:worker_threads';
import { simulate } from '../../sim/index.ts';
import { forecastersFor } from '../forecasters.ts';
import { transferables, type RunTaskMessage, type WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('cli/pool/worker.ts must run in a worker thread');

port.on('message', async (message: RunTaskMessage) => {
  const { task } = message;
  try {
    const forecasters = await forecastersFor([message.scenario]);
    const result = simulate(message.scenario, {
      seed: message.seed,
      replication: message.replication,
      days: message.days,
      forecasters,
      onProgress: (daysDone) => port.postMessage({ type: 'progress', task, daysDone } satisfies WorkerMessage),
    });
    port.postMessage({ type: 'result', task, result } satisfies WorkerMessage, transferables(result));
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'error', task, name: e.name, message: e.message, stack: e.stack } satisfies WorkerMessage);
  }
});
