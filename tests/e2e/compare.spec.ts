// Comparing scenarios side by side and a sweep over levers.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectChartDrawn, openApp, screenshot, smallScenario, typeScenario } from './helpers.ts';

async function makeScenario(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await typeScenario(page, text);
}

test('compares two scenarios with deltas, intervals, P(better) and a report', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Low budget', 'channels:\n  paid_search:\n    kind: paid\n    budgetPerDayCny: 500\n'));
  await makeScenario(page, smallScenario('High budget', 'channels:\n  paid_search:\n    kind: paid\n    budgetPerDayCny: 6000\n'));
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByTestId('compare-pick-0').selectOption({ label: 'Low budget' });
  await page.getByTestId('compare-pick-1').selectOption({ label: 'High budget' });
  await page.getByTestId('compare-run').click();
  const table = page.getByTestId('compare-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  // More paid budget buys more visits in every paired replication.
  await expect(table.locator('tr[data-kpi="visits"] [data-testid="p-better"]')).toHaveText('100%');
  await expect(table.locator('tr[data-kpi="visits"] td.win')).toContainText('★');
  await expect(table.locator('tr[data-kpi="marketingCny"] [data-testid="p-better"]')).toHaveText('—');
  await expect(table.locator('thead')).toContainText('Δ High budget');
  await expectChartDrawn(page, 'compare-chart-gmvCny');
  await screenshot(page, 'compare');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-report').click()]);
  const html = await readFile((await download.path())!, 'utf8');
  expect(html).toContain('<!doctype html>');
  expect(html).toContain('Low budget');
  expect(html).toContain('Δ High budget');
  expect(html).toContain('<svg');
  expect(html).not.toContain('<script');
});

test('sweeps one lever as a line and two as a heat map with the best point marked', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Sweep shop').replace('replications: 4', 'replications: 2').replace('days: 60', 'days: 40'));
  await page.getByRole('tab', { name: 'Sweep' }).click();
  await page.getByTestId('sweep-lever-0').selectOption('channels.paid_search.budgetPerDayCny');
  await page.getByTestId('sweep-from-0').fill('0');
  await page.getByTestId('sweep-to-0').fill('6000');
  await page.getByTestId('sweep-steps-0').fill('4');
  await page.getByTestId('sweep-kpi').selectOption('visits');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('sweep-best')).toContainText('Paid search budget = 6,000', { timeout: 60_000 });
  await expectChartDrawn(page, 'sweep-chart');
  await screenshot(page, 'sweep-line');

  await page.getByTestId('sweep-lever-1').selectOption('skus.tee.listPriceCny');
  await page.getByTestId('sweep-from-1').fill('59');
  await page.getByTestId('sweep-to-1').fill('99');
  await page.getByTestId('sweep-steps-1').fill('3');
  await page.getByTestId('sweep-steps-0').fill('3');
  await page.getByTestId('sweep-run').click();
  const heat = page.getByTestId('sweep-heat');
  await expect(heat).toBeVisible({ timeout: 60_000 });
  await expect(heat.locator('tbody tr')).toHaveCount(3);
  await expect(heat.locator('tbody tr').first().locator('td')).toHaveCount(3);
  await expect(heat.locator('td.best')).toHaveCount(1);
  await expect(heat.locator('tbody tr').last().locator('td.best')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sweep-csv').click()]);
  const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\n');
  expect(lines[0]).toBe('run,channels.paid_search.budgetPerDayCny,skus.tee.listPriceCny,replication,kpi,value');
  expect(lines.length).toBe(1 + 9 * 2 * 28);
  // Switching the KPI re-reads the same runs: the best point moves to the best profit.
  await page.getByTestId('sweep-kpi').selectOption('profitCny');
  await expect(page.getByTestId('sweep-best')).toContainText('Profit');
  await expect(heat.locator('td.best')).toHaveCount(1);
  await screenshot(page, 'sweep-heat');
});

test('a sweep with a value the schema refuses says which lever and why', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Bad sweep'));
  await page.getByRole('tab', { name: 'Sweep' }).click();
  await page.getByTestId('sweep-lever-0').selectOption('fulfilment.promiseHours');
  await page.getByTestId('sweep-from-0').fill('-10');
  await page.getByTestId('sweep-to-0').fill('10');
  await page.getByTestId('sweep-run').click();
  await expect(page.getByTestId('batch-error')).toContainText('fulfilment.promiseHours');
});
