// Workbench benchmark in Chromium: time from Run to the first finished replication, the first
// (progressive) and the final KPI cards for the default scenario with the worst main-thread task
// meanwhile, a lever move to the first refreshed KPIs (live mode), 100 replications with 1, 2 and
// N workers (parallel efficiency, and where the CPU went), and the JavaScript fetched before the first run (gzip). Builds the app and serves it with
// `vite preview`; skips with a message when Chromium is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { timeLeverChange, timeRun } from './workbench-live.ts';
import { LIVE_DEBOUNCE_MS } from '../../ui/run/live.svelte.ts';
import { freePort } from '../queue/redis-fixture.ts';
import { busiest, cpuBetween, threadCpu } from './thread-cpu.ts';
import { SCALING_SHOP, scalingShopText } from './scaling-shop.ts';
import { quantileSorted } from '../../sim/math/quantile.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What the lever figure includes. */
const LIVE_NOTE = `including the ${LIVE_DEBOUNCE_MS} ms the lever must rest before the re-run starts`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Page = import('@playwright/test').Page;

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

/** The median (NaN for none). */
function median(values: number[]): number {
  return quantileSorted([...values].sort((a, b) => a - b), 0.5);
}

/** Waits until the page's workers are warm and the machine has had a second to settle. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { shoplab: { pool: { whenWarm(): Promise<void> } } }).shoplab.pool.whenWarm());
  await page.waitForTimeout(1000);
}

/**
 * Runs `reps` replications of the scenario in the editor through the page's runner and worker
 * pool with nothing done with the results (no summaries, no charts; the progress bar still
 * moves): the runner, the transport and the engine alone (ms).
 */
async function poolOnly(page: Page, reps: number): Promise<number> {
  return page.evaluate(async (count) => {
    type Shoplab = { run: { execute(jobs: object[]): Promise<unknown> }; editor: { scenario: { seed: number } } };
    const w = (globalThis as unknown as { shoplab: Shoplab }).shoplab;
    const scenario = w.editor.scenario;
    const started = performance.now();
    await w.run.execute([{ scenario, seed: scenario.seed, replications: count }]);
    return performance.now() - started;
  }, reps);
}

async function setScenario(page: Page, text: string): Promise<void> {
  await page.getByTestId('source-tab').click();
  await page.getByTestId('source').fill(text);
  await page.getByText('Valid scenario').waitFor({ timeout: 30_000 });
}

