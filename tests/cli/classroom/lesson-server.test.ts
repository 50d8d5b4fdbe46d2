// A lesson session through the real server on a free loopback port: the hub's peek, join, guesses and
// refusals, each learner's own view only, the run's result pushed to every page when it finishes, the
// trainer's CSV, a restart that continues the lesson, and `--lesson` on the command line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-fixture.ts';
import { classroomsClosedAfterEach, fakeDist } from './fixture.ts';

const { start, client, closeAll } = classroomsClosedAfterEach({ lesson: 'newsvendor' });

describe('a lesson session on the classroom server', () => {
  it('takes guesses over the hub, shows each learner their own, runs once for the room and pushes the result, and keeps it through a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shoplab-data-'));
    const dist = fakeDist();
    const c = await start(dataDir, dist);
    const { code } = c.room.session;
    const token = c.room.trainerSecret;
    const trainer = await client(c.port);
    expect(await trainer.ask({ type: 'trainer', token, action: 'watch' }, 'lesson-trainer-view')).toMatchObject({ status: 'lobby', lesson: { id: 'newsvendor', lang: 'en' }, stepIndex: 0, stepCount: 5 });
    const [ann, bob] = [await client(c.port), await client(c.port)];
    expect(await ann.ask({ type: 'peek', code: 'ZZZZZZ' }, 'error')).toMatchObject({ code: 'badCode' });
    expect(await ann.ask({ type: 'peek', code }, 'session-kind')).toEqual({ type: 'session-kind', game: 'lesson', lesson: { id: 'newsvendor', lang: 'en' } });
    expect(await ann.ask({ type: 'join', code, name: 'Ann', role: 'factory' }, 'error')).toMatchObject({ code: 'noSeat', field: 'role' });
    const seat = await ann.ask({ type: 'join', code, name: 'Ann', team: 3 }, 'joined');
    await bob.ask({ type: 'join', code, name: 'Bob the rival' }, 'joined');
    await trainer.ask({ type: 'trainer', token, action: 'start' }, 'lesson-trainer-view', (v) => v.status === 'running');
    await trainer.ask({ type: 'trainer', token, action: 'advance' }, 'lesson-trainer-view', (v) => v.stepIndex === 1);
    expect(await ann.ask({ type: 'guess', step: 1, value: 99999 }, 'error')).toMatchObject({ code: 'badGuess', field: 'value', message: 'value: expected a number from 0 to 3000' });
    expect(await ann.ask({ type: 'guess', step: 1, value: 'x'.repeat(61) }, 'error')).toMatchObject({ code: 'invalid', field: 'value' });
    expect(await ann.ask({ type: 'order', week: 1, cases: 4 }, 'error')).toMatchObject({ code: 'badAction', message: 'the session is a lesson; there are no orders' });
    const mine = await ann.ask({ type: 'guess', step: 1, value: 1000 }, 'lesson-learner-view', (v) => v.guesses.order === 1000);
    expect(mine).toMatchObject({ you: { name: 'Ann', team: 3 }, canGuess: false });
    await bob.ask({ type: 'guess', step: 1, value: 1234 }, 'lesson-learner-view', (v) => v.guesses.order === 1234);
    expect(await ann.ask({ type: 'guess', step: 1, value: 1001 }, 'error')).toMatchObject({ code: 'alreadyGuessed' });
    expect(JSON.stringify(ann.messages)).not.toContain('1234');
    expect(JSON.stringify(ann.messages)).not.toContain('Bob the rival');
    await trainer.next('lesson-trainer-view', (v) => Object.keys(v.guesses.order ?? {}).length === 2);

    // Entering the run step: every page hears "running", then the class's result.
    const annDone = ann.next('lesson-learner-view', (v) => v.run?.state === 'done');
    const trainerDone = trainer.next('lesson-trainer-view', (v) => v.run?.state === 'done');
    trainer.send({ type: 'trainer', token, action: 'advance' });
    const done = await annDone;
    expect(done.classAnswers).toEqual({});
    expect((await trainerDone).classAnswers).toEqual({ order: 1117 });
    const bestOrder = done.measures['best-order']!;
    expect(bestOrder).toBeGreaterThan(1100);
    await trainer.ask({ type: 'trainer', token, action: 'advance' }, 'lesson-trainer-view', (v) => v.stepIndex === 3);
    const csv = await (await fetch(`http://127.0.0.1:${c.port}/classroom/export.csv`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(csv.trimEnd().split('\n')).toEqual([
      'learner,name,team,step,prediction,guess,result,error,rank',
      `L1,Ann,3,2,order,1000,${bestOrder},${bestOrder - 1000},2`,
      `L2,Bob the rival,,2,order,1234,${bestOrder},${bestOrder - 1234},1`,
    ]);
    await closeAll();

    const again = await start(dataDir, dist);
    expect(again.restored).toBe(true);
    const back = await client(again.port);
    const restoredView = back.next('lesson-learner-view', (v) => v.reveals[0]?.result !== null && v.reveals.length === 1);
    expect(await back.ask({ type: 'rejoin', code, token: seat.token }, 'joined')).toEqual(seat);
    const view = await restoredView;
    expect(view).toMatchObject({ stepIndex: 3, guesses: { order: 1000 }, reveals: [{ prediction: 'order', guess: 1000, result: bestOrder, error: bestOrder - 1000 }] });
  });

  it('starts a lesson from the command line, and refuses a lesson that does not exist (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-data-'));
    const interrupt = new AbortController();
    let printed = '';
    const r = await runCli(['classroom', '--port', '0', '--host', '127.0.0.1', '--dist', fakeDist(), '--data', join(dir, 'room'), '--lesson', 'funnel', '--lang', 'zh'], dir, {
      interrupt: interrupt.signal,
      stdout: (t) => {
        printed += t;
        if (printed.includes('Ctrl-C')) interrupt.abort();
      },
    });
    expect(r.code).toBe(0);
    expect(printed).toMatch(/^ShopLab 课堂：课程 funnel（zh），等待开始，第 1 步 \/ 共 5 步\n/);
    const bad = await runCli(['classroom', '--port', '0', '--dist', fakeDist(), '--data', join(dir, 'other'), '--lesson', 'funnels'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lesson funnels: there is no such lesson; the lessons are bullwhip, double11-capacity, funnel, marketing-budget, newsvendor, reference-price, safety-stock');
  });
});
