// A run-time refusal (a sweep value the scenario cannot take) follows the workbench's language:
// the same failure reads in English, then in Chinese after switching, naming the lever and value.
import { expect, test } from '@playwright/test';
import { openApp, smallScenario, typeScenario } from './helpers.ts';

test('a refused sweep value is explained in the chosen language, and switches with it', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Bad sweep'));
  await page.getByRole('tab', { name: 'Sweep' }).click();
  await page.getByTestId('sweep-lever-0').selectOption('fulfilment.promiseHours');
  await page.getByTestId('sweep-from-0').fill('-10');
  await page.getByTestId('sweep-to-0').fill('10');
  await page.getByTestId('sweep-run').click();
  const error = page.getByTestId('batch-error');
  await expect(error).toContainText('fulfilment.promiseHours = -10: expected');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(error).toContainText('fulfilment.promiseHours = -10: 应为');
  await expect(error).toContainText('实际为 -10');
  await expect(error).not.toContainText('expected');
});
