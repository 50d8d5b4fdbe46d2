// The workbench runs 000's forecast-driven replenishment with a model from models/ (the simulation
// workers provide the forecasters), and refuses a forecaster it cannot provide before running.
import { expect, test } from '@playwright/test';
import { openApp, runAndWait, typeScenario } from './helpers.ts';

const forecastShop = (model: string) =>
  `extends: /scenarios/000-clothing/forecast-replenishment.yaml\nname: Forecast shop\ndays: 21\nreplications: 2\npopulation:\n  size: 3000\nskus:\n  tee:\n    replenishment: { forecastModel: ${model} }\n`;

test('runs 000 forecast-driven replenishment with the ets forecaster in the workbench', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, forecastShop('ets'));
  await runAndWait(page);
  await expect(page.getByTestId('run-status')).toContainText('Forecast shop: 2 replications × 21 days');
  await expect(page.locator('[data-kpi="orders"] [data-testid="kpi-value"]')).toHaveText(/\d/);
});

test('refuses a forecaster the workbench cannot provide, with the field and the closest name', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, forecastShop('etss'), false);
  await expect(page.getByTestId('validation-status')).not.toContainText('Valid scenario');
  await expect(page.getByText(/skus\.tee\.replenishment\.forecastModel.*unknown forecaster "etss"; did you mean "ets"\?/).first()).toBeVisible();
});
