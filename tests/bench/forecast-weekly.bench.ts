// Weekly retail benchmark on the SYNTHETIC panel of tests/fixtures/retail-panel.ts (70 stores ×
// 38 departments = 2,660 series of 143 weeks): every model forecasts the last 8 weeks from the 135
// before, with the Chinese event calendar and the planned promotions as known covariates. Prints
// MASE, RMSSE (and its ratio to seasonal naive), 80/95 % coverage and time per model; then `auto`
// on all 2,660 full series over worker threads (one per core, up to 2), wall and CPU time.
// FORECAST_WEEKLY_SERIES=N scores the first N series only; FORECAST_WEEKLY_MODELS=a,b picks models.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import os from 'node:os';
import { getForecaster } from '../../models/registry.ts';
import { withFallback } from '../../models/fallback.ts';
import { scoreWindows } from '../../models/backtest/score.ts';
import type { SeriesInput } from '../../models/forecaster.ts';
import { chinaRetailEvents } from '../../models/calendar/china-retail.ts';
import { retailPanel, type RetailPanel } from '../fixtures/retail-panel.ts';

const H = 8;
const SEASON = 52;
const LEVELS = [80, 95];

/** Series k of the panel as forecaster input cut at `cutoff`, with events and promo as covariates known `h` ahead. */
export function weeklyInput(panel: RetailPanel, events: Record<string, Float64Array>, k: number, cutoff: number, h: number): SeriesInput {
  const s = panel.series[k];
  const covariates: Record<string, Float64Array> = {};
  const futureCovariates: Record<string, Float64Array> = {};
  const all: Record<string, Float64Array> = { ...events, promo: s.promo };
  for (const [name, values] of Object.entries(all)) {
    covariates[name] = values.subarray(0, cutoff);
    futureCovariates[name] = values.subarray(cutoff, cutoff + h);
  }
  return { y: s.y.subarray(0, cutoff), seasonLength: SEASON, covariates, futureCovariates };
}

interface Row {
  model: string;
  mase: number;
  rmsse: number;
  cover80: number;
  cover95: number;
  seconds: number;
  fallbacks: number;
}

function scoreModel(name: string, panel: RetailPanel, events: Record<string, Float64Array>, count: number): Row {
  const forecaster = withFallback(getForecaster(name));
  const cutoff = panel.length - H;
  let mase = 0, rmsse = 0, c80 = 0, c95 = 0, fallbacks = 0;
  const started = performance.now();
  for (let k = 0; k < count; k++) {
    const input = weeklyInput(panel, events, k, cutoff, H);
    const forecast = forecaster.forecast(input, H, { levels: LEVELS, nonNegative: true, seed: k });
    if (forecast.note) fallbacks++;
    const y = panel.series[k].y;
    const scores = scoreWindows([{ cutoff, actual: y.slice(cutoff, cutoff + H), forecast }], y, SEASON, LEVELS);
    mase += scores.mase;
    rmsse += scores.rmsse;
    c80 += scores.coverage[80];
    c95 += scores.coverage[95];
  }
  const seconds = (performance.now() - started) / 1000;
  return { model: name, mase: mase / count, rmsse: rmsse / count, cover80: c80 / count, cover95: c95 / count, seconds, fallbacks };
}

/** Inputs of series [from, to) of the full panel for h = 8, and `auto`. */
function prepareSlice(from: number, to: number) {
  const panel = retailPanel();
  const events = chinaRetailEvents(panel.startDay, panel.periodDays, panel.length + H);
  const auto = withFallback(getForecaster('auto'));
  const chosen: Record<string, number> = {};
  const inputs: SeriesInput[] = [];
  for (let k = from; k < to; k++) {
    const input = weeklyInput(panel, events, k, panel.length, H);
    // Promotions planned for the next 8 weeks: none (a known future of zeros).
    input.futureCovariates!.promo = new Float64Array(H);
    inputs.push(input);
  }
  // Ready: modules loaded and data made. Wait for the main thread's go, so that its clocks
  // measure only the forecasting.
  return { inputs, auto, chosen };
}

