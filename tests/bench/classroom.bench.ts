// The classroom hub's hot paths. Beer Game: after an order it builds and serialises the views of the
// ordering team's learners, and the trainer's view of every team (sent at most every 150 ms), on a
// full room (50 teams × 4 learners) over a whole game; `--quick` plays 10 teams for 6 weeks. Lesson:
// after a guess, the guesser's view; the trainer's view with every guess ranked and binned at the
// reveal (200 learners, 40 with --quick); and the run steps the server runs for the room (the
// funnel, and Double 11 without --quick).
import { BEER_ROLES } from '../../sim/index.ts';
import { ClassroomRoom } from '../../cli/classroom/room.ts';
import { learnerView, trainerView } from '../../cli/classroom/views.ts';
import { lessonLearnerView, lessonTrainerView } from '../../cli/classroom/lesson-views.ts';
import { MAX_LESSON_LEARNERS } from '../../cli/classroom/lesson-state.ts';

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const teams = quick ? 10 : 50;
  const room = ClassroomRoom.create(teams);
  room.trainer(room.trainerSecret, 'start');
  const learners = Array.from({ length: teams * BEER_ROLES.length }, (_, i) => room.join(room.session.code, `Learner ${i + 1}`));
  const connected = new Set(learners.map((l) => l.id));
  const weeks = quick ? 6 : room.beer.config.weeks;
  let orders = 0;
  let learnerMs = 0;
  let learnerBytes = 0;
  for (let week = 1; week <= weeks; week++) {
    for (const l of learners) {
      room.order(l.id, week, 4 + ((week * 7 + orders) % 9));
      orders++;
      const started = performance.now();
      for (const mate of learners) if (mate.team === l.team) learnerBytes += JSON.stringify(learnerView(room, mate.id, connected)).length;
      learnerMs += performance.now() - started;
    }
  }
  const runs = quick ? 5 : 20;
  let trainerBytes = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) trainerBytes = JSON.stringify(trainerView(room, connected)).length;
  const trainerMs = (performance.now() - started) / runs;
  print(`${teams} teams, ${learners.length} learners, ${weeks} weeks, ${orders} orders`);
  print(`per order: the team's ${BEER_ROLES.length} learner views in ${(learnerMs / orders).toFixed(3)} ms, ${(learnerBytes / orders / 1024).toFixed(1)} KiB`);
  print(`trainer view after the last week: ${trainerMs.toFixed(1)} ms to build and serialise, ${(trainerBytes / 1024).toFixed(0)} KiB (at most one per 150 ms)`);
  await lessonBench(print, quick, 'funnel');
  if (!quick) await lessonBench(print, quick, 'double11-capacity');
}

/** A lesson session: every learner guesses, the room runs the step, the trainer sees the reveal. */
async function lessonBench(print: (line: string) => void, quick: boolean, id: string): Promise<void> {
  const room = ClassroomRoom.createLesson(id, 'en');
  const t = room.trainerSecret;
  const count = quick ? 40 : MAX_LESSON_LEARNERS;
  const learners = Array.from({ length: count }, (_, i) => room.joinLesson(room.session.code, `Learner ${i + 1}`));
  room.trainer(t, 'start');
  room.trainer(t, 'advance');
  const lesson = room.lesson!;
  const predict = lesson.step;
  if (predict.kind !== 'predict' || predict.answer.type !== 'number') throw new Error(`${id}: step 2 is not a number prediction`);
  const { min, max } = predict.answer;
  let guessMs = 0;
  let bytes = 0;
  learners.forEach((l, i) => {
    const started = performance.now();
    room.guess(l.id, 1, min + ((max - min) * ((i * 37) % count)) / count);
    bytes += JSON.stringify(lessonLearnerView(room, lesson, l.id)).length;
    guessMs += performance.now() - started;
  });
  const runStarted = performance.now();
  room.trainer(t, 'advance');
  await lesson.settled();
  const runMs = performance.now() - runStarted;
  room.trainer(t, 'advance');
  const connected = new Set(learners.map((l) => l.id));
  const runs = quick ? 5 : 20;
  let trainerBytes = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) trainerBytes = JSON.stringify(lessonTrainerView(room, lesson, connected)).length;
  const trainerMs = (performance.now() - started) / runs;
  print(`lesson ${id}, ${count} learners: per guess (check, record, the guesser's view) ${(guessMs / count).toFixed(3)} ms, ${(bytes / count / 1024).toFixed(1)} KiB`);
  print(`lesson ${id}: the run step for the room ${runMs.toFixed(0)} ms (the hub waits meanwhile); trainer view at the reveal ${trainerMs.toFixed(2)} ms, ${(trainerBytes / 1024).toFixed(0)} KiB`);
}
