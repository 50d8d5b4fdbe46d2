// Follow one shopper: after a run the results show sampled shoppers' journeys, which can be
// picked by segment and outcome, in both languages.
import { expect, test } from '@playwright/test';
import { openApp, runAndWait, smallScenario, typeScenario } from './helpers.ts';

test('after a run, a sampled shopper who ordered can be followed day by day', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Journey shop'));
  await runAndWait(page);
  const journey = page.getByTestId('journey');
  await expect(journey).toContainText('Follow one shopper');
  await expect(page.getByTestId('journey-timeline')).toHaveCount(0); // built only when opened
  await journey.locator('summary').click();
  await expect(journey).toContainText('40 sampled shoppers');
  await page.getByTestId('journey-outcome').selectOption('ordered');
  const timeline = page.getByTestId('journey-timeline');
  await expect(timeline).toContainText(/Ordered \d+ × \w+, paid ¥\d+/);
  await expect(timeline).toContainText(/add to cart [\d.]+ % ✓/);
  // the first line of the timeline is dated from the scenario's start date
  await expect(timeline.locator('tbody tr').first().locator('td').first()).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const shoppers = await page.getByTestId('journey-shopper').locator('option').count();
  expect(shoppers).toBeGreaterThan(0);
  expect(shoppers).toBeLessThanOrEqual(40);
  await page.getByTestId('journey-outcome').selectOption('any');
  const segment = await page.getByTestId('journey-segment').locator('option').nth(1).getAttribute('value');
  await page.getByTestId('journey-segment').selectOption(segment!);
  for (const text of await page.getByTestId('journey-shopper').locator('option').allInnerTexts()) expect(text).toContain(` · ${segment} · `);

  await page.evaluate(() => localStorage.setItem('shoplab.locale', 'zh-CN'));
  await page.reload();
  await expect(page.getByTestId('validation-status')).toContainText('场景有效', { timeout: 30_000 });
  await expect(page.getByTestId('journey')).toContainText('跟随一位顾客', { timeout: 30_000 });
  await page.getByTestId('journey').locator('summary').click();
  await page.getByTestId('journey-outcome').selectOption('ordered');
  await expect(page.getByTestId('journey-timeline')).toContainText(/下单 \d+ 件/);
});