function forecastAll(prepared: ReturnType<typeof prepareSlice>): { ms: number; chosen: Record<string, number> } {
  const { inputs, auto, chosen } = prepared;
  const started = performance.now();
  for (const input of inputs) {
    const output = auto.forecast(input, H, { levels: LEVELS, nonNegative: true });
    // Combinations counted by their members in name order: "mean(dhr+theta)".
    const label = (/chose (\S+)/.exec(output.detail ?? '')?.[1] ?? output.model).replace(/\((.*)\)/, (_, members: string) => `(${members.split('+').sort().join('+')})`);
    chosen[label] = (chosen[label] ?? 0) + 1;
  }
  return { ms: performance.now() - started, chosen };
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === 'forecast-weekly-bench') {
  const { from, to } = workerData as { from: number; to: number };
  const prepared = prepareSlice(from, to);
  parentPort!.once('message', () => parentPort!.postMessage(forecastAll(prepared)));
  parentPort!.postMessage('ready');
}

/** Starts a worker on series [from, to); resolves with it once it is ready to forecast. */
function startWorker(from: number, to: number): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { kind: 'forecast-weekly-bench', from, to } });
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function runWorker(worker: Worker): Promise<{ ms: number; chosen: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    worker.once('message', (result) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
    worker.postMessage('go');
  });
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const panel = retailPanel();
  const events = chinaRetailEvents(panel.startDay, panel.periodDays, panel.length);
  const count = Math.min(panel.series.length, Number(process.env.FORECAST_WEEKLY_SERIES) || (quick ? 200 : panel.series.length));
  const models = (process.env.FORECAST_WEEKLY_MODELS ?? 'snaive,ets,hw,theta,autotheta,stl,dhr,arima,auto').split(',').filter(Boolean);
  print(`SYNTHETIC weekly retail panel (tests/fixtures/retail-panel.ts, seed 2026): ${panel.series.length} series × ${panel.length} weeks; scored: the first ${count}, last ${H} weeks from the ${panel.length - H} before (load now ${os.loadavg()[0].toFixed(1)})`);
  print(`${'model'.padEnd(12)}   MASE  RMSSE  RMSSE/snaive  cover80%  cover95%   s (1 thread)  fallbacks`);
  const rows: Row[] = [];
  for (const name of models) {
    const row = scoreModel(name, panel, events, count);
    rows.push(row);
    const base = rows.find((r) => r.model === 'snaive') ?? row;
    print(`${name.padEnd(12)} ${row.mase.toFixed(3).padStart(6)} ${row.rmsse.toFixed(3).padStart(6)} ${(row.rmsse / base.rmsse).toFixed(3).padStart(13)} ${(100 * row.cover80).toFixed(0).padStart(9)} ${(100 * row.cover95).toFixed(0).padStart(9)} ${row.seconds.toFixed(2).padStart(14)} ${String(row.fallbacks).padStart(10)}`);
  }

  if (process.env.FORECAST_WEEKLY_SPEED === '0') return;
  const total = quick ? 200 : panel.series.length;
  const workers = Math.max(1, Math.min(2, Number(process.env.FORECAST_BENCH_WORKERS) || os.cpus().length));
  const chunk = Math.ceil(total / workers);
  const ready = await Promise.all(Array.from({ length: workers }, (_, w) => startWorker(w * chunk, Math.min(total, (w + 1) * chunk))));
  // process.cpuUsage counts every thread: the CPU the workers spent forecasting, whatever else loads the machine.
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const slices = await Promise.all(ready.map(runWorker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const forecastSeconds = Math.max(...slices.map((s) => s.ms)) / 1000;
  const chosen: Record<string, number> = {};
  for (const s of slices) for (const [k, v] of Object.entries(s.chosen)) chosen[k] = (chosen[k] ?? 0) + v;
  print(`auto on ${total} series × ${panel.length} weeks, h = ${H}, ${workers} worker thread(s): ${seconds.toFixed(1)} s wall (slowest worker ${forecastSeconds.toFixed(1)} s; goal ≤ 5 s for 2,660 on 2 cores)`);
  print(`  CPU time ${cpuSeconds.toFixed(1)} s = ${((1000 * cpuSeconds) / total).toFixed(2)} ms per series; on ${workers} idle core(s) ≈ ${(cpuSeconds / workers).toFixed(1)} s (load now ${os.loadavg()[0].toFixed(1)}: wall time is inflated when the machine is shared)`);
  print(`  chosen: ${Object.entries(chosen).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
