// A classroom lesson as a state machine: the trainer moves the class through the steps, learners
// guess once per opening (checked by the lessons' rule), the run step runs once for the room with
// the class's median guess, and the reveal ranks the guesses; the saved file restores the lesson.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportXlsx } from '../../../cli/classroom/export.ts';
import { evaluateNewsvendorNormal, newsvendorNormal } from '../../../models/index.ts';
import { builtinLessons } from '../../../cli/classroom/lesson-library.ts';
import { lessonLearnerView, lessonTrainerView } from '../../../cli/classroom/lesson-views.ts';
import { ClassroomRoom, RoomFileError } from '../../../cli/classroom/room.ts';
import { refusal, seededSecrets } from './fixture.ts';

const lessons = builtinLessons();
const none = new Set<string>();

/** The newsvendor lesson (explain, predict "order", run, reveal, debrief), started, with three learners. */
function newsvendorClass() {
  const room = ClassroomRoom.createLesson('newsvendor', 'en', seededSecrets(), lessons);
  const token = room.trainerSecret;
  const code = room.session.code;
  const [ann, bob, cai] = ['Ann', 'Bob', 'Cai'].map((n, i) => room.joinLesson(code, n, i === 2 ? 2 : undefined));
  room.trainer(token, 'start');
  return { room, token, code, ann, bob, cai, lesson: room.lesson! };
}

