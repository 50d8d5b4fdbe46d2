// With the workbench in Chinese, its refusals read in Chinese: a sweep lever row it cannot run, a
// comparison left with one scenario, and a sales file's problems with their row and column.
import { expect, test, type Locator } from '@playwright/test';
import { englishWords } from '../cli/chinese-checker.ts';
import { openApp } from './helpers.ts';

/** Asserts a shown text has no English words besides the given identifiers. */
async function expectChinese(locator: Locator, identifiers: string[] = []): Promise<void> {
  const text = await locator.innerText();
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(englishWords(text, identifiers)).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await page.getByTestId('language').selectOption('zh-CN');
});

test('the sweep refuses a lever row with zero steps in Chinese', async ({ page }) => {
  await page.getByRole('tab', { name: '参数扫描' }).click();
  await page.getByTestId('sweep-steps-0').fill('0');
  await page.getByTestId('sweep-run').click();
  const error = page.getByTestId('batch-error');
  await expect(error).toContainText(/^调节杆 \S+：步数必须是 1 到 50 之间的整数。$/);
  await expectChinese(error, [await page.getByTestId('sweep-lever-0').inputValue()]);
});

test('compare refuses in Chinese when one of its two scenarios was deleted', async ({ page }) => {
  await page.getByTestId('import-scenario').setInputFiles({ name: 'gone.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'Gone shop', days: 30 })) });
  await expect(page.getByTestId('my-scenarios')).toContainText('Gone shop');
  await page.getByRole('tab', { name: '方案对比' }).click();
  await expect(page.getByTestId('compare-pick-0')).toHaveValue(/.+/);
  await page.getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('my-scenarios')).not.toContainText('Gone shop');
  await page.getByTestId('compare-run').click();
  const error = page.getByTestId('batch-error');
  await expect(error).toHaveText('请选择 2 到 4 个场景。');
});

test('the forecast studio shows a bad sales file\'s problems in Chinese with their row and column', async ({ page }) => {
  await page.getByRole('tab', { name: '预测工作室' }).click();
  await page.getByTestId('forecast-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('unique_id,date,y\nA,2024-01-01,1\n') });
  const issues = page.getByTestId('forecast-issues');
  await expect(issues).toContainText('第 1 行：缺少列 "ds"；表头中有 "unique_id"、"date"、"y"——是不是 "date"？（请把它改名为 ds）');
  await expectChinese(issues.locator('li'), ['date']);

  await page.getByTestId('forecast-file').setInputFiles({ name: 'cells.csv', mimeType: 'text/csv', buffer: Buffer.from('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,x\n') });
  await expect(issues).toContainText('第 3 行，列 y："x" 不是数字');
  await expect(issues).not.toContainText(/is not|expected|missing/);
});
