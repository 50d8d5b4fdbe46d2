// The first-visit tour: in both languages, skippable, marked seen, and reopened from the header.
import { expect, test } from '@playwright/test';

test('the tour walks the workbench in English, can be skipped, and reopens from the header', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('shoplab.locale', 'en'));
  await page.goto('./?tour=1');
  const popover = page.locator('.driver-popover');
  await expect(popover).toBeVisible({ timeout: 30_000 });
  await expect(popover.locator('.driver-popover-title')).toHaveText('Views');
  await popover.getByRole('button', { name: 'Next' }).click();
  await expect(popover.locator('.driver-popover-title')).toHaveText('Scenario library');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  // driver.js calls onDestroyed (which marks the tour seen) just after it removes the popover.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('shoplab.tourSeen'))).toBe('1');
  await page.getByTestId('tour').click();
  await expect(popover.locator('.driver-popover-title')).toHaveText('Views');
});

test('the tour speaks Chinese when Chinese is chosen', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('shoplab.locale', 'zh-CN'));
  await page.goto('./?tour=1');
  const popover = page.locator('.driver-popover');
  await expect(popover.locator('.driver-popover-title')).toHaveText('视图', { timeout: 30_000 });
  await expect(popover.getByRole('button', { name: '下一步' })).toBeVisible();
  await expect(popover.locator('.driver-popover-progress-text')).toHaveText('第 1 步，共 7 步');
});
