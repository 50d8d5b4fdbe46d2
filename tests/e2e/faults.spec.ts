// Faults a user can cause in the workbench: closing the tab in the middle of an edit keeps the
// last keystroke (the library flushes its pending autosave on pagehide).
import { expect, test } from '@playwright/test';
import { openApp, smallScenario, typeScenario } from './helpers.ts';

test('a tab closed right after a keystroke restores that keystroke in the next tab', async ({ page, context }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Draft before'));
  // The edit lands and the tab closes at once, well inside the autosave delay.
  await page.getByTestId('source').fill(smallScenario('Draft after the last keystroke'));
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await openApp(next);
  await next.getByTestId('source-tab').click();
  await expect(next.getByTestId('source')).toHaveValue(/name: Draft after the last keystroke/);
});
