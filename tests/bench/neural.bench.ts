// Neural forecaster benchmark: training speed per backend on a panel of 200 series × 730 days,
// and accuracy against seasonal naive on the sample sales data (28-day holdout per series).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Rng } from '../../sim/random.ts';
import { activeBackend, neuralForecaster, selectBackend, trainGlobal, type NeuralBackendName, type NeuralSeries } from '../../models/neural/index.ts';

type Print = (line: string) => void;

const HOLDOUT_DAYS = 28;

export async function bench(print: Print, quick: boolean): Promise<void> {
  await speed(print, quick);
  await accuracy(print, quick);
}

/** Synthetic daily sales: weekly and yearly seasonality, promotions, price changes, Poisson noise. */
function syntheticPanel(count: number, days: number, seed: number): NeuralSeries[] {
  const rng = Rng.stream(seed, 0, 'forecast');
  const weekly = [0.8, 0.75, 0.8, 0.95, 1.15, 1.35, 1.2];
  return Array.from({ length: count }, (_, s) => {
    const level = Math.exp(rng.normal() * 1.2 + 2);
    const y = new Float64Array(days);
    const price = new Float64Array(days);
    const promo = new Float64Array(days);
    const listPrice = 20 + 200 * rng.next();
    for (let t = 0; t < days; t++) {
      promo[t] = rng.bernoulli(0.05) ? 1 : 0;
      price[t] = listPrice * (promo[t] ? 0.8 : 1);
      const yearly = 1 + 0.3 * Math.sin((2 * Math.PI * t) / 365.25);
      y[t] = rng.poisson(level * weekly[t % 7] * yearly * (promo[t] ? 1.8 : 1));
    }
    return { id: `syn-${s}`, y, seasonLength: 7, startDate: '2024-01-01', covariates: { price, promo } };
  });
}

async function speed(print: Print, quick: boolean): Promise<void> {
  const full = quick ? 20 : 200;
  const panel = syntheticPanel(full, 730, 1);
  print(`training speed: ${full} series × 730 days, lags 28, horizon 28, 64×2 hidden units, batch 256`);
  for (const backend of ['tensorflow', 'wasm', 'cpu'] as NeuralBackendName[]) {
    try {
      await selectBackend({ prefer: backend, strict: true });
    } catch (error) {
      print(`  ${backend}: not available (${(error as Error).message.replace(/^no TensorFlow.js backend could start \(\w+: /, '').replace(/\)$/, '')})`);
      continue;
    }
    // The JavaScript backend is ~15× slower: time it on a tenth of the panel and scale up.
    const share = backend === 'cpu' ? Math.max(1, Math.round(full / 10)) : full;
    const model = trainGlobal(panel.slice(0, share), { epochs: quick ? 1 : 2 });
    const t = model.training!;
    model.dispose();
    const perWindow = t.secondsPerEpoch / t.windows;
    const fullWindows = t.windows * (full / share);
    const scaled = share < full ? ` → ${(perWindow * fullWindows).toFixed(1)} s per epoch of all ${fullWindows} windows (scaled)` : '';
    print(`  ${activeBackend()}: ${t.secondsPerEpoch.toFixed(2)} s per epoch of ${t.windows} windows (${Math.round(1 / perWindow)} windows/s)${scaled}`);
  }
}

/** The sample sales panel (or a synthetic one when the sample file or its reader is missing). */
async function loadPanel(print: Print): Promise<NeuralSeries[]> {
  try {
    const data = await import('../../models/data/index.ts');
    const path = fileURLToPath(new URL('../../models/data/sample-sales.csv', import.meta.url));
    const read = data.readSalesCsv(await readFile(path, 'utf8'));
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
    print(`accuracy on models/data/sample-sales.csv (${read.data.ids.length} series), last ${HOLDOUT_DAYS} days held out`);
    return read.data.ids.map((id, i) => {
      const s = data.seriesInput(read.data, i);
      const startDate = new Date(read.data.startDay[i] * 86_400_000).toISOString().slice(0, 10);
      return { id, startDate, y: s.y, seasonLength: s.seasonLength, covariates: s.covariates };
    });
  } catch (error) {
    print(`sample sales unavailable (${(error as Error).message}); accuracy on 30 synthetic series instead`);
    return syntheticPanel(30, 730, 7);
  }
}

