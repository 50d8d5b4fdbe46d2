// Main-thread responsiveness during a run: the page's PerformanceObserver long tasks, matched
// with Chromium's trace, which also gives each task's CPU time. On a machine shared by many
// processes a 3 ms task can take 90 ms of wall time while the thread waits for a core, so the
// trace tells work the page did (CPU time) from waiting (wall time minus CPU time).
import type { Browser, Page } from '@playwright/test';

export interface MainThreadTask {
  /** ms since the page's time origin */
  start: number;
  wallMs: number;
  cpuMs: number;
}

/** Starts the long-task observer in the page and Chromium tracing. */
export async function startWatching(browser: Browser, page: Page): Promise<void> {
  // The workers' warm-up replications (run when the page opens) are not part of a run: let them end.
  await page.evaluate(() => (globalThis as unknown as { shoplab?: { pool?: { whenWarm(): Promise<void> } } }).shoplab?.pool?.whenWarm());
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    performance.mark('e2e-sync');
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  await page.evaluate(() => performance.mark('e2e-sync'));
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Stops tracing; returns the observer's long tasks and every main-thread task over 50 ms of wall or CPU time. */
export async function stopWatching(browser: Browser, page: Page): Promise<{ observed: MainThreadTask[]; traced: MainThreadTask[] }> {
  const marks = await page.evaluate(() => performance.getEntriesByName('e2e-sync').map((m) => m.startTime));
  const observedRaw = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const sync = events.find((e) => e.name === 'e2e-sync');
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && sync !== undefined && e.pid === sync.pid);
  if (!sync || !mainThread) throw new Error('the trace has no renderer main thread');
  // trace µs → page ms: the last sync mark is the one recorded while tracing.
  const offset = sync.ts / 1000 - marks[marks.length - 1];
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.pid === mainThread.pid && e.tid === mainThread.tid && e.dur !== undefined)
    .map((e) => ({ start: e.ts / 1000 - offset, wallMs: e.dur! / 1000, cpuMs: (e.tdur ?? e.dur!) / 1000 }));
  const observed = observedRaw.map((o) => {
    const match = tasks.filter((t) => t.start < o.start + o.duration && t.start + t.wallMs > o.start).sort((a, b) => b.wallMs - a.wallMs)[0];
    return { start: o.start, wallMs: o.duration, cpuMs: match ? match.cpuMs : o.duration };
  });
  return { observed, traced: tasks.filter((t) => t.wallMs > 50 || t.cpuMs > 50) };
}
