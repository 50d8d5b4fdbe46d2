// Files over the stated size limits are refused before they are read, with a message in the
// workbench's language, and the work already open (editor text, loaded sales data) is kept.
import { expect, test } from '@playwright/test';
import { closeSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, smallScenario, typeScenario } from './helpers.ts';

/** A sparse file of `bytes` zero bytes (nothing is written to disk), for the browser to pick. */
function bigFile(name: string, bytes: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shoplab-big-')), name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

test('an oversized scenario file is refused with a message and the editor keeps its text', async ({ page }) => {
  await openApp(page);
  const text = smallScenario('Work in progress');
  await typeScenario(page, text);
  await page.getByTestId('import-scenario').setInputFiles(bigFile('huge.yaml', 2 * 1_048_576));
  await expect(page.getByText('huge.yaml is')).toContainText('huge.yaml is 2.0 MiB; files of this kind may be at most 1.0 MiB. It was not opened and your work is unchanged.');
  await expect(page.getByTestId('source')).toHaveValue(text);
  await expect(page.getByTestId('my-scenarios')).not.toContainText('huge');
  await expect(page.getByTestId('validation-status')).toContainText('Valid scenario');
});

test('an oversized workbook is refused in Chinese and the loaded sales data stays', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('language').selectOption('zh-CN');
  await page.getByRole('tab', { name: '预测工作室' }).click();
  await page.getByTestId('forecast-sample').click();
  const loaded = page.getByTestId('forecast-loaded');
  await expect(loaded).toContainText('sample-sales.csv');
  const before = await loaded.innerText();
  await page.getByTestId('forecast-file').setInputFiles(bigFile('year.xlsx', 65 * 1_048_576));
  await expect(page.getByRole('alert')).toHaveText('year.xlsx 大小为 65.0 MiB；此类文件最大 64.0 MiB。文件未打开，您当前的工作未受影响。');
  await expect(loaded).toHaveText(before);
});
