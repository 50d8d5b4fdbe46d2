// Opening the workbench, running a scenario in the worker pool and reading its results.
import { expect, test } from '@playwright/test';
import { startWatching, stopWatching } from './longtasks.ts';
import { expectChartDrawn, openApp, parseShown, runAndWait, screenshot, smallScenario, typeScenario } from './helpers.ts';

test('the workbench opens on a built-in scenario ready to run', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('button', { name: /Run/ }).first()).toBeEnabled();
  await expect(page.locator('aside [aria-current="true"]')).toHaveCount(1);
  await expect(page.getByText(/Ready: press Run/)).toBeVisible();
  await screenshot(page, 'open');
});

test('running a scenario shows KPI cards with P10–P90 and fan charts', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('E2E shop'));
  await runAndWait(page);
  const cards = page.getByTestId('kpi-cards').locator('[data-kpi]');
  await expect(cards).toHaveCount(12);
  const gmv = await page.locator('[data-kpi="gmvCny"] [data-testid="kpi-value"]').innerText();
  expect(parseShown(gmv)).toBeGreaterThan(0);
  await expect(page.locator('[data-kpi="gmvCny"]')).toContainText('–');
  await expect(page.getByTestId('run-status')).toContainText('E2E shop: 4 replications × 60 days');
  for (const s of ['gmvCny', 'orders', 'stockUnits', 'cashCny']) await expectChartDrawn(page, `chart-${s}`);
  await expect(page.getByTestId('funnel')).toContainText('Visits');
  await expect(page.getByTestId('channels')).toContainText('Paid search');
  await page.getByRole('tab', { name: 'Levers' }).click();
  await screenshot(page, 'run-results');
  await screenshot(page, 'run-results-full', true);
});

test('exports the run as CSV and JSON', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Export shop'));
  await runAndWait(page);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csvText = await (await import('node:fs/promises')).readFile((await csv.path())!, 'utf8');
  const lines = csvText.trim().split('\n');
  expect(lines[0]).toBe('day,date,series,mean,p10,p50,p90');
  expect(lines.length).toBe(1 + 60 * 36);
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const data = JSON.parse(await (await import('node:fs/promises')).readFile((await json.path())!, 'utf8'));
  expect(data.summary.replications).toBe(4);
  expect(data.summary.series.orders.mean).toHaveLength(60);
});

test('the main thread never blocks over 50 ms while a run is going', async ({ page, browser }, testInfo) => {
  await openApp(page);
  // Many short replications: the summary of 60 runs and the IndexedDB save are the main thread's biggest jobs.
  await typeScenario(page, smallScenario('Long-task shop').replace('days: 60', 'days: 120').replace('replications: 4', 'replications: 60').replace('size: 4000', 'size: 3000'));
  await startWatching(browser, page);
  await page.getByTestId('run').click();
  // A cheap check in the page: a polling expect() builds an accessibility snapshot of the page on
  // its main thread at every try, and that work would be counted as the page's.
  await page.waitForFunction(() => (window as unknown as { shoplab: { run: { status: string } } }).shoplab.run.status === 'done', undefined, { timeout: 90_000, polling: 200 });
  await page.waitForTimeout(1000); // charts are painted one per frame after the run
  const { observed, traced } = await stopWatching(browser, page);
  await expect(page.getByTestId('run-status')).toContainText(/60 replications × 120 days in/);
  testInfo.annotations.push({ type: 'long tasks (wall ms / cpu ms)', description: observed.map((t) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(', ') || 'none' });
  // Every long task the page observed was the thread waiting for a core, not work: none used
  // over 50 ms of CPU, and no main-thread task in the trace did either.
  expect(observed.filter((t) => t.cpuMs > 50)).toEqual([]);
  expect(traced.filter((t) => t.cpuMs > 50)).toEqual([]);
});

test('a crashed worker is reported and replaced, and the run completes', async ({ page }) => {
  await openApp(page, '?crash=1');
  await typeScenario(page, smallScenario('Crash shop'));
  await runAndWait(page);
  await expect(page.getByTestId('crash-notice')).toContainText('injected worker crash');
  await expect(page.getByTestId('run-status')).toContainText('Crash shop: 4 replications');
});

test('cancel stops a run and keeps the previous results', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Cancel shop'));
  await runAndWait(page);
  const before = await page.locator('[data-kpi="orders"] [data-testid="kpi-value"]').innerText();
  await typeScenario(page, smallScenario('Cancel shop').replace('days: 60', 'days: 365').replace('size: 4000', 'size: 200000').replace('replications: 4', 'replications: 40'));
  await page.getByTestId('run').click();
  await expect(page.getByTestId('progress')).toBeVisible();
  await page.getByTestId('cancel').click();
  await expect(page.getByTestId('run-status')).toContainText('Run cancelled.');
  await expect(page.locator('[data-kpi="orders"] [data-testid="kpi-value"]')).toHaveText(before);
});
