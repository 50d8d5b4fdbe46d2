// A million shoppers for a year in a browser tab: the run completes on the page's web workers, the
// memory they add to the tab's renderer process (its resident set, read from /proc while the run
// goes, against the same process before Run) stays within 64 MB per simulation worker, and the
// page's main thread does no task over 50 ms of CPU meanwhile.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { openApp, typeScenario } from './helpers.ts';
import { startWatching, stopWatching } from './longtasks.ts';

const MEGABYTE = 1024 * 1024;

/** Resident bytes of each renderer process of `browser` (Chromium says which processes are its renderers). */
async function rendererResidentBytes(browser: Browser): Promise<Map<number, number>> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  await session.detach();
  const sizes = new Map<number, number>();
  for (const { type, id } of processInfo) {
    if (type !== 'renderer') continue;
    try {
      const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1]);
      if (Number.isFinite(kb)) sizes.set(id, kb * 1024);
    } catch {
      // The process ended between the two reads.
    }
  }
  return sizes;
}

test('a 1,000,000-shopper year runs in the tab within 64 MB per worker, the page responsive', async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  await openApp(page);
  await typeScenario(page, 'name: Million shop\ndays: 365\nreplications: 2\npopulation:\n  size: 1000000\n');
  const before = await rendererResidentBytes(browser);
  await startWatching(browser, page);
  await page.getByTestId('run').click();
  const peak = new Map<number, number>();
  const status = page.getByTestId('run-status');
  const deadline = Date.now() + 240_000;
  while (!/2 replications × 365 days in/.test((await status.textContent()) ?? '') && Date.now() < deadline) {
    for (const [pid, bytes] of await rendererResidentBytes(browser)) peak.set(pid, Math.max(peak.get(pid) ?? 0, bytes));
    await page.waitForTimeout(500);
  }
  await expect(status).toContainText(/2 replications × 365 days in/);
  await page.waitForTimeout(1000);
  const { observed, traced } = await stopWatching(browser, page);
  const simWorkers = page.workers().filter((w) => /sim\.worker/.test(w.url())).length;
  // The tab's renderer is the process that grew; its growth is what the run's workers hold.
  const grown = Math.max(...[...peak].map(([pid, bytes]) => bytes - (before.get(pid) ?? bytes)));
  testInfo.annotations.push({ type: 'renderer growth during the run', description: `${(grown / MEGABYTE).toFixed(1)} MB over ${simWorkers} sim workers` });
  testInfo.annotations.push({ type: 'long tasks (wall ms / cpu ms)', description: observed.map((t) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(', ') || 'none' });
  expect(simWorkers).toBeGreaterThanOrEqual(1);
  expect(grown).toBeGreaterThan(0);
  expect(grown / simWorkers / MEGABYTE).toBeLessThanOrEqual(64);
  await expect(page.getByTestId('kpi-cards')).toBeVisible();
  expect(observed.filter((t) => t.cpuMs > 50)).toEqual([]);
  expect(traced.filter((t) => t.cpuMs > 50)).toEqual([]);
});
