// A stand-in pool worker for tests: its behaviour is chosen by the scenario name of each task.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (m) => {
  const mode = m.scenario.name;
  if (mode === 'throw') throw new Error('boom in the worker');
  if (mode === 'exit') process.exit(3);
  if (mode === 'hang') {
    parentPort.postMessage({ type: 'progress', task: m.task, daysDone: 1 });
    return;
  }
  if (mode === 'bad-scenario') {
    parentPort.postMessage({ type: 'error', task: m.task, name: 'ScenarioRunError', message: 'skus.x.replenishment.forecastModel: unknown forecaster "y"' });
    return;
  }
  const series = { orders: Float64Array.from([m.replication, m.seed]) };
  parentPort.postMessage({ type: 'progress', task: m.task, daysDone: 2 });
  parentPort.postMessage({ type: 'result', task: m.task, result: { replication: m.replication, seed: m.seed, series, skuUnits: {}, skuPrice: {}, skuPromo: {}, skuStock: {} } }, [series.orders.buffer]);
});
