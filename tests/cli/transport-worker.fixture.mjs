// A stand-in worker for the worker_threads transport tests: its behaviour is chosen by the
// scenario name of each task ("exit", "exit-once:FILE", "bad-scenario", "hang"; else a fake result).
import { writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ task }) => {
  const mode = task.scenario.name;
  if (mode === 'exit') process.exit(3);
  if (mode.startsWith('exit-once:')) {
    // Exclusive create: of two threads that start at once, exactly one finds no marker and exits
    // (checking, then writing, let both exit now and then).
    let first = false;
    try {
      writeFileSync(mode.slice('exit-once:'.length), 'lost once', { flag: 'wx' });
      first = true;
    } catch {
      // Another thread was lost already.
    }
    if (first) process.exit(4);
  }
  if (mode === 'hang') {
    parentPort.postMessage({ type: 'progress', done: 1 });
    return;
  }
  if (mode === 'bad-scenario') {
    parentPort.postMessage({ type: 'error', name: 'ScenarioRunError', message: 'skus.x.replenishment.forecastModel: unknown forecaster "y"', path: 'skus.x.replenishment.forecastModel' });
    return;
  }
  const series = { orders: Float64Array.from([task.replication, task.seed]) };
  parentPort.postMessage({ type: 'progress', done: 2 });
  parentPort.postMessage({ type: 'result', result: { replication: task.replication, seed: task.seed, series, skuUnits: {}, skuPrice: {}, skuPromo: {}, skuStock: {} } }, [series.orders.buffer]);
});
