// Shared steps of the workbench's end-to-end tests: open the app, type a small scenario, run it.
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** A scenario small enough for a test to run in about a second. */
export function smallScenario(name: string, extra = ''): string {
  return `name: ${name}\ndays: 60\nreplications: 4\npopulation:\n  size: 4000\n${extra}`;
}

/** Opens the workbench (optionally with URL query) and waits until the scenario is validated. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByTestId('validation-status')).toContainText(/Valid scenario|场景有效/, { timeout: 30_000 });
}

/** Replaces the scenario text through the YAML editor and waits for it to validate. */
export async function typeScenario(page: Page, text: string, expectValid = true): Promise<void> {
  await page.getByTestId('source-tab').click();
  await page.getByTestId('source').fill(text);
  if (expectValid) await expect(page.getByTestId('validation-status')).toContainText('Valid scenario');
}

/** Clicks Run and waits for the KPI cards of a finished run. */
export async function runAndWait(page: Page): Promise<void> {
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-status')).toContainText(/replications × \d+ days in/, { timeout: 60_000 });
  await expect(page.getByTestId('kpi-cards')).toBeVisible();
}

/** Saves a screenshot under test-results/screenshots/. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}

/** Parses a money or count text as shown on a card ("¥1.25M", "12,345", "¥125万") into a number. */
export function parseShown(text: string): number {
  const m = /(-|−)?[¥]?\s*([\d.,]+)\s*([KMB万亿])?/.exec(text.replace(/CN/, ''));
  if (!m) return NaN;
  const scale = { K: 1e3, M: 1e6, B: 1e9, 万: 1e4, 亿: 1e8 }[m[3] ?? ''] ?? 1;
  return (m[1] ? -1 : 1) * Number(m[2].replace(/,/g, '')) * scale;
}

/** Asserts a chart was drawn with a finite y scale (uPlot draws on canvas, so read what it settled on). */
export async function expectChartDrawn(page: Page, testId: string): Promise<void> {
  const chart = page.getByTestId(testId);
  await expect(chart.locator('canvas')).toHaveCount(1);
  await expect(chart).toHaveAttribute('data-y-max', /^-?\d/);
  const min = Number(await chart.getAttribute('data-y-min'));
  const max = Number(await chart.getAttribute('data-y-max'));
  expect(Number.isFinite(min) && Number.isFinite(max) && max > min).toBe(true);
}
