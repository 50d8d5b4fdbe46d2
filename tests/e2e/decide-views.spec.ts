// The decision views of the workbench: risk cards and columns, the waterfall of why a KPI moved,
// the sensitivity tornado and the Excel export. Small shops, few days and replications.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { openApp, runAndWait, screenshot, smallScenario, typeScenario } from './helpers.ts';

/** A shop whose losses are certain: a large fixed cost against a few weeks' sales. */
const losing = smallScenario('Losing shop', 'finance:\n  fixedCostsPerDayCny: 200000\n').replace('days: 60', 'days: 30');

async function compareTwo(page: Page, first: string, second: string): Promise<void> {
  await typeScenario(page, first);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await typeScenario(page, second);
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByTestId('compare-pick-0').selectOption({ label: first.split('\n')[0].slice('name: '.length) });
  await page.getByTestId('compare-pick-1').selectOption({ label: second.split('\n')[0].slice('name: '.length) });
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-table')).toBeVisible({ timeout: 60_000 });
}

test('a run shows risk cards with numbers, and a target typed wrong is named by its place', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, losing);
  await runAndWait(page);
  const cards = page.getByTestId('risk-cards');
  await expect(cards.locator('[data-risk="loss"] [data-testid="risk-value"]')).toHaveText('100%');
  await expect(cards.locator('[data-risk="loss"]')).toContainText('95 % interval');
  await expect(cards.locator('[data-risk="cvar"] [data-testid="risk-value"]')).toHaveText(/^-¥/);
  await page.getByTestId('risk-targets').fill('profitCny<0, rio>=4');
  await page.getByTestId('risk-apply').click();
  await expect(page.getByTestId('risk-target-error')).toContainText('Target 2 (column 14)');
  await expect(page.getByTestId('risk-target-error')).toContainText('unknown KPI "rio"');
  await page.getByTestId('risk-targets').fill('profitCny<0, roi>=4');
  await page.getByTestId('risk-apply').click();
  await expect(page.getByTestId('risk-target-error')).toHaveCount(0);
  await expect(cards.locator('[data-target="profitCny<0"] [data-testid="risk-value"]')).toHaveText('100%');
  await expect(cards.locator('[data-target="roi>=4"] [data-testid="risk-value"]')).toHaveText('0%');
  await screenshot(page, 'risk-cards');
});

test('compare shows risk columns and waterfalls whose bars add up to the difference', async ({ page }) => {
  await openApp(page);
  const low = smallScenario('Low spend', 'channels:\n  paid_search:\n    kind: paid\n    budgetPerDayCny: 500\n').replace('days: 60', 'days: 30');
  const high = smallScenario('High spend', 'channels:\n  paid_search:\n    kind: paid\n    budgetPerDayCny: 6000\n').replace('days: 60', 'days: 30');
  await compareTwo(page, low, high);
  const risk = page.getByTestId('compare-risk');
  await expect(risk.locator('thead')).toContainText('High spend');
  await expect(risk.locator('tr[data-risk="loss"] td')).toHaveCount(3);
  await expect(risk.locator('tr[data-risk="loss"] td').nth(1)).toHaveText(/^\d+% \(\d+%–\d+%\)$/);
  for (const kpi of ['gmv', 'profit']) {
    const chart = page.getByTestId(`waterfall-${kpi}`);
    await expect(chart.locator('.row[data-effect="total"]')).toHaveCount(1);
    const means = await chart.locator('.row:not([data-effect="total"])').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-mean'))));
    const delta = Number(await chart.getAttribute('data-delta'));
    expect(means.length).toBeGreaterThan(2);
    expect(Math.abs(means.reduce((s, v) => s + v, 0) - delta)).toBeLessThan(1e-6 * Math.max(1, Math.abs(delta)));
  }
  // More paid spend: the paid channel's traffic effect lifts GMV, and marketing costs profit.
  await expect(page.getByTestId('waterfall-gmv').locator('.row[data-effect="traffic"]').first()).toBeVisible();
  const marketing = Number(await page.getByTestId('waterfall-profit').locator('.row[data-effect="marketing"]').getAttribute('data-mean'));
  expect(marketing).toBeLessThan(0);
  await expect(page.getByTestId('why-method')).toContainText('Shapley');
  await page.getByTestId('why-method').scrollIntoViewIfNeeded();
  await screenshot(page, 'compare-waterfall');
});

