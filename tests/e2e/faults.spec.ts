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

test('an edit whose database write the browser dropped at page hide comes back from its localStorage copy', async ({ page, context }) => {
  await openApp(page);
  await typeScenario(page, smallScenario('Saved draft'));
  // Wait for the autosave of the forked scenario, then read its record back.
  const readSaved = () => page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('shoplab');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = await new Promise<{ id: string; text: string; title: string; fileName: string }[]>((resolve) => {
      const request = db.transaction('scenarios').objectStore('scenarios').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return all.find((s) => s.text.includes('name: Saved draft')) ?? null;
  });
  await expect.poll(readSaved).not.toBeNull();
  const record = (await readSaved())!;
  await page.close();
  // The next page finds a newer edit of that scenario whose database write never landed: only
  // the localStorage copy that flushOnHide leaves holds it.
  const pending = { ...record, text: record.text.replace('name: Saved draft', 'name: Only in the pending copy') };
  await context.addInitScript((value) => localStorage.setItem('shoplab.pendingEdit', JSON.stringify({ ...value, updatedAt: Date.now() })), pending);
  const next = await context.newPage();
  await openApp(next);
  await next.getByTestId('source-tab').click();
  await expect(next.getByTestId('source')).toHaveValue(/name: Only in the pending copy/);
});
