// Every lesson plays end to end in English and in Chinese, opened by its link; progress survives
// a reload; a learner plays a whole Beer Game round and sees the debrief.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, existsSync } from 'node:fs';

const LESSONS = readdirSync('lessons', { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`lessons/${d.name}/lesson.yaml`)).map((d) => d.name).sort();
const HAN = /[\u4e00-\u9fff]/;

async function useLanguage(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('shoplab.locale', l), locale);
}

/** Plays the open lesson to its end: answers, runs, reveals, debriefs. */
async function playLesson(page: Page, zh: boolean): Promise<void> {
  const player = page.getByTestId('lesson-player');
  const total = Number((await page.getByTestId('lesson-step').textContent())!.match(/\d+/g)![1]);
  for (let i = 0; i < total; i++) {
    await expect(player).toHaveAttribute('data-step', String(i));
    const kind = await player.getAttribute('data-kind');
    const text = (await page.getByTestId('step-text').textContent()) ?? '';
    expect(text.trim().length, `step ${i} has text`).toBeGreaterThan(3);
    if (zh) expect(text).toMatch(HAN);
    if (kind === 'predict') {
      const guess = page.getByTestId('guess');
      if (await guess.count()) {
        const [min, max] = [Number(await guess.getAttribute('min')), Number(await guess.getAttribute('max'))];
        await guess.fill(String(Math.round((min + max) / 2)));
      } else await page.locator('input[type="radio"]').first().check();
      await page.getByTestId('commit').click();
      await expect(page.getByTestId('committed')).toBeVisible();
    } else if (kind === 'run') {
      await page.getByTestId('run-step').click();
      await expect(page.getByTestId('ran')).toBeVisible({ timeout: 45_000 });
    } else if (kind === 'reveal') {
      await expect(page.getByTestId('reveal-result')).toHaveText(/\d/);
    } else if (kind === 'debrief') {
      await expect(page.getByTestId('lesson-chart').or(page.getByTestId('lesson-bars')).first()).toBeVisible();
      await expect(page.getByTestId('question')).toBeVisible();
    }
    await page.getByTestId('lesson-next').click();
  }
  await expect(page.getByTestId('lesson-finished')).toBeVisible();
}

for (const [lang, locale] of [['English', 'en'], ['Chinese', 'zh-CN']] as const) {
  for (const id of LESSONS) {
    test(`the ${id} lesson plays end to end in ${lang}, opened by its link`, async ({ page }) => {
      test.setTimeout(120_000);
      await useLanguage(page, locale);
      await page.goto(`./#lesson=${id}`);
      await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-lesson', id, { timeout: 30_000 });
      if (locale === 'zh-CN') await expect(page.getByRole('tab', { name: '课程' })).toHaveAttribute('aria-selected', 'true');
      await playLesson(page, locale === 'zh-CN');
    });
  }
}

test('lesson progress is kept in the browser across a reload', async ({ page }) => {
  await useLanguage(page, 'en');
  await page.goto('./#lesson=newsvendor');
  await expect(page.getByTestId('lesson-player')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('lesson-next').click();
  await page.getByTestId('guess').fill('1200');
  await page.getByTestId('commit').click();
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-step', '2');
  await page.goto('./');
  await page.getByRole('tab', { name: 'Lessons' }).click();
  await expect(page.locator('[data-lesson="newsvendor"] [data-testid="lesson-status"]')).toHaveText('Step 3 of 5');
  await page.getByRole('button', { name: /Open: The newsvendor/ }).click();
  await expect(page.getByTestId('lesson-player')).toHaveAttribute('data-step', '2');
  await page.getByTestId('run-step').click();
  await page.getByTestId('lesson-next').click();
  await expect(page.getByTestId('reveal-guess')).toHaveText('1,200');
});

test('a learner plays a whole Beer Game round as the wholesaler and sees the debrief', async ({ page }) => {
  test.setTimeout(90_000);
  await useLanguage(page, 'en');
  await page.goto('./#beergame');
  await expect(page.getByTestId('beer-game')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('beer-role').selectOption('wholesaler');
  await page.getByTestId('beer-start').click();
  await expect(page.getByTestId('beer-week')).toContainText('Week 1 of 36');
  await expect(page.getByTestId('beer-inventory')).toHaveText('12');
  await page.getByTestId('beer-order').fill('-3');
  await page.getByTestId('beer-place').click();
  await expect(page.getByRole('alert')).toContainText('whole number of cases');
  for (let week = 1; week <= 36; week++) {
    await page.getByTestId('beer-order').fill(week < 5 ? '4' : '8');
    await page.getByTestId('beer-place').click();
    if (week < 36) await expect(page.getByTestId('beer-week')).toContainText(`Week ${week + 1} of 36`);
  }
  await expect(page.getByTestId('beer-debrief')).toBeVisible();
  await expect(page.getByTestId('beer-chart')).toHaveCount(4);
  await expect(page.getByTestId('lesson-bars')).toContainText('Best base-stock chain');
});
