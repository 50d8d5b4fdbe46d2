// The classroom room as a state machine: seats, rounds, the rule in empty and silent seats, the
// trainer's token, what each learner may see, and the saved file's round trip.
import { describe, expect, it } from 'vitest';
import { BeerGame, STERMAN_BOARD, chainCost } from '../../../sim/index.ts';
import { ClassroomRoom, RoomFileError } from '../../../cli/classroom/room.ts';
import { learnerView, trainerView } from '../../../cli/classroom/views.ts';
import { CODE_ALPHABET } from '../../../cli/classroom/wire.ts';
import { refusal, seededSecrets } from './fixture.ts';

const none = new Set<string>();

function started(teams = 2): { room: ClassroomRoom; token: string; code: string } {
  const room = ClassroomRoom.create(teams, seededSecrets());
  const token = room.trainerSecret;
  room.trainer(token, 'start');
  return { room, token, code: room.session.code };
}

describe('a classroom room', () => {
  it('opens in the lobby with a six-letter join code of unambiguous letters and empty teams', () => {
    const room = ClassroomRoom.create(3, seededSecrets());
    expect(room.session.status).toBe('lobby');
    expect(room.session.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(room.session.code).not.toMatch(/[IOL01U]/);
    expect(room.beer.teams).toHaveLength(3);
    expect(room.teamGames.every((g) => g.week === 0)).toBe(true);
  });

  it('refuses every trainer action without the trainer token and changes nothing', () => {
    const room = ClassroomRoom.create(2, seededSecrets());
    for (const action of ['start', 'advance', 'pause', 'resume', 'end', 'new', 'watch'] as const) {
      expect(refusal(() => room.trainer('not-the-token-at-all', action))).toBe('badTrainerToken');
    }
    expect(room.session.status).toBe('lobby');
  });

  it('moves through lobby, running, paused and ended, refusing steps that do not apply', () => {
    const room = ClassroomRoom.create(1, seededSecrets());
    const t = room.trainerSecret;
    expect(refusal(() => room.trainer(t, 'advance'))).toBe('badAction');
    expect(refusal(() => room.trainer(t, 'resume'))).toBe('badAction');
    room.trainer(t, 'start');
    room.trainer(t, 'pause');
    expect(refusal(() => room.trainer(t, 'advance'))).toBe('badAction');
    room.trainer(t, 'resume');
    room.trainer(t, 'end');
    expect(room.session.status).toBe('ended');
    expect(refusal(() => room.trainer(t, 'end'))).toBe('badAction');
  });

  it('seats learners in the team with the fewest learners, at the first free role, or where they ask', () => {
    const { room, code } = started(2);
    const seats = ['Ann', 'Bob', 'Cai'].map((n) => room.join(code, n)).map((l) => `${l.team + 1}/${l.role}`);
    expect(seats).toEqual(['1/retailer', '2/retailer', '1/wholesaler']);
    expect(room.join(code, 'Dee', { team: 2, role: 'factory' })).toMatchObject({ team: 1, role: 'factory' });
    expect(refusal(() => room.join(code, 'Eve', { team: 2, role: 'factory' }))).toBe('seatTaken');
    expect(refusal(() => room.join(code, 'Eve', { team: 3 }))).toBe('noSeat');
    expect(refusal(() => room.join('ZZZZZZ', 'Eve'))).toBe('badCode');
    for (let i = 0; i < 4; i++) room.join(code, `Extra ${i}`);
    expect(refusal(() => room.join(code, 'One too many'))).toBe('noSeat');
  });

  it('refuses orders before the start, while paused, after the end and for another week', () => {
    const room = ClassroomRoom.create(1, seededSecrets());
    const t = room.trainerSecret;
    const ann = room.join(room.session.code, 'Ann');
    expect(refusal(() => room.order(ann.id, 1, 4))).toBe('notStarted');
    room.trainer(t, 'start');
    expect(refusal(() => room.order(ann.id, 2, 4))).toBe('wrongWeek');
    room.trainer(t, 'pause');
    expect(refusal(() => room.order(ann.id, 1, 4))).toBe('paused');
    room.trainer(t, 'resume');
    expect(refusal(() => room.order('L99', 1, 4))).toBe('notJoined');
    room.trainer(t, 'end');
    expect(refusal(() => room.order(ann.id, 1, 4))).toBe('ended');
  });

  it('plays a team\'s week once every learner in it has ordered; empty seats order by Sterman\'s rule', () => {
    const { room, code } = started(1);
    const ann = room.join(code, 'Ann', { role: 'retailer' });
    const bob = room.join(code, 'Bob', { role: 'distributor' });
    expect(room.order(ann.id, 1, 9)).toBe(false);
    expect(room.teamGames[0].week).toBe(0);
    expect(room.order(bob.id, 1, 2)).toBe(true);
    const h = room.teamGames[0].record;
    expect(h.week).toBe(1);
    expect(h.stages.retailer.orders).toEqual([9]);
    expect(h.stages.distributor.orders).toEqual([2]);
    // The wholesaler and factory seats are empty: their orders are the rule's (its shadow in the same place).
    expect(h.stages.wholesaler.orders).toEqual(h.stages.wholesaler.ruleOrders);
    expect(h.stages.factory.orders).toEqual(h.stages.factory.ruleOrders);
    const reference = new BeerGame(STERMAN_BOARD);
    reference.step({ retailer: 9, distributor: 2 });
    expect(h).toEqual(reference.record);
    expect(trainerView(room, none).teams[0].history.stages.wholesaler.source).toEqual(['rule']);
  });

  it('lets the trainer advance every team, filling a silent learner\'s order by the rule and saying so', () => {
    const { room, token, code } = started(2);
    const ann = room.join(code, 'Ann', { team: 1, role: 'retailer' });
    room.join(code, 'Bob', { team: 1, role: 'wholesaler' });
    room.order(ann.id, 1, 12);
    room.trainer(token, 'advance');
    const view = trainerView(room, none);
    expect(view.teams.map((t) => t.week)).toEqual([1, 1]);
    const team1 = view.teams[0].history.stages;
    expect(team1.retailer).toMatchObject({ orders: [12], source: ['learner'] });
    expect(team1.wholesaler.source).toEqual(['filled']);
    expect(team1.wholesaler.orders).toEqual(room.teamGames[0].record.stages.wholesaler.ruleOrders);
    expect(view.teams[1].history.stages.retailer.source).toEqual(['rule']);
    expect(room.beer.teams[0].weeks[0]).toEqual({ orders: { retailer: 12 }, filled: ['wholesaler'] });
  });

  it('ranks teams by the cost of their chain, cheapest first', () => {
    const { room, code } = started(2);
    const bob = room.join(code, 'Bob', { team: 1, role: 'retailer' });
    const ann = room.join(code, 'Ann', { team: 2, role: 'retailer' });
    for (let week = 1; week <= 6; week++) {
      room.order(bob.id, week, 6);
      room.order(ann.id, week, 30);
    }
    const view = trainerView(room, none);
    expect(view.teams.map((t) => t.week)).toEqual([6, 6]);
    expect(view.leaderboard.map((r) => r.team)).toEqual([1, 2]);
    expect(view.leaderboard[0].cost).toBeCloseTo(chainCost(room.teamGames[0].record), 9);
    expect(view.leaderboard[1].cost).toBeGreaterThan(view.leaderboard[0].cost);
  });

  it('gives a learner their own stage and team only, and the team\'s history once the session ends', () => {
    const { room, token, code } = started(2);
    const ann = room.join(code, 'Ann', { team: 1, role: 'wholesaler' });
    room.join(code, 'Bob the other team', { team: 2, role: 'wholesaler' });
    room.order(ann.id, 1, 7);
    const view = learnerView(room, ann.id, new Set([ann.id]));
    expect(view.you).toEqual({ id: ann.id, name: 'Ann', team: 1, role: 'wholesaler' });
    expect(view.history).toEqual([expect.objectContaining({ week: 1, order: 7, source: 'learner' })]);
    expect(view.seats.map((s) => s.name)).toEqual([null, 'Ann', null, null]);
    expect(view.seats[1].connected).toBe(true);
    expect(view.debrief).toBeNull();
    expect(JSON.stringify(view)).not.toContain('Bob the other team');
    room.trainer(token, 'end');
    const after = learnerView(room, ann.id, none);
    expect(after.debrief?.stages.factory.orders).toHaveLength(1);
    expect(JSON.stringify(after)).not.toContain('Bob the other team');
  });

  it('survives a round trip through its saved file: same code, token, seats and games, and play continues', () => {
    const { room, token, code } = started(2);
    const ann = room.join(code, 'Ann');
    room.order(ann.id, 1, 5);
    room.order(ann.id, 2, 11);
    const restored = ClassroomRoom.restore(JSON.parse(JSON.stringify(room.toFile())), seededSecrets(7));
    expect(restored.session.code).toBe(code);
    expect(() => restored.checkTrainer(token)).not.toThrow();
    expect(restored.rejoin(code, ann.token).id).toBe(ann.id);
    expect(trainerView(restored, none)).toEqual(trainerView(room, none));
    restored.order(ann.id, 3, 6);
    room.order(ann.id, 3, 6);
    expect(restored.teamGames[0].record).toEqual(room.teamGames[0].record);
  });

  it('refuses a damaged saved file, naming the field', () => {
    const file = ClassroomRoom.create(1, seededSecrets()).toFile();
    const broken = structuredClone(file);
    if (broken.session.game === 'beer') broken.session.learners.push({ id: 'L1', name: 'Ann', team: 3, role: 'retailer', token: 'tok0099xxxxxxxxxxxxxxxxxx' });
    expect(() => ClassroomRoom.restore(broken)).toThrow(new RoomFileError('session.learners.0.team', 'team index 3 but the session has 1 teams'));
    const badStatus = { ...file, session: { ...file.session, status: 'sleeping' } };
    expect(() => ClassroomRoom.restore(badStatus)).toThrow(/^session\.status: /);
  });

  it('starts a new session with a new code on the trainer\'s word, keeping the trainer token', () => {
    const { room, token, code } = started(2);
    room.join(code, 'Ann');
    room.trainer(token, 'new', { teams: 3 });
    expect(room.session.code).not.toBe(code);
    expect(room.beer.teams).toHaveLength(3);
    expect(room.beer.learners).toEqual([]);
    expect(() => room.checkTrainer(token)).not.toThrow();
    expect(refusal(() => room.join(code, 'Ann again'))).toBe('badCode');
  });
});
