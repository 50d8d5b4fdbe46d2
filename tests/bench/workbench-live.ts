// Figures of progressive results and live what-if for the workbench benchmark: Run → first KPIs and
// → final KPIs with the worst main-thread task meanwhile, and a lever move → first refreshed KPIs.
// Timings are the page's own (performance.now), so the test driver's round trips do not count.
import type { Browser, Page } from '@playwright/test';
import { startWatching, stopWatching } from '../e2e/longtasks.ts';

type Shoplab = {
  shoplab: {
    run: { status: string; firstPartialMs: number; firstResultMs: number; elapsedMs: number; summariseMs: number; partial: unknown; live: boolean };
    live: { enabled: boolean };
  };
};

/** What one Run click gave (ms). */
export interface RunFigures {
  firstReplicationMs: number;
  firstKpisMs: number;
  finalKpisMs: number;
  summariseMs: number;
  /** Longest main-thread task while the run went, wall time and the CPU time of that task. */
  worstWallMs: number;
  worstCpuMs: number;
  longTasks: number;
}

/**
 * Clicks Run on the scenario in the editor and waits for the final KPIs, watching the main thread
 * when `watch` is on (Chromium's tracing then slows every process down, workers included, so the
 * timings of a watched run are not the ones to quote).
 */
export async function timeRun(browser: Browser, page: Page, watch = true): Promise<RunFigures> {
  if (watch) await startWatching(browser, page);
  const started = await page.evaluate(() => {
    const t0 = performance.now();
    (document.querySelector('[data-testid="run"]') as HTMLButtonElement).click();
    return t0;
  });
  await page.waitForFunction(() => (globalThis as unknown as Shoplab).shoplab.run.status === 'done' && document.querySelector('[data-testid="partial-kpis"]') === null, undefined, { timeout: 900_000 });
  const finalAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000); // the charts' last paints
  const { observed, traced } = watch ? await stopWatching(browser, page) : { observed: [], traced: [] };
  const own = await page.evaluate(() => {
    const run = (globalThis as unknown as Shoplab).shoplab.run;
    return { firstPartialMs: run.firstPartialMs, firstResultMs: run.firstResultMs, summariseMs: run.summariseMs };
  });
  const tasks = [...observed, ...traced];
  const worst = tasks.sort((a, b) => b.wallMs - a.wallMs)[0];
  return {
    firstReplicationMs: own.firstResultMs,
    firstKpisMs: own.firstPartialMs,
    finalKpisMs: finalAt - started,
    summariseMs: own.summariseMs,
    worstWallMs: worst?.wallMs ?? 0,
    worstCpuMs: tasks.reduce((m, t) => Math.max(m, t.cpuMs), 0),
    longTasks: observed.length,
  };
}

/**
 * Moves a lever one step (as a slider drag does) with live mode on and times, in the page, the
 * move → the first refreshed KPI cards (the live preview) and → the full run's cards.
 */
export async function timeLeverChange(page: Page, leverId: string): Promise<{ firstKpisMs: number; finalKpisMs: number }> {
  await page.getByRole('tab', { name: 'Levers' }).click();
  const figures = await page.evaluate(async (id) => {
    const slider = document.querySelector(`[data-lever="${id}"] input[type="range"]`) as HTMLInputElement | null;
    if (!slider) throw new Error(`no slider for lever ${id}`);
    const w = (globalThis as unknown as Shoplab).shoplab;
    w.live.enabled = true;
    const t0 = performance.now();
    slider.stepUp();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    let first = NaN;
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const live = w.run.live && w.run.status !== 'idle';
      if (Number.isNaN(first) && live && document.querySelector('[data-testid="partial-kpis"]')) first = performance.now() - t0;
      if (live && w.run.status === 'done' && !document.querySelector('[data-testid="partial-kpis"]')) return { firstKpisMs: first, finalKpisMs: performance.now() - t0 };
      if (performance.now() - t0 > 600_000) throw new Error('the live re-run did not finish');
    }
  }, leverId);
  return figures;
}
