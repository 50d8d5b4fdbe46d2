// Keyboard use and labelled controls, in every view, at 1280×720.
import { expect, test, type Page } from '@playwright/test';
import { openApp, smallScenario, typeScenario } from './helpers.ts';

/** Form controls on the page that have no accessible name (label, aria-label or aria-labelledby). */
async function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((e) => {
        const el = e as HTMLInputElement;
        if (el.type === 'hidden') return false;
        const named = (el.labels?.length ?? 0) > 0 || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent?.trim());
        return !named;
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  );
}

test('every control in every view has a label', async ({ page }) => {
  await openApp(page);
  expect(await unlabelled(page)).toEqual([]);
  await page.getByTestId('source-tab').click();
  expect(await unlabelled(page)).toEqual([]);
  for (const tab of ['Compare', 'Sweep', 'Optimise', 'Forecast studio']) {
    await page.getByRole('tab', { name: tab }).click();
    if (tab === 'Forecast studio') {
      await page.getByTestId('forecast-sample').click();
      await expect(page.getByTestId('forecast-loaded')).toBeVisible();
    }
    expect(await unlabelled(page), tab).toEqual([]);
  }
});

test('a scenario can be edited and run with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Keyboard shop'));
  await page.getByRole('tab', { name: 'Levers' }).click();
  const slider = page.locator('[data-lever="population.size"] input[type="range"]');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-lever="population.size"] input[type="number"]')).toHaveValue('5000');
  await page.getByTestId('run').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('run-status')).toContainText('Keyboard shop: 4 replications × 60 days', { timeout: 60_000 });
  // Nothing scrolls sideways at 1280 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});
