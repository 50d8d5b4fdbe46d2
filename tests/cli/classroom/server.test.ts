// The classroom server on a free loopback port with a temporary data directory: pages, the hub's
// replies and refusals, the trainer-only exports, and a restart that continues the session.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-fixture.ts';
import { classroomsClosedAfterEach, fakeDist } from './fixture.ts';

const { start, client, closeAll } = classroomsClosedAfterEach();

describe('the classroom server', () => {
  it('serves the built workbench and nothing outside it', async () => {
    const c = await start(mkdtempSync(join(tmpdir(), 'shoplab-data-')), fakeDist());
    const base = `http://127.0.0.1:${c.port}`;
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>ShopLab</title>');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${base}/assets/app.js`, { method: 'POST' })).status).toBe(405);
    expect(c.trainerUrl).toBe(`${base}/#/classroom/trainer?token=${c.room.trainerSecret}`);
    expect(c.joinUrls).toEqual([`${base}/#/classroom/join?code=${c.room.session.code}`]);
  });

  it('plays rounds with three learners, refuses bad messages with a reply, and exports for the trainer only', async () => {
    const c = await start(mkdtempSync(join(tmpdir(), 'shoplab-data-')), fakeDist());
    const { code } = c.room.session;
    const token = c.room.trainerSecret;
    const trainer = await client(c.port);
    expect(await trainer.ask({ type: 'trainer', token: 'x'.repeat(43), action: 'start' }, 'error')).toMatchObject({ code: 'badTrainerToken' });
    const first = await trainer.ask({ type: 'trainer', token, action: 'watch' }, 'trainer-view');
    expect(first).toMatchObject({ status: 'lobby', code, joinUrls: c.joinUrls });
    const learners = [await client(c.port), await client(c.port), await client(c.port)];
    const joined = [];
    for (const [i, name] of ['Ann', 'Bob', 'Cai'].entries()) joined.push(await learners[i].ask({ type: 'join', code, name, team: 1 }, 'joined'));
    expect(joined.map((j) => j.learnerId)).toEqual(['L1', 'L2', 'L3']);
    await learners[0].ask({ type: 'order', week: 1, cases: 4 }, 'error').then((e) => expect(e.code).toBe('notStarted'));
    await trainer.ask({ type: 'trainer', token, action: 'start' }, 'trainer-view', (v) => v.status === 'running');
    expect(await learners[0].ask('x'.repeat(5000), 'error')).toMatchObject({ code: 'tooLarge' });
    expect(await learners[0].ask('not json', 'error')).toMatchObject({ code: 'badJson' });
    expect(await learners[0].ask({ type: 'order', week: 1, cases: -2 }, 'error')).toMatchObject({ code: 'invalid', field: 'cases' });
    for (const [i, l] of learners.entries()) l.send({ type: 'order', week: 1, cases: 5 + i });
    const view = await trainer.next('trainer-view', (v) => v.teams[0].week === 1);
    expect(view.teams[0].history.stages.retailer.orders).toEqual([5]);
    expect(view.teams[0].history.stages.factory.source).toEqual(['rule']);
    expect(view.teams[1].week).toBe(0);
    const annView = await learners[0].ask({ type: 'order', week: 2, cases: 8 }, 'learner-view', (v) => v.pendingOrder === 8);
    expect(annView.seats.map((s) => s.ordered)).toEqual([true, false, false, false]);
    await trainer.ask({ type: 'trainer', token, action: 'advance' }, 'trainer-view', (v) => v.teams[0].week === 2);
    const base = `http://127.0.0.1:${c.port}/classroom/export`;
    expect((await fetch(`${base}.csv`)).status).toBe(401);
    expect((await fetch(`${base}.csv`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
    const csv = await fetch(`${base}.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="classroom-${code}.csv"`);
    const lines = (await csv.text()).trimEnd().split('\n');
    // Team 1 played two weeks (its learners', then the trainer's); team 2 only the trainer's.
    expect(lines).toHaveLength(1 + 4 * 2 + 4 * 1);
    const w = c.room.teamGames[0].record.stages.wholesaler;
    expect(lines).toContain(`1,wholesaler,2,${w.orders[1]},${w.inventory[1]},${w.backlog[1]},${w.costPerWeek[1]},Bob,filled`);
    const xlsx = await fetch(`${base}.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(xlsx.status).toBe(200);
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('keeps the session through a restart: same code and trainer token, learners rejoin their seats', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shoplab-data-'));
    const dist = fakeDist();
    const first = await start(dataDir, dist);
    const { code } = first.room.session;
    const token = first.room.trainerSecret;
    const trainer = await client(first.port);
    await trainer.ask({ type: 'trainer', token, action: 'start' }, 'trainer-view');
    const ann = await client(first.port);
    const seat = await ann.ask({ type: 'join', code, name: 'Ann', team: 2, role: 'distributor' }, 'joined');
    await ann.ask({ type: 'order', week: 1, cases: 13 }, 'learner-view', (v) => v.week === 1);
    await closeAll();

    const second = await start(dataDir, dist);
    expect(second.restored).toBe(true);
    expect(second.room.session.code).toBe(code);
    expect(second.room.trainerSecret).toBe(token);
    const back = await client(second.port);
    expect(await back.ask({ type: 'rejoin', code, token: 'y'.repeat(32) }, 'error')).toMatchObject({ code: 'badSeatToken' });
    expect(await back.ask({ type: 'rejoin', code, token: seat.token }, 'joined')).toEqual(seat);
    const view = await back.ask({ type: 'order', week: 2, cases: 3 }, 'learner-view', (v) => v.week === 2);
    expect(view.you).toMatchObject({ name: 'Ann', team: 2, role: 'distributor' });
    expect(view.history.map((w) => [w.order, w.source])).toEqual([[13, 'learner'], [3, 'learner']]);
  });

  it('sends a learner only their own team\'s views, and answers a flood with rate-limit refusals', async () => {
    const c = await start(mkdtempSync(join(tmpdir(), 'shoplab-data-')), fakeDist());
    const { code } = c.room.session;
    const trainer = await client(c.port);
    await trainer.ask({ type: 'trainer', token: c.room.trainerSecret, action: 'start' }, 'trainer-view');
    const ann = await client(c.port);
    const bob = await client(c.port);
    await ann.ask({ type: 'join', code, name: 'Ann', team: 1 }, 'learner-view');
    await bob.ask({ type: 'join', code, name: 'Bob from team two', team: 2 }, 'learner-view');
    await bob.ask({ type: 'order', week: 1, cases: 9 }, 'learner-view', (v) => v.week === 1);
    await trainer.next('trainer-view', (v) => v.teams[1].week === 1);
    expect(ann.messages.length).toBeGreaterThan(0);
    expect(JSON.stringify(ann.messages)).not.toContain('Bob from team two');
    expect(ann.messages.every((m) => m.type !== 'learner-view' || m.you.team === 1)).toBe(true);
    for (let i = 0; i < 40; i++) ann.send({ type: 'order', week: 1, cases: 1 });
    const limited = await ann.next('error', (e) => e.code === 'rateLimited');
    expect(limited.message).toBe('more than 5 messages a second; wait a moment');
  });

  it('refuses to start without a built workbench, saying to run npm run build (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-data-'));
    const r = await runCli(['classroom', '--port', '0', '--dist', join(dir, 'no-dist'), '--data', dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Run `npm run build` first');
    const zh = await runCli(['classroom', '--lang', 'zh', '--dist', join(dir, 'no-dist')], dir);
    expect(zh.stderr).toContain('请先运行 `npm run build`');
    expect((await runCli(['help', 'classroom', '--lang', 'zh'], dir)).stdout).toMatch(/^用法：shoplab classroom \[选项\]\n[^]*--port P      监听端口/);
  });

  it('prints the trainer link and join code, and stops cleanly on Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-data-'));
    const interrupt = new AbortController();
    let printed = '';
    const running = runCli(['classroom', '--port', '0', '--host', '127.0.0.1', '--dist', fakeDist(), '--data', join(dir, 'room'), '--teams', '3'], dir, {
      interrupt: interrupt.signal,
      stdout: (t) => {
        printed += t;
        if (printed.includes('Ctrl-C')) interrupt.abort();
      },
    });
    const r = await running;
    expect(r.code).toBe(0);
    expect(printed).toMatch(/^ShopLab classroom: Beer Game, 3 teams, waiting to start, week 0 of 36\n/);
    expect(printed).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#\/classroom\/trainer\?token=[\w-]{43}\n/);
    expect(printed).toMatch(/Join code: [A-Z]{6}\n/);
    expect(r.stderr).toContain(`the session is saved in ${join(dir, 'room', 'room.json')}`);
    expect((await runCli(['classroom', '--port', '65536'], dir)).stderr).toContain('--port: expected a whole number from 0 to 65,535');
    const badHost = await runCli(['classroom', '--port', '0', '--host', 'no-such-host.invalid', '--dist', fakeDist(), '--data', join(dir, 'other')], dir);
    expect(badHost.code).toBe(2);
    expect(badHost.stderr).toMatch(/--port 0 --host no-such-host\.invalid: cannot listen there \((ENOTFOUND|EAI_AGAIN)\)/);
  });
});
