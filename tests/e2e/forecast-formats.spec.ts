// The forecast studio reads Excel workbooks and Parquet files (in its worker), forecasts them and
// sizes stock with the textbook policies; a bad spreadsheet cell is shown with its sheet, row and column.
import { expect, test, type Page } from '@playwright/test';
import { expectChartDrawn, openApp } from './helpers.ts';
import { salesParquet, salesXlsx } from '../fixtures/sales-files.ts';

/** One series, 120 days from 2025-01-01, busier at weekends. */
function shirts(): Array<[string, Date, number]> {
  return Array.from({ length: 120 }, (_, d): [string, Date, number] => ['shirt', new Date(Date.UTC(2025, 0, 1 + d)), 20 + (d % 7 === 5 || d % 7 === 6 ? 15 : 0) + (d % 3)]);
}

async function forecastFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await openApp(page);
  await page.getByRole('tab', { name: 'Forecast studio' }).click();
  await page.getByTestId('forecast-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await expect(page.getByTestId('forecast-loaded')).toContainText(`${name}: 1 series, 120 rows`);
  for (const m of ['croston', 'auto', 'ets']) await page.getByLabel(m, { exact: true }).uncheck();
  await page.getByTestId('forecast-run').click();
  await expect(page.getByTestId('leaderboard').locator('tbody tr')).toHaveCount(1, { timeout: 60_000 });
  await expectChartDrawn(page, 'forecast-chart');
  // About 25 a day over a 7-day lead time: the reorder point sits above the lead-time mean.
  const rop = Number((await page.getByTestId('policy-rop').innerText()).replace(/[^\d.]/g, ''));
  expect(rop).toBeGreaterThan(150);
  expect(rop).toBeLessThan(260);
  await expect(page.getByTestId('policy-rq')).toHaveText(/^r = [\d,]+ · Q = [\d,]+$/);
  await expect(page.getByTestId('policy-ss-power')).toHaveText(/^s = [\d,]+ · S = [\d,]+$/);
  await expect(page.getByTestId('policy-lognormal')).toHaveText(/^[\d,]+ units$/);
  await expect(page.getByTestId('policy-epq')).toHaveText(/^[\d,]+ units · [\d.]+$/);
}

test('forecasts an Excel workbook and sizes stock from it', async ({ page }) => {
  const rows = shirts();
  await forecastFile(page, 'shirts.xlsx', await salesXlsx(['unique_id', 'ds', 'y'], rows));
  // A production rate below demand: the EPQ says it does not apply, the other policies still show.
  await page.getByTestId('policy-production').fill('10');
  await page.getByTestId('policy-production').dispatchEvent('change');
  await expect(page.getByTestId('policy-epq')).toHaveText('does not apply to these inputs (hover for why)');
  await expect(page.getByTestId('policy-epq')).toHaveAttribute('title', /^productionRate: must exceed the demand rate/);
  await expect(page.getByTestId('policy-rq')).toHaveText(/^r = /);
});

test('forecasts a snappy-compressed Parquet file', async ({ page }) => {
  const rows = shirts();
  const parquet = salesParquet(
    [
      { name: 'unique_id', data: rows.map((r) => r[0]), type: 'STRING' },
      { name: 'ds', data: rows.map((r) => r[1]), type: 'TIMESTAMP' },
      { name: 'y', data: rows.map((r) => r[2]), type: 'DOUBLE' },
    ],
    50,
  );
  await forecastFile(page, 'shirts.parquet', parquet);
});

test('a bad workbook cell is shown with its sheet, row and column', async ({ page }) => {
  const rows: unknown[][] = shirts();
  rows[2] = ['shirt', new Date(Date.UTC(2025, 0, 3)), 'sold out'];
  await openApp(page);
  await page.getByRole('tab', { name: 'Forecast studio' }).click();
  await page.getByTestId('forecast-file').setInputFiles({ name: 'bad.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(await salesXlsx(['unique_id', 'ds', 'y'], rows, { sheet: 'Jan' })) });
  await expect(page.getByTestId('forecast-issues')).toContainText('sheet Jan, row 4, column y: "sold out" is not a number');
  await expect(page.getByTestId('forecast-loaded')).toHaveCount(0);
});
