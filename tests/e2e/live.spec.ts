// Live what-if: moving a lever re-runs the scenario by itself (a preview of the first
// replications that refines to the full run), the Live switch turns that off and is remembered,
// and the main thread stays responsive through a drag.
import { expect, test, type Page } from '@playwright/test';
import { startWatching, stopWatching } from './longtasks.ts';
import { openApp, parseShown, runAndWait, smallScenario, typeScenario } from './helpers.ts';

const budgetSlider = '[data-lever="channels.paid_search.budgetPerDayCny"] input[type="range"]';
const ordersValue = '[data-kpi="orders"] [data-testid="kpi-value"]';

async function setUp(page: Page, name: string, replications = 8): Promise<void> {
  await openApp(page);
  await typeScenario(page, smallScenario(name).replace('replications: 4', `replications: ${replications}`));
  await runAndWait(page);
  await page.getByRole('tab', { name: 'Levers' }).click();
}

test('moving a lever refreshes the KPI cards without pressing Run, through a preview to the full run', async ({ page }) => {
  await setUp(page, 'Live shop');
  const before = parseShown(await page.locator(ordersValue).innerText());
  const runs = await page.evaluate(() => (window as unknown as { shoplab: { run: { elapsedMs: number } } }).shoplab.run.elapsedMs);
  const slider = page.locator(budgetSlider);
  await slider.focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('partial-kpis')).toContainText(/Live preview: \d of 8 replications/, { timeout: 30_000 });
  await expect(page.getByTestId('run-status')).toContainText('Live shop: 8 replications × 60 days', { timeout: 60_000 });
  await expect(page.getByTestId('partial-kpis')).toHaveCount(0);
  // A much larger paid budget brings more orders, and the cards show the new run's.
  const after = parseShown(await page.locator(ordersValue).innerText());
  expect(after).toBeGreaterThan(before);
  expect(await page.evaluate(() => (window as unknown as { shoplab: { run: { elapsedMs: number; live: boolean } } }).shoplab.run.live)).toBe(true);
  expect(runs).toBeGreaterThan(0);
  await expect(page.getByTestId('run-status')).not.toContainText('changed since');
});

test('with Live switched off a lever move waits for Run, and the choice survives a reload', async ({ page }) => {
  await setUp(page, 'Still shop', 4);
  await page.getByTestId('live-toggle').uncheck();
  const before = await page.locator(ordersValue).innerText();
  await page.locator(budgetSlider).focus();
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.getByTestId('run-status')).toContainText('changed since');
  await expect(page.locator(ordersValue)).toHaveText(before);
  await page.reload();
  await expect(page.getByTestId('validation-status')).toContainText('Valid scenario', { timeout: 30_000 });
  await expect(page.getByTestId('live-toggle')).not.toBeChecked();
  await page.getByTestId('live-toggle').check();
  await page.reload();
  await expect(page.getByTestId('live-toggle')).toBeChecked();
});

test('a live drag never blocks the main thread over 50 ms and ends on the results of where the slider stopped', async ({ page, browser }, testInfo) => {
  await setUp(page, 'Drag shop');
  await startWatching(browser, page);
  const slider = page.locator(budgetSlider);
  const box = (await slider.boundingBox())!;
  // A mouse drag across the slider in small steps, each an input event (and a lever move).
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) {
    await page.mouse.move(box.x + box.width * (0.2 + 0.04 * i), box.y + box.height / 2);
    await page.waitForTimeout(60);
  }
  await page.mouse.up();
  // The live re-run of where the slider ended has finished and its results are on screen.
  await page.waitForFunction(() => {
    const w = (window as unknown as { shoplab: { run: { live: boolean; status: string; resultText: string }; editor: { validText: string; text: string } } }).shoplab;
    return w.run.live && w.run.status === 'done' && w.editor.text === w.editor.validText && w.run.resultText === w.editor.validText;
  }, undefined, { timeout: 60_000 });
  await page.waitForTimeout(500); // the charts' last paints
  const { observed, traced } = await stopWatching(browser, page);
  testInfo.annotations.push({ type: 'long tasks (wall ms / cpu ms)', description: observed.map((t) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`).join(', ') || 'none' });
  expect(observed.filter((t) => t.cpuMs > 50)).toEqual([]);
  expect(traced.filter((t) => t.cpuMs > 50)).toEqual([]);
  await expect(page.getByTestId('partial-kpis')).toHaveCount(0);
  await expect(page.getByTestId('run-status')).not.toContainText('changed since');
});