async function accuracy(print: Print, quick: boolean): Promise<void> {
  const panel = await loadPanel(print);
  const lags = 28;
  const usable = panel.filter((s) => s.y.length >= lags + HOLDOUT_DAYS);
  const cut = usable.map((s) => cutSeries(s, s.y.length - HOLDOUT_DAYS));
  const skipped = panel.length - usable.length;
  await selectBackend();
  const epochs = quick ? 5 : 30;
  const started = performance.now();
  const model = trainGlobal(cut.map((c) => c.history), { lags, horizon: HOLDOUT_DAYS, epochs, seed: 1 });
  const trainSeconds = (performance.now() - started) / 1000;
  const forecasts = model.predictBatch(cut.map((c) => c.history), HOLDOUT_DAYS, { levels: [80] });
  model.dispose();
  let neuralMase = 0;
  let naiveMase = 0;
  let neuralMae = 0;
  let naiveMae = 0;
  let covered = 0;
  let neuralPinball = 0;
  let naivePinball = 0;
  cut.forEach(({ history, actual }, i) => {
    const y = history.y;
    const naive = Float64Array.from({ length: HOLDOUT_DAYS }, (_, d) => y[y.length - 7 + (d % 7)]);
    const scale = seasonalScale(y, 7);
    const f = forecasts[i];
    const nMae = meanAbs(f.mean, actual);
    const sMae = meanAbs(naive, actual);
    neuralMae += nMae;
    naiveMae += sMae;
    neuralMase += nMae / scale;
    naiveMase += sMae / scale;
    neuralPinball += pinball(actual, f.quantiles.get(0.5)!, 0.5) / scale;
    naivePinball += pinball(actual, naive, 0.5) / scale;
    for (let d = 0; d < HOLDOUT_DAYS; d++) if (actual[d] >= f.quantiles.get(0.1)![d] && actual[d] <= f.quantiles.get(0.9)![d]) covered++;
  });
  const n = cut.length;
  print(`  neural: trained ${epochs} epochs on ${activeBackend()} in ${trainSeconds.toFixed(1)} s; ${n} series scored${skipped ? `, ${skipped} too short for a ${lags}-day lag window plus the holdout` : ''}`);
  print(`  mean MASE:          neural ${(neuralMase / n).toFixed(3)}   seasonal naive ${(naiveMase / n).toFixed(3)}`);
  print(`  mean MAE (units):   neural ${(neuralMae / n).toFixed(2)}   seasonal naive ${(naiveMae / n).toFixed(2)}`);
  print(`  scaled pinball 0.5: neural ${(neuralPinball / n).toFixed(3)}   seasonal naive ${(naivePinball / n).toFixed(3)}`);
  print(`  80 % interval coverage (neural): ${((100 * covered) / (n * HOLDOUT_DAYS)).toFixed(1)} %`);
  perSeries(print, cut, quick);
}

/** The same holdout through the single-series Forecaster interface (one network per series). */
function perSeries(print: Print, cut: { history: NeuralSeries; actual: Float64Array }[], quick: boolean): void {
  const forecaster = neuralForecaster(quick ? { epochs: 5 } : {});
  const started = performance.now();
  let neuralMase = 0;
  let naiveMase = 0;
  let n = 0;
  for (const { history, actual } of cut) {
    if (history.y.length < forecaster.minLength) continue;
    const y = history.y;
    const f = forecaster.forecast(history, HOLDOUT_DAYS);
    const naive = Float64Array.from({ length: HOLDOUT_DAYS }, (_, d) => y[y.length - 7 + (d % 7)]);
    neuralMase += meanAbs(f.mean, actual) / seasonalScale(y, 7);
    naiveMase += meanAbs(naive, actual) / seasonalScale(y, 7);
    n++;
  }
  const seconds = (performance.now() - started) / 1000;
  print(`  per series (Forecaster interface, ${quick ? 5 : 'default 20'} epochs, ${n} series of ≥ ${forecaster.minLength} days, ${(seconds / n).toFixed(1)} s each):`);
  print(`    mean MASE:        neural ${(neuralMase / n).toFixed(3)}   seasonal naive ${(naiveMase / n).toFixed(3)}`);
}

function cutSeries(s: NeuralSeries, days: number): { history: NeuralSeries; actual: Float64Array } {
  const covariates = s.covariates ? Object.fromEntries(Object.entries(s.covariates).map(([k, v]) => [k, v.slice(0, days)])) : undefined;
  const futureCovariates = s.covariates ? Object.fromEntries(Object.entries(s.covariates).map(([k, v]) => [k, v.slice(days)])) : undefined;
  return { history: { ...s, y: s.y.slice(0, days), covariates, futureCovariates }, actual: s.y.slice(days) };
}

/** In-sample MAE of the seasonal naive forecast (MASE denominator). */
function seasonalScale(y: Float64Array, season: number): number {
  let sum = 0;
  for (let t = season; t < y.length; t++) sum += Math.abs(y[t] - y[t - season]);
  const scale = sum / Math.max(1, y.length - season);
  return scale > 0 ? scale : 1;
}

function meanAbs(f: ArrayLike<number>, a: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(f[i] - a[i]);
  return sum / a.length;
}

function pinball(a: ArrayLike<number>, q: ArrayLike<number>, tau: number): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const e = a[i] - q[i];
    sum += Math.max(tau * e, (tau - 1) * e);
  }
  return sum / a.length;
}
