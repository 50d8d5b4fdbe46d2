// The live classroom end to end: the real `shoplab classroom` process on a free loopback port with
// a temporary data directory, serving the built dist/, a trainer page and learner pages in
// separate browser contexts; a learner drops and rejoins; the trainer ends and downloads the CSV.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { joinAs, openPage, order, startClassroom, stopClassroom, unlabelled, type Classroom } from './classroom-fixture.ts';

test('a trainer and three learners play, one drops and rejoins their seat, the trainer ends and exports', async ({ browser }) => {
  test.setTimeout(120_000);
  const classroom = await startClassroom(1);
  try {
    const trainer = await openPage(browser, classroom.trainerUrl);
    const t = trainer.page;
    await expect(t.getByTestId('join-code')).toHaveText(classroom.code);
    await expect(t.getByTestId('join-link')).toHaveText(classroom.joinUrl);
    await expect(t.getByTestId('session-status')).toHaveAttribute('data-status', 'lobby');
    const [ann, bob, cai] = await Promise.all([0, 1, 2].map(() => openPage(browser, classroom.joinUrl)));
    await joinAs(ann.page, 'Ann');
    await joinAs(bob.page, 'Bob');
    await joinAs(cai.page, 'Cai', 'factory');
    await expect(cai.page.getByTestId('learner-seat')).toHaveText('Cai: Factory in team 1');
    await expect(ann.page.getByTestId('learner-seat')).toHaveText('Ann: Retailer in team 1');
    const seats = t.locator('[data-testid="team-panel"][data-team="1"] [data-testid="team-seats"]');
    await expect(seats.locator('tr[data-role="distributor"] td').first()).toHaveText("Computer (Sterman's rule)");
    await expect(seats.locator('tr[data-role="factory"] td').first()).toHaveText('Cai');
    expect(await unlabelled(t)).toEqual([]);
    expect(await unlabelled(ann.page)).toEqual([]);

    await t.getByTestId('control-start').click();
    await expect(t.getByTestId('session-status')).toHaveAttribute('data-status', 'running');
    // Week 1: everyone orders, so the team's week is played without the trainer.
    await order(ann.page, 4);
    await expect(ann.page.getByTestId('order-placed')).toBeVisible();
    await order(bob.page, 5);
    await order(cai.page, 6);
    for (const p of [ann.page, bob.page, cai.page]) await expect(p.getByTestId('learner-week')).toContainText('Week 2 of 36');
    await expect(cai.page.locator('[data-testid="learner-history"] tr[data-week="1"] [data-testid="history-order"]')).toHaveText('6');

    // Week 2: Cai closes the tab before ordering; the trainer sees them offline and advances.
    const rejoinLink = await cai.page.getByTestId('rejoin-link').getAttribute('href');
    expect(rejoinLink).toMatch(/#\/classroom\/join\?code=[A-Z]+&seat=[\w-]+$/);
    await cai.page.close();
    await expect(seats.locator('tr[data-role="factory"] td').nth(1)).toHaveText('Offline');
    await order(ann.page, 8);
    await order(bob.page, 7);
    await t.getByTestId('control-advance').click();
    await expect(t.locator('[data-testid="team-panel"][data-team="1"] h2')).toContainText('week 2 of 36');

    // Cai comes back through the plain join link in the same browser: same seat, same history.
    const back = await cai.context.newPage();
    await back.goto(classroom.joinUrl);
    await expect(back.getByTestId('learner-seat')).toHaveText('Cai: Factory in team 1');
    await expect(back.getByTestId('learner-week')).toContainText('Week 3 of 36');
    await expect(back.locator('[data-testid="learner-history"] tr[data-week="1"] [data-testid="history-order"]')).toHaveText('6');
    await expect(back.locator('[data-testid="learner-history"] tr[data-week="2"] td').nth(1)).toHaveText('Rule (no order given)');
    await expect(seats.locator('tr[data-role="factory"] td').nth(1)).toHaveText('Online');
    // And from another machine with the rejoin link.
    const elsewhere = await openPage(browser, rejoinLink!);
    await expect(elsewhere.page.getByTestId('learner-seat')).toHaveText('Cai: Factory in team 1');
    await expect(back.getByTestId('classroom-error')).toHaveAttribute('data-code', 'replaced');
    await elsewhere.context.close();

    // Week 3 with everyone, then the trainer ends the session.
    await back.reload();
    await expect(back.getByTestId('learner-seat')).toHaveText('Cai: Factory in team 1');
    await order(ann.page, 8);
    await order(bob.page, 8);
    await order(back, 8);
    await expect(t.locator('[data-testid="leaderboard"] tr[data-team="1"] td').nth(1)).toHaveText('3');
    await expect(t.locator('[data-testid="team-panel"] [data-testid="classroom-chart"]')).toHaveCount(2);
    await t.getByTestId('control-end').click();
    await expect(t.getByTestId('session-status')).toHaveAttribute('data-status', 'ended');
    await expect(ann.page.getByTestId('learner-debrief')).toBeVisible();
    await expect(ann.page.getByTestId('learner-debrief').locator('[data-testid="classroom-chart"]')).toHaveCount(3);

    const download = t.waitForEvent('download');
    await t.getByTestId('export-csv').click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('team,role,week,order,inventory,backlog,cost,player,orderedBy');
    expect(lines).toHaveLength(1 + 4 * 3);
    expect(lines.filter((l) => l.startsWith('1,factory,')).map((l) => l.split(',').slice(-2).join(','))).toEqual(['Cai,learner', 'Cai,filled', 'Cai,learner']);
    expect(lines.filter((l) => l.startsWith('1,retailer,')).map((l) => Number(l.split(',')[3]))).toEqual([4, 8, 8]);
    const total = lines.slice(1).reduce((sum, l) => sum + Number(l.split(',')[6]), 0);
    const shown = await t.locator('[data-testid="leaderboard"] [data-testid="leaderboard-cost"]').textContent();
    expect(Number(shown!.replace(/,/g, ''))).toBeCloseTo(total, 1);
    for (const c of [trainer, ann, bob, cai]) await c.context.close();
  } finally {
    await stopClassroom(classroom);
  }
});

test('the classroom pages show no English in Chinese, apart from names', async ({ browser }) => {
  test.setTimeout(90_000);
  const classroom = await startClassroom(2);
  try {
    const trainer = await openPage(browser, classroom.trainerUrl, 'zh-CN');
    const learner = await openPage(browser, classroom.joinUrl, 'zh-CN');
    const english = async (page: Page) => {
      const text = await page.locator('body').innerText();
      const cleaned = text.replace(/https?:\/\/\S+/g, ' ').replace(new RegExp(classroom.code, 'g'), ' ').replace(/\b(ShopLab|Sterman|CSV|Excel|PNG|English|HTTP)\b/g, ' ');
      return cleaned.match(/[A-Za-z]{2,}/g) ?? [];
    };
    await expect(learner.page.getByTestId('join-submit')).toHaveText('加入');
    expect(await english(learner.page)).toEqual([]);
    await joinAs(learner.page, '小王');
    await expect(learner.page.getByTestId('learner-seat')).toHaveText('小王：第 1 组的零售商');
    await expect(trainer.page.getByTestId('session-status')).toHaveText('等待开始');
    expect(await english(trainer.page)).toEqual([]);
    expect(await english(learner.page)).toEqual([]);
    await trainer.page.getByTestId('control-start').click();
    await order(learner.page, 4);
    await expect(learner.page.getByTestId('learner-week')).toContainText('第 2 周');
    await order(learner.page, 20000);
    await expect(learner.page.getByRole('alert')).toBeVisible();
    await trainer.page.getByTestId('control-pause').click();
    await expect(learner.page.getByTestId('learner-desk')).toContainText('培训师已暂停课堂');
    await trainer.page.getByTestId('control-resume').click();
    await trainer.page.getByTestId('control-advance').click();
    await trainer.page.getByTestId('control-end').click();
    await expect(learner.page.getByTestId('learner-debrief')).toBeVisible();
    await expect(trainer.page.locator('[data-testid="team-panel"][data-team="2"] [data-testid="classroom-chart"]')).toHaveCount(2);
    expect(await english(trainer.page)).toEqual([]);
    expect(await english(learner.page)).toEqual([]);
    await trainer.context.close();
    await learner.context.close();
  } finally {
    await stopClassroom(classroom);
  }
});

test('open pages reconnect after the server restarts, and the session continues where it was', async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await startClassroom(1);
  let second: Classroom | null = null;
  try {
    const trainer = await openPage(browser, first.trainerUrl);
    const learner = await openPage(browser, first.joinUrl);
    await joinAs(learner.page, 'Ann', 'wholesaler');
    await trainer.page.getByTestId('control-start').click();
    await order(learner.page, 11);
    await expect(learner.page.getByTestId('learner-week')).toContainText('Week 2 of 36');
    await stopClassroom(first);
    await expect(learner.page.getByTestId('classroom-link-state')).toHaveText('Connection lost; reconnecting…');
    second = await startClassroom(1, first.dataDir, first.port);
    expect([second.code, second.trainerUrl]).toEqual([first.code, first.trainerUrl]);
    await expect(learner.page.getByTestId('classroom-link-state')).toHaveCount(0);
    await expect(learner.page.getByTestId('learner-seat')).toHaveText('Ann: Wholesaler in team 1');
    await order(learner.page, 9);
    await expect(learner.page.getByTestId('learner-week')).toContainText('Week 3 of 36');
    await expect(learner.page.locator('[data-testid="learner-history"] tr[data-week="1"] [data-testid="history-order"]')).toHaveText('11');
    await expect(trainer.page.locator('[data-testid="team-panel"][data-team="1"] h2')).toContainText('week 2 of 36');
    await trainer.context.close();
    await learner.context.close();
  } finally {
    if (second) await stopClassroom(second);
    else if (first.process.exitCode === null) await stopClassroom(first);
  }
});