/** Clicks Run and waits for the run to finish; returns the page's own timings (ms). */
async function timedRun(page: Page): Promise<{ firstMs: number; kpisMs: number; totalMs: number; summariseMs: number }> {
  const t0 = Date.now();
  await page.getByTestId('run').click();
  await page.getByTestId('kpi-cards').waitFor({ timeout: 900_000 });
  await page.waitForFunction(() => (globalThis as unknown as { shoplab: { run: { status: string } } }).shoplab.run.status === 'done', undefined, { timeout: 900_000 });
  const kpisMs = Date.now() - t0;
  const own = await page.evaluate(() => {
    const run = (globalThis as unknown as { shoplab: { run: { firstResultMs: number; elapsedMs: number; summariseMs: number } } }).shoplab.run;
    return { firstMs: run.firstResultMs, totalMs: run.elapsedMs, summariseMs: run.summariseMs };
  });
  return { ...own, kpisMs };
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    print(`skipped: Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
    return;
  }
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const base = `http://127.0.0.1:${port}/`;
    await waitForServer(base, 30_000);
    const cores = os.cpus().length;

    // 1. JavaScript fetched before the first run (page + workers started at load), gzipped.
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const scripts = new Set<string>();
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(base);
    await page.getByText('Valid scenario').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const gz = (path: string) => gzipSync(readFileSync(`dist${path}`)).length;
    const pageJs = [...scripts].filter((p) => p.includes('/index-'));
    print(`JavaScript before the first run: page ${(pageJs.reduce((s, p) => s + gz(p), 0) / 1024).toFixed(1)} KiB gzip; with the warm workers ${([...scripts].reduce((s, p) => s + gz(p), 0) / 1024).toFixed(1)} KiB gzip (${scripts.size} files)`);

    // 2. Run → first replication and → KPI cards, default scenario (quick: 4 replications × 90 days).
    const defaultText = readFileSync('scenarios/default.yaml', 'utf8');
    const text = quick ? defaultText.replace(/^days: \d+/m, 'days: 90').replace(/^replications: \d+/m, 'replications: 4') : defaultText;
    if (quick) await setScenario(page, text);
    const label = `default scenario${quick ? ' (quick: 4 reps × 90 days)' : ''}`;
    // The first Run after the page opened, untraced; then the same run again with the main thread watched.
    const run = await timeRun(browser, page, false);
    print(`${label}: Run → first replication ${(run.firstReplicationMs / 1000).toFixed(2)} s, → first KPIs ${(run.firstKpisMs / 1000).toFixed(2)} s, → final KPIs ${(run.finalKpisMs / 1000).toFixed(2)} s (${cores} cores, ${await page.evaluate(() => navigator.hardwareConcurrency)} workers; first Run after opening the page)`);
    const watched = await timeRun(browser, page);
    print(`${label}: worst main-thread task during a run ${watched.worstWallMs.toFixed(0)} ms wall; most CPU in one task ${watched.worstCpuMs.toFixed(0)} ms; ${watched.longTasks} long task(s) over 50 ms wall (Chromium tracing on)`);
    // 2b. Live what-if: one step of the paid-search budget lever → refreshed KPIs.
    const lever = await timeLeverChange(page, 'channels.paid_search.budgetPerDayCny');
    print(`${label}: lever change → first refreshed KPIs ${(lever.firstKpisMs / 1000).toFixed(2)} s, → full run ${(lever.finalKpisMs / 1000).toFixed(2)} s (live mode, ${LIVE_NOTE})`);
    await page.close();

    // 3. 100 replications on 1, 2 and N workers (a smaller shop, so the 1-worker run stays short).
    // Rounds alternate the worker counts, because this machine's speed drifts over minutes. In each
    // fresh page: the first Run after opening it, a warm Run (another seed; the workers' code is
    // optimised by then) with the CPU of every Chromium thread read from /proc, and the same
    // replications with nothing done with their results (no summaries, no charts: the runner, the
    // transport and the engine alone, for comparison).
    const shop = quick ? { size: 5000, days: 60, replications: 12 } : SCALING_SHOP;
    const { size, days, replications: reps } = shop;
    const rounds = quick ? 1 : 3;
    const scaling = (seed: number) => scalingShopText(seed, shop);
    const counts = [...new Set([1, 2, cores])];
    type Figures = { first: number[]; warm: number[]; pool: number[]; simulationMs: number[]; otherMs: number[]; other: Map<string, number> };
    const figures = new Map<number, Figures>(counts.map((n) => [n, { first: [], warm: [], pool: [], simulationMs: [], otherMs: [], other: new Map() }]));
    for (let round = 0; round < rounds; round++) {
      for (const workers of counts) {
        const f = figures.get(workers)!;
        const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await p.goto(`${base}?workers=${workers}`);
        await p.getByText('Valid scenario').waitFor({ timeout: 30_000 });
        await setScenario(p, scaling(1));
        await settle(p);
        f.first.push((await timedRun(p)).totalMs);
        await setScenario(p, scaling(2));
        await settle(p);
        const before = threadCpu();
        f.warm.push((await timedRun(p)).totalMs);
        const after = threadCpu();
        const simulation = new Set(busiest(before, after, 64).filter((id) => after.get(id)!.name.includes('DedicatedWorker')).slice(0, workers));
        const cpu = cpuBetween(before, after, simulation);
        f.simulationMs.push(cpu.simulationMs);
        f.otherMs.push(cpu.otherMs);
        for (const [kind, ms] of cpu.byKind) f.other.set(kind, (f.other.get(kind) ?? 0) + ms / rounds);
        await settle(p);
        f.pool.push(await poolOnly(p, reps));
        await p.close();
      }
    }
    const one = figures.get(1)!;
    const efficiency = (single: number[], many: number[], workers: number) => `${((100 * median(single)) / (workers * median(many))).toFixed(0)} %`;
    for (const [workers, f] of figures) {
      const secs = (a: number[]) => `${(median(a) / 1000).toFixed(2)} s`;
      const eff = workers === 1 ? '' : `; parallel efficiency ${efficiency(one.first, f.first, workers)} first, ${efficiency(one.warm, f.warm, workers)} warm, ${efficiency(one.pool, f.pool, workers)} results unused`;
      print(`${reps} replications (${size} shoppers × ${days} days), ${workers} worker(s), medians of ${rounds}: first Run ${secs(f.first)}, warm Run ${secs(f.warm)}, results unused ${secs(f.pool)}${eff}`);
      if (median(f.simulationMs) > 0) {
        const top = [...f.other].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(2)}`).join(', ');
        print(`  warm Run's CPU: simulation workers ${(median(f.simulationMs) / 1000).toFixed(2)} s, everything else ${(median(f.otherMs) / 1000).toFixed(2)} s (mean by thread: ${top})`);
      }
    }
    print(`(load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cores} cores — shared machines inflate every figure)`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
