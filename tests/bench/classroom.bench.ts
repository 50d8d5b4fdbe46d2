// The classroom hub's hot path: after an order it builds and serialises the views of the ordering
// team's learners, and the trainer's view of every team (sent at most every 150 ms). Measured on a
// full room (50 teams × 4 learners) over a whole game; `--quick` plays 10 teams for 6 weeks.
import { BEER_ROLES } from '../../sim/index.ts';
import { ClassroomRoom } from '../../cli/classroom/room.ts';
import { learnerView, trainerView } from '../../cli/classroom/views.ts';

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
}
