// The real worker thread of the worker_threads transport (cli/transport/worker.ts), made to die
// once mid-task: when the replication named by SHOPLAB_DIE_REPLICATION has run and the marker file
// SHOPLAB_DIE_MARKER does not exist yet, the thread writes the marker and exits with code 9 —
// after real work, as its result was about to be posted.
import { existsSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

const port = parentPort!;
const marker = process.env.SHOPLAB_DIE_MARKER ?? '';
const doomed = Number(process.env.SHOPLAB_DIE_REPLICATION ?? -1);
let replication = -1;
// The real worker's message listener is wrapped (not preceded by one of ours: the first listener
// attached starts the port, and a task delivered before the worker has loaded would be lost).
const on = port.on.bind(port);
port.on = ((event: string, listener: (message: { task: { replication?: number } }) => void) =>
  on(event, event !== 'message' ? listener : (message: { task: { replication?: number } }) => {
    replication = message.task.replication ?? -1;
    listener(message);
  })) as typeof port.on;
const post = port.postMessage.bind(port);
port.postMessage = (message: { type: string; done?: number }, transfer?: readonly ArrayBuffer[]) => {
  if (message.type === 'result' && replication === doomed && marker !== '' && !existsSync(marker)) {
    writeFileSync(marker, `replication ${replication} died before posting its result`);
    process.exit(9);
  }
  post(message, transfer as ArrayBuffer[]);
};
await import('../../cli/transport/worker.ts');
