// Results that refine live: the KPI cards appear once the first replication lands, say how many of
// how many they rest on, and give way to the full summary when the run ends.
import { expect, test } from '@playwright/test';
import { openApp, smallScenario, typeScenario } from './helpers.ts';

test('KPI cards appear from the first replications and refine to the full run', async ({ page }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Progressive shop').replace('days: 60', 'days: 200').replace('replications: 4', 'replications: 12').replace('size: 4000', 'size: 20000'));
  // Record every "n of N" the page shows, however briefly.
  await page.evaluate(() => {
    const w = window as unknown as { partials: string[] };
    w.partials = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="partial-kpis"]')?.textContent;
      if (text && w.partials.at(-1) !== text) w.partials.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByTestId('run').click();
  await expect(page.getByTestId('partial-kpis')).toContainText(/of 12 replications/, { timeout: 60_000 });
  await expect(page.getByTestId('kpi-cards')).toBeVisible();
  await expect(page.getByTestId('run-status')).toContainText(/12 replications × 200 days in/, { timeout: 90_000 });
  await expect(page.getByTestId('partial-kpis')).toHaveCount(0);
  await expect(page.getByTestId('kpi-cards')).toHaveAttribute('data-replications', '12');
  const partials = await page.evaluate(() => (window as unknown as { partials: string[] }).partials);
  const counts = partials.map((p) => Number(/(\d+) of 12/.exec(p)?.[1]));
  expect(counts[0]).toBeLessThan(12);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
});
