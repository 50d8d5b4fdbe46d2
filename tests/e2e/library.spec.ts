// Scenario library and editor: invalid input keeps results, autosave survives reload, share
// links, import, and the language switch.
import { expect, test } from '@playwright/test';
import { openApp, runAndWait, screenshot, smallScenario, typeScenario } from './helpers.ts';

test('an invalid scenario shows its problems at their lines and keeps the last results', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Valid first'));
  await runAndWait(page);
  const orders = await page.locator('[data-kpi="orders"] [data-testid="kpi-value"]').innerText();
  await typeScenario(page, smallScenario('Broken', 'popualtion: 3\n').replace('size: 4000', 'size: -5'), false);
  const issues = page.getByTestId('issues');
  await expect(issues).toContainText('line 6');
  await expect(issues).toContainText('population.size');
  await expect(issues).toContainText('popualtion: unknown key; did you mean "population"?');
  await expect(page.getByTestId('validation-status')).toContainText('problem(s): results below are from the last valid version');
  await expect(page.getByTestId('run')).toBeDisabled();
  await expect(page.locator('[data-kpi="orders"] [data-testid="kpi-value"]')).toHaveText(orders);
  await expect(page.locator('.gutter .error')).not.toHaveCount(0);
  await screenshot(page, 'invalid-scenario');
  await typeScenario(page, 'name: [unclosed\n', false);
  await expect(issues).toContainText('not valid YAML');
});

test('reloading restores the autosaved scenario and the last results', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Persistent shop'));
  await runAndWait(page);
  const gmv = await page.locator('[data-kpi="gmvCny"] [data-testid="kpi-value"]').innerText();
  await expect(page.getByTestId('saved-at')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('my-scenarios')).toContainText('Persistent shop');
  await expect(page.locator('[data-kpi="gmvCny"] [data-testid="kpi-value"]')).toHaveText(gmv);
  await page.getByTestId('source-tab').click();
  await expect(page.getByTestId('source')).toHaveValue(/name: Persistent shop/);
  await expect(page.getByTestId('run-status')).not.toContainText('changed since');
});

test('a lever edit rewrites the YAML and keeps the other channels', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Lever shop'));
  await page.getByRole('tab', { name: 'Levers' }).click();
  const budget = page.getByLabel('Social video budget: exact value');
  await budget.fill('2500');
  await budget.press('Enter');
  await page.getByTestId('source-tab').click();
  await expect(page.getByTestId('source')).toHaveValue(/social:\n(.*\n)*\s+budgetPerDayCny: 2500/);
  await expect(page.getByTestId('source')).toHaveValue(/paid_search:/);
  await expect(page.getByTestId('validation-status')).toContainText('Valid scenario');
});

test('a share link opens the same scenario in a fresh browser', async ({ page, browser }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Shared shop 共享'));
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);
  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.getByTestId('my-scenarios')).toContainText('Shared shop 共享');
  await expect(other.getByText('Scenario opened from a share link.')).toBeVisible();
  await other.close();
});

test('importing a scenario file adds it to my scenarios', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-scenario').setInputFiles({ name: 'imported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'Imported JSON shop', days: 30 })) });
  await expect(page.getByTestId('my-scenarios')).toContainText('Imported JSON shop');
  await expect(page.getByTestId('validation-status')).toContainText('Valid scenario');
});

test('switching to Chinese translates the workbench and formats money for zh-CN', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Locale shop'));
  await runAndWait(page);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('tab', { name: '方案对比' })).toBeVisible();
  await expect(page.locator('[data-kpi="gmvCny"]')).toContainText('成交总额');
  await expect(page.locator('[data-kpi="gmvCny"] [data-testid="kpi-value"]')).toHaveText(/^¥[\d.]+万$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await screenshot(page, 'run-zh');
  await page.reload();
  await expect(page.getByRole('tab', { name: '运行' })).toBeVisible();
});

test('an older version of a scenario can be restored', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Versioned shop'));
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByTestId('source')).toHaveValue(/name: Versioned shop/);
  await typeScenario(page, smallScenario('Renamed shop'));
  await expect(page.getByTestId('my-scenarios')).toContainText('Renamed shop');
  await page.getByText(/^Versions \(\d+\)$/).click();
  await page.getByRole('button', { name: 'Restore' }).last().click();
  await expect(page.getByTestId('source')).toHaveValue(/name: Versioned shop/);
  await expect(page.getByTestId('validation-status')).toContainText('Valid scenario');
});
