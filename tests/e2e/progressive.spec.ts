// Results that refine live: KPI cards, fan charts, tables and compare deltas appear once the
// first replications land, say how many of how many they rest on, and give way to the full
// summary when the run ends; the main thread never blocks over 50 ms meanwhile.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startWatching, stopWatching } from './longtasks.ts';
import { openApp, parseShown, smallScenario, typeScenario } from './helpers.ts';

test('cards, charts and tables appear from the first replications and refine to the full run', async ({ page }) => {
  await openApp(page);
  // Large enough that the run outlasts several refinements even on warm workers.
  await typeScenario(page, smallScenario('Progressive shop').replace('days: 60', 'days: 300').replace('replications: 4', 'replications: 12').replace('size: 4000', 'size: 40000'));
  // Record every "n of N" the page shows, however briefly, with what else was on screen then.
  await page.evaluate(() => {
    const w = window as unknown as { partials: { text: string; chart: boolean; funnel: boolean; ci: string }[] };
    w.partials = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="partial-kpis"]')?.textContent;
      if (!text || w.partials.at(-1)?.text === text) return;
      const chart = document.querySelector('[data-testid="chart-orders"] canvas') !== null;
      const funnel = document.querySelector('[data-testid="funnel"]')?.textContent?.includes('Visits') ?? false;
      const ci = document.querySelector('[data-kpi="orders"] [data-testid="kpi-ci"]')?.textContent ?? '';
      w.partials.push({ text, chart, funnel, ci });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('run').click();
  await expect(page.getByTestId('kpi-cards')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('run-status')).toContainText(/12 replications × 300 days in/, { timeout: 90_000 });
  await expect(page.getByTestId('partial-kpis')).toHaveCount(0);
  await expect(page.getByTestId('kpi-cards')).toHaveAttribute('data-replications', '12');
  const partials = await page.evaluate(() => (window as unknown as { partials: { text: string; chart: boolean; funnel: boolean; ci: string }[] }).partials);
  const counts = partials.map((p) => Number(/(\d+) of 12/.exec(p.text)?.[1]));
  expect(counts.length).toBeGreaterThan(1);
  expect(counts[0]).toBeLessThan(12);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  // Charts and tables showed the landed replications too, with an interval once there were two.
  expect(partials.at(-1)).toMatchObject({ chart: true, funnel: true });
  const intervals = partials.filter((p) => p.ci.includes('±')).map((p) => parseShown(p.ci.split('±')[1]));
  expect(intervals.length).toBeGreaterThan(1);
  expect(intervals.at(-1)).toBeLessThan(intervals[0]);
});

test('the default scenario runs without a main-thread task over 50 ms, the last render included', async ({ page, browser }, testInfo) => {
  test.setTimeout(150_000);
  await openApp(page);
  // The default shop's 20 replications × 365 days (what the page renders), with a fifth of its
  // shoppers so the test stays short; the page's work does not depend on the number of shoppers.
  const text = readFileSync('scenarios/default.yaml', 'utf8').replace(/^(\s+size:) 50000/m, '$1 10000');
  await typeScenario(page, text);
  await startWatching(browser, page);
  await page.getByTestId('run').click();
  // Waiting in the page with a cheap check: a polling expect() builds an accessibility snapshot
  // of the page on the main thread at every try, which would be measured as the page's own work.
  type Run = { shoplab: { run: { status: string; partial: unknown; summary: { replications: number } | null } } };
  await page.waitForFunction(() => (window as unknown as Run).shoplab.run.partial !== null, undefined, { timeout: 30_000, polling: 200 });
  await page.waitForFunction(() => (window as unknown as Run).shoplab.run.status === 'done', undefined, { timeout: 120_000, polling: 200 });
  await page.waitForTimeout(1000); // the charts' last paints, one per frame
  const { observed, traced } = await stopWatching(browser, page);
  testInfo.annotations.push({ type: 'long tasks (wall ms / cpu ms)', description: observed.map((t) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(', ') || 'none' });
  // A task that waited for a core shows a long wall time on this shared machine; the page's own
  // work (CPU time) is what must stay under 50 ms.
  expect(observed.filter((t) => t.cpuMs > 50)).toEqual([]);
  expect(traced.filter((t) => t.cpuMs > 50)).toEqual([]);
  await expect(page.getByTestId('run-status')).toContainText(/20 replications × 365 days in/);
});

test('compare deltas appear from the first paired replications and refine to the full comparison', async ({ page }) => {
  await openApp(page);
  // Large enough that the comparison outlasts its first refinements even on warm workers.
  const paired = (name: string, budget: number) =>
    smallScenario(name, `channels:\n  paid_search:\n    kind: paid\n    budgetPerDayCny: ${budget}\n`).replace('replications: 4', 'replications: 16').replace('days: 60', 'days: 200').replace('size: 4000', 'size: 30000');
  await typeScenario(page, paired('Few ads', 500));
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await typeScenario(page, paired('Many ads', 6000));
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByTestId('compare-pick-0').selectOption({ label: 'Few ads' });
  await page.getByTestId('compare-pick-1').selectOption({ label: 'Many ads' });
  // Record every "n of N paired" the page shows, however briefly (warm workers are quick).
  await page.evaluate(() => {
    const w = window as unknown as { comparePartials: string[] };
    w.comparePartials = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="compare-partial"]')?.textContent;
      if (text && w.comparePartials.at(-1) !== text) w.comparePartials.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-table')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('compare-partial')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('compare-report')).toBeVisible();
  const shown = await page.evaluate(() => (window as unknown as { comparePartials: string[] }).comparePartials);
  const counts = shown.map((text) => Number(/(\d+) of 16 paired replications/.exec(text)?.[1]));
  expect(counts.length).toBeGreaterThan(0);
  expect(counts[0]).toBeLessThan(16);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  await expect(page.getByTestId('compare-table').locator('tr[data-kpi="visits"] [data-testid="p-better"]')).toHaveText('100%');
  await expect(page.getByTestId('compare-report')).toBeVisible();
});
