// The scenario editor's problems in Chinese: with the workbench in Chinese, each problem of a
// broken scenario reads in Chinese at its line and field, in the list and on the marked line.
import { expect, test } from '@playwright/test';
import { openApp, smallScenario, typeScenario } from './helpers.ts';

test('a broken scenario shows its problems in Chinese at their lines, and in English again after switching back', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('language').selectOption('zh-CN');
  await typeScenario(page, smallScenario('坏场景', 'popualtion: 3\n').replace('size: 4000', 'size: -5'), false);
  const issues = page.getByTestId('issues');
  const typo = issues.locator('li', { hasText: 'popualtion' });
  await expect(typo).toContainText('第 6 行');
  await expect(typo).toContainText('未知的键；你是不是想写 "population"？');
  const size = issues.locator('li', { hasText: 'population.size' });
  await expect(size).toContainText('第 5 行');
  await expect(size).toContainText('应为 0 到 50000000 之间的整数，实际为 -5');
  await expect(issues).not.toContainText(/expected|unknown key/);
  await expect(page.locator('.gutter .error', { hasText: '6' })).toHaveAttribute('title', /popualtion: 未知的键/);

  await typeScenario(page, 'name: [unclosed\n', false);
  await expect(issues).toContainText('不是有效的 YAML');

  await page.getByTestId('language').selectOption('en');
  await expect(issues).toContainText('not valid YAML');
});