describe('a classroom lesson', () => {
  it('opens in the lobby at the first step of the chosen lesson, and refuses a lesson that does not exist', () => {
    const room = ClassroomRoom.createLesson('funnel', 'zh', seededSecrets(), lessons);
    expect(room.session).toMatchObject({ game: 'lesson', status: 'lobby', lesson: { id: 'funnel', lang: 'zh' }, stepIndex: 0 });
    expect(lessons.ids()).toHaveLength(7);
    const t = room.trainerSecret;
    expect(refusal(() => room.trainer(t, 'new', { lesson: 'no-such-lesson' }))).toBe('noLesson');
    room.trainer(t, 'new', { lesson: 'bullwhip', lang: 'en' });
    expect(room.session).toMatchObject({ game: 'lesson', lesson: { id: 'bullwhip', lang: 'en' } });
    room.trainer(t, 'new', { teams: 3 });
    expect(room.beer.teams).toHaveLength(3);
    expect(room.lesson).toBeNull();
  });

  it('moves step by step on the trainer\'s word only, not before the start, while paused or past the end', () => {
    const room = ClassroomRoom.createLesson('newsvendor', 'en', seededSecrets(), lessons);
    const t = room.trainerSecret;
    expect(refusal(() => room.trainer(t, 'advance'))).toBe('badAction');
    expect(refusal(() => room.trainer('not-the-token-at-all', 'start'))).toBe('badTrainerToken');
    room.trainer(t, 'start');
    room.trainer(t, 'pause');
    expect(refusal(() => room.trainer(t, 'advance'))).toBe('badAction');
    room.trainer(t, 'resume');
    expect(refusal(() => room.trainer(t, 'reopen'))).toBe('badAction');
    room.trainer(t, 'advance');
    expect(room.lesson!.step.kind).toBe('predict');
    expect(room.trainer(t, 'reopen')).toBe(true);
    expect(refusal(() => room.order('L1', 1, 4))).toBe('badAction');
  });

  it('takes each learner\'s guess once per opening, checked against the step, and a changed guess after a reopen', () => {
    const { room, token, ann, bob } = newsvendorClass();
    expect(refusal(() => room.guess(ann.id, 0, 900))).toBe('wrongStep');
    room.trainer(token, 'advance');
    expect(refusal(() => room.guess(ann.id, 0, 900))).toBe('wrongStep');
    expect(refusal(() => room.guess(ann.id, 1, 3001))).toBe('badGuess');
    expect(refusal(() => room.guess(ann.id, 1, 'many'))).toBe('badGuess');
    expect(refusal(() => room.guess('L99', 1, 900))).toBe('notJoined');
    room.guess(ann.id, 1, '900');
    expect(refusal(() => room.guess(ann.id, 1, 950))).toBe('alreadyGuessed');
    room.trainer(token, 'pause');
    expect(refusal(() => room.guess(bob.id, 1, 1200))).toBe('paused');
    room.trainer(token, 'resume');
    room.trainer(token, 'reopen');
    room.guess(ann.id, 1, 1000);
    expect(refusal(() => room.guess(ann.id, 1, 1010))).toBe('alreadyGuessed');
    expect(room.lesson!.session.guesses).toEqual([{ learner: ann.id, prediction: 'order', value: 1000, round: 1 }]);
    let error: unknown;
    try {
      room.guess(bob.id, 1, -5);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'badGuess', field: 'value', message: 'value: expected a number from 0 to 3000' });
  });

  it('shows a learner only their own guess before the reveal, and the trainer who has guessed', () => {
    const { room, token, ann, bob, cai, lesson } = newsvendorClass();
    room.trainer(token, 'advance');
    room.guess(ann.id, 1, 900);
    room.guess(cai.id, 1, 1337);
    const mine = lessonLearnerView(room, lesson, ann.id);
    expect(mine.guesses).toEqual({ order: 900 });
    expect(mine.canGuess).toBe(false);
    expect(JSON.stringify(mine)).not.toContain('1337');
    expect(JSON.stringify(mine)).not.toContain('Cai');
    expect(lessonLearnerView(room, lesson, bob.id).canGuess).toBe(true);
    const trainer = lessonTrainerView(room, lesson, new Set([ann.id]));
    expect(trainer.learners.map((l) => [l.name, l.team, l.connected, l.guessed])).toEqual([['Ann', null, true, true], ['Bob', null, false, false], ['Cai', 2, false, true]]);
    expect(trainer.guesses).toEqual({ order: { [ann.id]: 900, [cai.id]: 1337 } });
  });

  it('runs the run step once for the room with the class\'s median guess, and ranks the guesses at the reveal', async () => {
    const { room, token, ann, bob, cai, lesson } = newsvendorClass();
    room.trainer(token, 'advance');
    expect(refusal(() => room.trainer(token, 'advance'))).toBe('badAction');
    room.guess(ann.id, 1, 900);
    room.guess(bob.id, 1, 1300);
    room.guess(cai.id, 1, 1100);
    let settled = 0;
    room.onRunSettled = () => settled++;
    room.trainer(token, 'advance');
    expect(lesson.runState(2)).toEqual({ state: 'running' });
    expect(refusal(() => room.trainer(token, 'advance'))).toBe('badAction');
    await lesson.settled();
    expect(settled).toBe(1);
    expect(room.session).toMatchObject({ ran: [{ step: 2, predictions: { order: 1100 } }] });
    // Before the reveal a learner does not see the class's median (it tells of the others' guesses).
    expect(lessonLearnerView(room, lesson, ann.id).classAnswers).toEqual({});
    expect(lessonTrainerView(room, lesson, none).classAnswers).toEqual({ order: 1100 });
    const demand = { mean: 1000, sd: 300 };
    const prices = { unitPrice: 100, unitCost: 40, salvageValue: 10 };
    const best = newsvendorNormal(demand, prices);
    expect(lesson.measures()['best-order']).toBeCloseTo(best.orderQuantity, 9);
    expect(lesson.measures()['your-profit']).toBeCloseTo(evaluateNewsvendorNormal(1100, demand, prices).expectedProfit, 9);
    room.trainer(token, 'advance');
    const view = lessonTrainerView(room, lesson, none);
    const result = best.orderQuantity;
    expect(view.reveals).toHaveLength(1);
    expect(view.reveals[0]).toMatchObject({ step: 3, prediction: 'order', measure: 'best-order' });
    expect(view.reveals[0].result).toBeCloseTo(result, 9);
    // The best order is about 1,129: Cai (1,100) is closest, then Bob (1,300, 171 off), then Ann (900, 229 off).
    expect(view.reveals[0].leaderboard.map((r) => [r.rank, r.name])).toEqual([[1, 'Cai'], [2, 'Bob'], [3, 'Ann']]);
    expect(view.reveals[0].leaderboard[0].error).toBeCloseTo(result - 1100, 9);
    expect(view.reveals[0].leaderboard[2].distance).toBeCloseTo(result - 900, 9);
    const bins = view.reveals[0].bins;
    expect(bins).toHaveLength(8);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(bins.filter((b) => b.holdsResult)).toHaveLength(1);
    expect(bins.find((b) => b.holdsResult)!.from!).toBeLessThanOrEqual(result);
    expect(lessonLearnerView(room, lesson, bob.id).classAnswers).toEqual({ order: 1100 });
    const own = lessonLearnerView(room, lesson, bob.id).reveals[0];
    expect(own).toMatchObject({ guess: 1300, close: false });
    expect(own.error).toBeCloseTo(result - 1300, 9);
    expect(JSON.stringify(lessonLearnerView(room, lesson, bob.id))).not.toContain('Cai');
    room.trainer(token, 'advance');
    expect(lesson.step.kind).toBe('debrief');
    expect(refusal(() => room.trainer(token, 'advance'))).toBe('badAction');
  });

  it('refuses to run a step that takes the class\'s guess when nobody has guessed', () => {
    const { room, token } = newsvendorClass();
    room.trainer(token, 'advance');
    let message = '';
    try {
      room.trainer(token, 'advance');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('cannot advance: the run takes the class\'s median guess of "order" and nobody has guessed it');
    expect(room.session).toMatchObject({ stepIndex: 1, ran: [] });
  });

  it('ranks choice guesses by how far the result lies outside the chosen range', async () => {
    const room = ClassroomRoom.createLesson('reference-price', 'en', seededSecrets(), lessons);
    const t = room.trainerSecret;
    const [ann, bob, cai] = ['Ann', 'Bob', 'Cai'].map((n) => room.joinLesson(room.session.code, n));
    room.trainer(t, 'start');
    room.trainer(t, 'advance');
    room.guess(ann.id, 1, 'keeps');
    room.guess(bob.id, 1, 'backfires');
    room.guess(cai.id, 1, 'fades');
    expect(refusal(() => room.guess(ann.id, 1, 'maybe'))).toBe('badGuess');
    room.trainer(t, 'advance');
    await room.lesson!.settled();
    room.trainer(t, 'advance');
    const reveal = lessonTrainerView(room, room.lesson!, none).reveals[0];
    const uplift = room.lesson!.measures()['late-uplift'];
    expect(reveal.result).toBe(uplift);
    const distance = { keeps: Math.max(0, 10 - uplift), fades: uplift < -5 ? -5 - uplift : Math.max(0, uplift - 10), backfires: Math.max(0, uplift + 5) };
    const expected = [['Ann', distance.keeps], ['Bob', distance.backfires], ['Cai', distance.fades]].sort((a, b) => (a[1] as number) - (b[1] as number));
    expect(reveal.leaderboard.map((r) => [r.name, r.distance])).toEqual(expected.map(([n, d]) => [n, expect.closeTo(d as number, 9)]));
    expect(reveal.bins.map((b) => [b.choice, b.count])).toEqual([['keeps', 1], ['fades', 1], ['backfires', 1]]);
    expect(reveal.bins.filter((b) => b.holdsResult).map((b) => b.choice)).toEqual([reveal.rightChoice]);
  });

  it('survives a restart: the saved file restores the step, learners and guesses, and the run runs again to the same numbers', async () => {
    const { room, token, ann, bob, lesson } = newsvendorClass();
    room.trainer(token, 'advance');
    room.guess(ann.id, 1, 1000);
    room.guess(bob.id, 1, 1250);
    room.trainer(token, 'advance');
    await lesson.settled();
    room.trainer(token, 'advance');
    const restored = ClassroomRoom.restore(JSON.parse(JSON.stringify(room.toFile())), seededSecrets(7), lessons);
    expect(restored.lesson!.runState(2)).toEqual({ state: 'running' });
    await restored.lesson!.settled();
    expect(restored.rejoin(room.session.code, bob.token).id).toBe(bob.id);
    expect(lessonTrainerView(restored, restored.lesson!, none)).toEqual(lessonTrainerView(room, lesson, none));
    expect(lessonLearnerView(restored, restored.lesson!, ann.id)).toEqual(lessonLearnerView(room, lesson, ann.id));
    restored.trainer(token, 'advance');
    expect(restored.lesson!.step.kind).toBe('debrief');
  });

  it('refuses a saved lesson that does not fit the lesson on disk, naming the field', () => {
    const { room, token, ann } = newsvendorClass();
    room.trainer(token, 'advance');
    room.guess(ann.id, 1, 1000);
    const file = JSON.parse(JSON.stringify(room.toFile()));
    expect(() => ClassroomRoom.restore({ ...file, session: { ...file.session, lesson: { id: 'gone', lang: 'en' } } }, undefined, lessons)).toThrow(RoomFileError);
    expect(() => ClassroomRoom.restore({ ...file, session: { ...file.session, stepIndex: 9 } }, undefined, lessons)).toThrow('session.stepIndex: step 9 but the lesson has 5 steps');
    const stray = { ...file, session: { ...file.session, guesses: [{ learner: 'L9', prediction: 'order', value: 5, round: 0 }] } };
    expect(() => ClassroomRoom.restore(stray, undefined, lessons)).toThrow('session.guesses.0.learner: no learner L9');
    const badValue = { ...file, session: { ...file.session, guesses: [{ learner: 'L1', prediction: 'order', value: 'DROP TABLE', round: 0 }] } };
    expect(() => ClassroomRoom.restore(badValue, undefined, lessons)).toThrow(/^session\.guesses\.0\.value/);
  });

  it('exports one row per learner and prediction: guess, result, error and rank, in CSV and Excel', async () => {
    const { room, token, ann, bob, lesson } = newsvendorClass();
    room.trainer(token, 'advance');
    room.guess(ann.id, 1, 1000);
    room.guess(bob.id, 1, 1250);
    expect(exportCsv(room).trimEnd().split('\n')).toEqual(['learner,name,team,step,prediction,guess,result,error,rank', 'L1,Ann,,2,order,1000,,,', 'L2,Bob,,2,order,1250,,,', 'L3,Cai,2,2,order,,,,']);
    room.trainer(token, 'advance');
    await lesson.settled();
    room.trainer(token, 'advance');
    const best = lesson.measures()['best-order'];
    const rows = exportCsv(room).trimEnd().split('\n').slice(1);
    expect(rows).toEqual([`L1,Ann,,2,order,1000,${best},${best - 1000},2`, `L2,Bob,,2,order,1250,${best},${best - 1250},1`, `L3,Cai,2,2,order,,${best},,`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(room)).buffer as ArrayBuffer);
    expect(wb.getWorksheet('Results')!.rowCount).toBe(4);
    const board = wb.getWorksheet('Leaderboard')!;
    expect(board.getRow(1).values).toEqual([undefined, 'prediction', 'rank', 'learner', 'name', 'guess', 'result', 'error']);
    expect(board.getRow(2).values).toEqual([undefined, 'order', 1, 'L2', 'Bob', 1250, best, best - 1250]);
  });
});
