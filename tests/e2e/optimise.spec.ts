// The optimise view: a budget split over two channels of the default shop with tiny settings,
// the split table summing to the total, the response curves drawn, Apply/Undo into the editor,
// the YAML download, located messages for wrong fields, and the view in Chinese.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectChartDrawn, openApp, screenshot } from './helpers.ts';
import { startWatching, stopWatching } from './longtasks.ts';

/** Paid search and social only (CRM left out), 7 days, 1 replication, at most 5 candidates, 3 points per curve. */
async function fillTinySplit(page: Page, total: string): Promise<void> {
  await page.getByTestId('optimise-channel-crm').uncheck();
  await page.getByTestId('optimise-total').fill(total);
  await page.getByTestId('optimise-min-social').fill('0.5');
  await page.getByTestId('optimise-max-social').fill('3');
  await page.getByTestId('optimise-unit-social').selectOption('times');
  await page.getByTestId('optimise-days').fill('7');
  await page.getByTestId('optimise-replications').fill('1');
  await page.getByTestId('optimise-maxEvaluations').fill('5');
  await page.getByTestId('optimise-curvePoints').fill('3');
}

test('allocates a budget over two channels: the split sums to the total and each channel gets a response curve', async ({ page, browser }) => {
  await openApp(page);
  await page.locator('[data-tab="optimise"]').click();
  await fillTinySplit(page, '4000');
  await startWatching(browser, page);
  const started = Date.now();
  await page.getByTestId('optimise-run').click();
  await expect(page.getByTestId('optimise-result')).toBeVisible({ timeout: 40_000 });
  test.info().annotations.push({ type: 'optimise wall time', description: `${((Date.now() - started) / 1000).toFixed(1)} s` });
  await page.waitForTimeout(1000); // charts are painted one per frame
  const { observed, traced } = await stopWatching(browser, page);
  test.info().annotations.push({ type: 'long tasks (wall ms / cpu ms)', description: observed.map((t) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(', ') || 'none' });
  // The search's own work on the page (building candidates, ranking them) never blocks it: no task over 50 ms of CPU.
  expect(traced.filter((t) => t.cpuMs > 50)).toEqual([]);

  const best = await page.getByTestId('optimise-split-best').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
  expect(best).toHaveLength(2);
  expect(best.reduce((a, b) => a + b, 0)).toBe(4000);
  expect(best[1]).toBeGreaterThanOrEqual(750);
  expect(best[1]).toBeLessThanOrEqual(4000);
  await expect(page.getByTestId('optimise-split-total')).toHaveAttribute('data-value', '4000');
  await expect(page.getByTestId('optimise-split')).toContainText('Paid search');
  await expect(page.getByTestId('optimise-p-better')).toHaveText(/^\d+%$/);
  await expectChartDrawn(page, 'optimise-curve-0');
  await expectChartDrawn(page, 'optimise-curve-1');
  await expect(page.getByTestId('optimise-marginal-0')).toContainText('Marginal return');
  await screenshot(page, 'optimise', true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('optimise-download').click()]);
  expect(download.suggestedFilename()).toBe('default-optimised.yaml');
  const yaml = readFileSync((await download.path())!, 'utf8');
  expect(yaml).toMatch(/^extends: \.\/default\.yaml$/m);
  expect(yaml).toContain(`budgetPerDayCny: ${best[0]}`);

  await page.getByTestId('optimise-apply').click();
  await page.locator('[data-tab="run"]').click();
  await page.getByTestId('source-tab').click();
  await expect(page.getByTestId('source')).toHaveValue(new RegExp(`social:\\s*\\{\\s*kind: social,\\s*budgetPerDayCny: ${best[1]},`));
  await page.locator('[data-tab="optimise"]').click();
  await expect(page.getByTestId('optimise-days')).toHaveValue('7');
  await page.getByTestId('optimise-undo').click();
  await page.locator('[data-tab="run"]').click();
  await page.getByTestId('source-tab').click();
  await expect(page.getByTestId('source')).toHaveValue(/social: \{kind: social, budgetPerDayCny: 1500, costPerClickCny/);
});

test('shows what is wrong beside each field and runs nothing; once fixed it runs and Cancel stops it', async ({ page }) => {
  await openApp(page);
  await page.locator('[data-tab="optimise"]').click();
  await page.getByTestId('optimise-min-paid_search').fill('5000');
  await page.getByTestId('optimise-max-paid_search').fill('100');
  await page.getByTestId('optimise-constraint-0').fill('roass>=4');
  await page.getByTestId('optimise-replications').fill('0');
  await page.getByTestId('optimise-run').click();
  await expect(page.getByTestId('optimise-form-error')).toBeVisible();
  await expect(page.getByTestId('optimise-error-channel-paid_search')).toContainText('LO (5000) must be below HI (100)');
  await expect(page.getByTestId('optimise-error-constraint-0')).toContainText('did you mean "roas"?');
  await expect(page.getByTestId('optimise-error-replications')).toContainText('Enter a whole number from 1');
  await expect(page.getByTestId('optimise-progress')).toHaveCount(0);

  // Fixed, it runs; Cancel stops it and says so.
  await page.getByTestId('optimise-min-paid_search').fill('');
  await page.getByTestId('optimise-max-paid_search').fill('');
  await page.getByTestId('optimise-constraint-0').fill('roas>=4');
  await page.getByTestId('optimise-replications').fill('2');
  await page.getByTestId('optimise-run').click();
  await expect(page.getByTestId('optimise-progress')).toContainText('Searching: 0 of at most 120 candidates');
  await page.getByTestId('optimise-cancel').click();
  await expect(page.getByText('Cancelled.')).toBeVisible();
  await expect(page.getByTestId('optimise-progress')).toHaveCount(0);
  await expect(page.getByTestId('optimise-error-replications')).toHaveCount(0);
});

test('runs in Chinese with translated labels', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('language').selectOption('zh-CN');
  await page.locator('[data-tab="optimise"]').click();
  await expect(page.locator('[data-tab="optimise"]')).toHaveText('优化');
  await fillTinySplit(page, '4500');
  await page.getByTestId('optimise-run').click();
  await expect(page.getByTestId('optimise-result')).toContainText('各渠道分配', { timeout: 40_000 });
  await expect(page.getByTestId('optimise-split-total')).toHaveAttribute('data-value', '4500');
  await expect(page.getByTestId('optimise-curves')).toContainText('响应曲线');
  await expectChartDrawn(page, 'optimise-curve-0');
});
