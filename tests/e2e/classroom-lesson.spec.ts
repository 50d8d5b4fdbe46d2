// A classroom lesson end to end: the real `shoplab classroom` on a free loopback port; the trainer
// starts a newsvendor lesson from the page, three learners join, guess, one reloads mid-lesson and
// comes back to their guess, the server runs the step once for the room, the trainer sees the class's
// guesses against the result and the closest first, everyone sees the debrief, the CSV has every guess.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { newsvendorNormal } from '../../models/inventory/newsvendor.ts';
import { joinAs, openPage, startClassroom, stopClassroom, unlabelled } from './classroom-fixture.ts';

async function guess(page: Page, value: number): Promise<void> {
  await page.getByTestId('guess').fill(String(value));
  await page.getByTestId('send-guess').click();
}

const stepOf = (page: Page) => page.getByTestId('lesson-step');

test('a trainer teaches the newsvendor lesson to three learners: guesses, one run for the room, reveal, debrief, export', async ({ browser }) => {
  test.setTimeout(120_000);
  const classroom = await startClassroom(1);
  try {
    const trainer = await openPage(browser, classroom.trainerUrl);
    const t = trainer.page;
    await expect(t.getByTestId('join-code')).toHaveText(classroom.code);
    await t.getByTestId('new-kind').selectOption('lesson');
    await t.getByTestId('new-lesson').selectOption('newsvendor');
    await t.getByTestId('new-session').click();
    await expect(stepOf(t)).toHaveAttribute('data-kind', 'explain');
    await expect(t.getByTestId('join-code')).not.toHaveText(classroom.code);
    const code = (await t.getByTestId('join-code').textContent())!;
    const joinUrl = classroom.joinUrl.replace(classroom.code, code);
    await expect(t.getByTestId('join-link')).toHaveText(joinUrl);

    const [ann, bob, cai] = await Promise.all([0, 1, 2].map(() => openPage(browser, joinUrl)));
    await expect(ann.page.getByTestId('join-lesson')).toContainText('The newsvendor');
    await expect(ann.page.getByTestId('join-role')).toHaveCount(0);
    await joinAs(ann.page, 'Ann');
    await joinAs(bob.page, 'Bob');
    await joinAs(cai.page, 'Cai');
    await expect(t.locator('[data-testid="lesson-learners"] tbody tr')).toHaveCount(3);
    expect(await unlabelled(t)).toEqual([]);

    await t.getByTestId('control-start').click();
    await t.getByTestId('control-advance').click();
    for (const p of [t, ann.page, bob.page, cai.page]) await expect(stepOf(p)).toHaveAttribute('data-kind', 'predict');
    expect(await unlabelled(ann.page)).toEqual([]);
    await guess(ann.page, 900);
    await expect(ann.page.getByTestId('own-guess')).toHaveText('Your guess: 900 units');
    await guess(bob.page, 5000);
    await expect(bob.page.getByRole('alert')).toHaveText('Enter a number from 0 to 3000.');
    await guess(bob.page, 1300);
    await guess(cai.page, 1100);
    await expect(t.getByTestId('guessed-count')).toHaveText('3 of 3 learners have guessed.');
    // A learner sees their own guess only, and cannot guess twice.
    await expect(ann.page.getByTestId('learner-lesson')).not.toContainText('1,300');
    await expect(ann.page.getByTestId('guess')).toHaveCount(0);

    // Cai reloads mid-lesson: back in the same place with the same guess.
    await cai.page.reload();
    await expect(cai.page.getByTestId('learner-seat')).toContainText('Cai');
    await expect(cai.page.getByTestId('own-guess')).toHaveText('Your guess: 1,100 units');
    await expect(t.locator('[data-testid="lesson-learners"] tr[data-learner="L3"] td').nth(1)).toHaveText('Online');

    // The run: once, on the server, with the class's median order (1,100).
    await t.getByTestId('control-advance').click();
    for (const p of [t, ann.page, cai.page]) await expect(p.getByTestId('class-run')).toHaveAttribute('data-state', 'done');
    await expect(t.getByTestId('class-run')).toContainText('This run took the class\'s median guess: 1,100 units.');
    await expect(ann.page.getByTestId('class-run')).not.toContainText('median');

    const best = newsvendorNormal({ mean: 1000, sd: 300 }, { unitPrice: 100, unitCost: 40, salvageValue: 10 }).orderQuantity;
    const shown = (v: number) => Math.round(v).toLocaleString('en');
    await t.getByTestId('control-advance').click();
    await expect(t.getByTestId('class-result')).toHaveText(shown(best));
    await expect(t.locator('[data-testid="closest"] tbody tr th')).toHaveText(['Cai', 'Bob', 'Ann']);
    await expect(t.locator('[data-testid="closest"] [data-testid="off-by"]').first()).toHaveText((best - 1100).toFixed(1));
    await expect(t.getByTestId('lesson-bars').locator('li')).toHaveCount(8);
    await expect(t.getByTestId('lesson-bars')).toContainText('← the result');
    await expect(ann.page.getByTestId('reveal-guess')).toHaveText('900');
    await expect(ann.page.getByTestId('reveal-result')).toHaveText(shown(best));
    await expect(ann.page.getByTestId('reveal-error')).toHaveText(shown(best - 900));
    await expect(ann.page.getByTestId('learner-lesson')).not.toContainText('Cai');

    await t.getByTestId('control-advance').click();
    for (const p of [t, ann.page, bob.page, cai.page]) {
      await expect(stepOf(p)).toHaveAttribute('data-kind', 'debrief');
      await expect(p.getByTestId('lesson-debrief').getByTestId('lesson-bars').locator('li')).toHaveCount(2);
      await expect(p.getByTestId('question')).toContainText('clearance price');
    }

    const download = t.waitForEvent('download');
    await t.getByTestId('export-csv').click();
    const lines = readFileSync(await (await download).path(), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('learner,name,team,step,prediction,guess,result,error,rank');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 6).join(','))).toEqual(['L1,Ann,,2,order,900', 'L2,Bob,,2,order,1300', 'L3,Cai,,2,order,1100']);
    expect(lines.slice(1).map((l) => Number(l.split(',')[8]))).toEqual([3, 2, 1]);
    expect(Number(lines[1].split(',')[6])).toBeCloseTo(best, 6);
    await t.getByTestId('control-end').click();
    await expect(ann.page.getByTestId('learner-lesson')).toContainText('The session has ended.');
    for (const c of [trainer, ann, bob, cai]) await c.context.close();
  } finally {
    await stopClassroom(classroom);
  }
});

