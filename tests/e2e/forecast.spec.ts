// The forecast studio: the sample data, an uploaded CSV, a malformed CSV, stock decisions.
import { expect, test } from '@playwright/test';
import { expectChartDrawn, openApp, screenshot } from './helpers.ts';

function weeklyPattern(days: number): string {
  const rows = ['unique_id,ds,y'];
  for (let d = 0; d < days; d++) {
    const date = new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    rows.push(`shirt,${date},${20 + (d % 7 === 5 || d % 7 === 6 ? 15 : 0) + (d % 3)}`);
  }
  return rows.join('\n') + '\n';
}

test('uploads a CSV, backtests models, forecasts with a fan and sizes stock from it', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Forecast studio' }).click();
  await page.getByTestId('forecast-file').setInputFiles({ name: 'shirts.csv', mimeType: 'text/csv', buffer: Buffer.from(weeklyPattern(200)) });
  await expect(page.getByTestId('forecast-loaded')).toContainText('shirts.csv: 1 series, 200 rows');
  await page.getByTestId('forecast-run').click();
  const board = page.getByTestId('leaderboard');
  await expect(board.locator('tbody tr')).toHaveCount(4, { timeout: 60_000 });
  // A weekly pattern: seasonal naive and ETS beat the intermittent-demand model (MASE sorted ascending).
  await expect(board.locator('tbody tr').last()).toContainText('croston');
  await expectChartDrawn(page, 'forecast-chart');
  const rop = Number((await page.getByTestId('policy-rop').innerText()).replace(/[^\d.]/g, ''));
  const ss = Number((await page.getByTestId('policy-ss').innerText()).replace(/[^\d.]/g, ''));
  // 7 days of ~25/day: the reorder point covers the lead-time mean plus a positive safety stock.
  expect(rop).toBeGreaterThan(150);
  expect(rop).toBeLessThan(260);
  expect(ss).toBeGreaterThan(0);
  await page.getByTestId('policy-lead').fill('14');
  await page.getByTestId('policy-lead').dispatchEvent('change');
  await expect.poll(async () => Number((await page.getByTestId('policy-rop').innerText()).replace(/[^\d.]/g, ''))).toBeGreaterThan(rop * 1.6);
  await screenshot(page, 'forecast', true);
});

test('the neural model trains in the worker and reports its TensorFlow.js backend', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Forecast studio' }).click();
  await page.getByTestId('forecast-file').setInputFiles({ name: 'shirts.csv', mimeType: 'text/csv', buffer: Buffer.from(weeklyPattern(200)) });
  for (const m of ['croston', 'auto', 'ets']) await page.getByLabel(m, { exact: true }).uncheck();
  await page.getByLabel('neural', { exact: true }).check();
  await page.getByTestId('forecast-run').click();
  await expect(page.getByTestId('leaderboard').locator('tbody tr')).toHaveCount(2, { timeout: 90_000 });
  await expect(page.getByTestId('leaderboard')).toContainText('neural');
  await expect(page.getByTestId('neural-backend')).toHaveText(/TensorFlow\.js (wasm|cpu)/);
});

test('the sample sales data loads many series', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Forecast studio' }).click();
  await page.getByTestId('forecast-sample').click();
  await expect(page.getByTestId('forecast-loaded')).toContainText('sample-sales.csv');
  const options = await page.getByTestId('forecast-series').locator('option').count();
  expect(options).toBeGreaterThan(5);
});

test('a malformed CSV shows which rows are wrong and why', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Forecast studio' }).click();
  const bad = 'unique_id,ds,y\na,2025-01-01,3\na,2025-01-02,abc\na,2025-13-40,4\na,2025-01-02,5\n';
  await page.getByTestId('forecast-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const issues = page.getByTestId('forecast-issues');
  await expect(issues).toContainText('bad.csv');
  await expect(issues).toContainText('row 3, column y');
  await expect(issues).toContainText('row 4, column ds');
  await expect(page.getByTestId('forecast-loaded')).toHaveCount(0);
  await screenshot(page, 'forecast-bad-csv');
});