test('the sensitivity panel can be cancelled, then draws a tornado of every editor lever sorted by swing, and re-reads it for another KPI', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Tornado shop').replace('days: 60', 'days: 20'));
  // It shows progress and can be cancelled.
  await page.getByTestId('sens-run').click();
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Run cancelled.')).toBeVisible();
  await expect(page.getByTestId('tornado')).toHaveCount(0);
  await page.getByTestId('sens-reps').fill('2');
  await page.getByTestId('sens-pct').fill('30');
  await page.getByTestId('sens-run').click();
  const chart = page.getByTestId('tornado');
  await expect(chart).toBeVisible({ timeout: 60_000 });
  const swings = async () => chart.locator('.row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-swing'))));
  const profit = await swings();
  expect(profit.length).toBeGreaterThan(3);
  for (let i = 1; i < profit.length; i++) expect(profit[i - 1]).toBeGreaterThanOrEqual(profit[i]);
  expect(profit[0]).toBeGreaterThan(0);
  await expect(chart).toContainText('elasticity');
  await page.getByTestId('sens-kpi').selectOption('visits');
  await expect(chart).toHaveAttribute('data-kpi', 'visits');
  const visits = await swings();
  for (let i = 1; i < visits.length; i++) expect(visits[i - 1]).toBeGreaterThanOrEqual(visits[i]);
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, 'tornado');
});

test('Excel downloads the run workbook the CLI writes, with a monthly P&L and NPV at the rate set, and the comparison workbook', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Excel shop').replace('days: 60', 'days: 33').replace('replications: 4', 'replications: 2'));
  await runAndWait(page);
  await page.getByTestId('export-rate').fill('-120');
  await page.getByTestId('export-xlsx').click();
  await expect(page.getByTestId('export-error')).toContainText('above −100 %');
  await page.getByTestId('export-rate').fill('10');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(download.suggestedFilename()).toBe('excel-shop.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)).buffer as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['KPIs', 'Risk', 'Monthly P&L', 'Daily (mean)', 'Channels']);
  expect(wb.getWorksheet('KPIs')!.getRow(2).getCell(4).numFmt).toContain('CNY');
  const pnl = wb.getWorksheet('Monthly P&L')!;
  expect([pnl.getRow(2).getCell(1).value, pnl.getRow(3).getCell(1).value]).toEqual(['2026-01', '2026-02']);
  const labels: unknown[] = [];
  pnl.eachRow((row) => labels.push(row.getCell(1).value, row.getCell(3).value));
  expect(labels).toContain(0.1);
  expect(labels).toContain('NPV of net cash flow (mean series)');
  expect(wb.getWorksheet('Daily (mean)')!.rowCount).toBe(34);
  expect(wb.getWorksheet('Risk')!.getRow(2).getCell(1).value).toBe('P(profit < 0)');

  await page.getByRole('button', { name: 'Duplicate' }).click();
  await typeScenario(page, smallScenario('Excel shop B').replace('days: 60', 'days: 33').replace('replications: 4', 'replications: 2'));
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByTestId('compare-pick-0').selectOption({ label: 'Excel shop' });
  await page.getByTestId('compare-pick-1').selectOption({ label: 'Excel shop B' });
  await page.getByTestId('compare-run').click();
  await expect(page.getByTestId('compare-table')).toBeVisible({ timeout: 60_000 });
  const [cmp] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-xlsx').click()]);
  const cwb = new ExcelJS.Workbook();
  await cwb.xlsx.load((await readFile((await cmp.path())!)).buffer as ArrayBuffer);
  expect(cwb.worksheets.map((w) => w.name)).toEqual(['Means', 'Excel shop B vs Excel shop', 'Risk']);
});