test('a classroom lesson in Chinese shows no English on the trainer\'s or a learner\'s page, apart from names and the lesson\'s own symbols', async ({ browser }) => {
  test.setTimeout(90_000);
  const classroom = await startClassroom(1);
  // Latin words the Chinese lesson text itself uses (symbols such as Cu and Co, ShopLab).
  const zhText = readFileSync('lessons/newsvendor/zh.md', 'utf8').replace(/^##.*$/gm, '').replace(/^\s*-\s*[\w.-]+:/gm, '');
  const lessonWords = new Set(zhText.match(/[A-Za-z]{2,}/g) ?? []);
  expect([...lessonWords].sort()).toEqual(['Co', 'Cu', 'ShopLab', 'inventory', 'models']);
  const english = async (page: Page, code: string) => {
    const text = await page.locator('body').innerText();
    const cleaned = text.replace(/https?:\/\/\S+/g, ' ').replace(new RegExp(code, 'g'), ' ').replace(/\b(ShopLab|CSV|Excel|PNG|English|HTTP|Ann)\b/g, ' ');
    return (cleaned.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !lessonWords.has(w));
  };
  try {
    const trainer = await openPage(browser, classroom.trainerUrl, 'zh-CN');
    const t = trainer.page;
    await t.getByTestId('new-kind').selectOption('lesson');
    await t.getByTestId('new-lesson').selectOption('newsvendor');
    await t.getByTestId('new-session').click();
    await expect(stepOf(t)).toHaveAttribute('data-kind', 'explain');
    const code = (await t.getByTestId('join-code').textContent())!;
    const learner = await openPage(browser, classroom.joinUrl.replace(classroom.code, code), 'zh-CN');
    const l = learner.page;
    await expect(l.getByTestId('join-lesson')).toContainText('报童');
    expect(await english(l, code)).toEqual([]);
    await joinAs(l, 'Ann');
    await t.getByTestId('control-start').click();
    await t.getByTestId('control-advance').click();
    await expect(stepOf(l)).toHaveAttribute('data-kind', 'predict');
    expect(await english(t, code)).toEqual([]);
    expect(await english(l, code)).toEqual([]);
    await guess(l, 1000);
    await expect(l.getByTestId('own-guess')).toBeVisible();
    for (const kind of ['run', 'reveal', 'debrief']) {
      await t.getByTestId('control-advance').click();
      for (const p of [t, l]) await expect(stepOf(p)).toHaveAttribute('data-kind', kind);
      if (kind === 'run') await expect(l.getByTestId('class-run')).toHaveAttribute('data-state', 'done');
      if (kind === 'reveal') await expect(t.getByTestId('closest')).toBeVisible();
      expect(await english(t, code), `trainer at ${kind}`).toEqual([]);
      expect(await english(l, code), `learner at ${kind}`).toEqual([]);
    }
    await trainer.context.close();
    await learner.context.close();
  } finally {
    await stopClassroom(classroom);
  }
});
