// Workbench benchmark in Chromium: time from Run to the first finished replication, the first
// (progressive) and the final KPI cards for the default scenario with the worst main-thread task
// meanwhile, a lever move to the first refreshed KPIs (live mode), 100 replications with 1, 2 and
// N workers (parallel efficiency), and the JavaScript fetched before the first run (gzip). Builds the app and serves it with
// `vite preview`; skips with a message when Chromium is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { timeLeverChange, timeRun } from './workbench-live.ts';
import { LIVE_DEBOUNCE_MS } from '../../ui/run/live.svelte.ts';
import { freePort } from '../queue/redis-fixture.ts';

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

    // 3. 100 replications with 1, 2 and N workers (smaller shop so the 1-worker run stays short).
    const reps = quick ? 12 : 100;
    const scaling = `name: Scaling shop\ndays: ${quick ? 60 : 180}\nreplications: ${reps}\npopulation:\n  size: ${quick ? 5000 : 10000}\n`;
    const counts = [...new Set([1, 2, cores])];
    let single = NaN;
    for (const workers of counts) {
      const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await p.goto(`${base}?workers=${workers}`);
      await p.getByText('Valid scenario').waitFor({ timeout: 30_000 });
      await setScenario(p, scaling);
      const r = await timedRun(p);
      if (workers === 1) single = r.totalMs;
      const speedup = single / r.totalMs;
      print(`${reps} replications (${quick ? 5000 : 10000} shoppers × ${quick ? 60 : 180} days), ${workers} worker(s): ${(r.totalMs / 1000).toFixed(2)} s; speed-up ${speedup.toFixed(2)}×, parallel efficiency ${((100 * speedup) / workers).toFixed(0)} %; summary in its worker (transfers included) ${r.summariseMs.toFixed(1)} ms`);
      await p.close();
    }
    print(`(load average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cores} cores — shared machines inflate every figure)`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
