// A classroom room for the Beer Game, as a pure state machine (no sockets, no files): the trainer
// starts, advances, pauses, resumes and ends the session; learners join a seat and order each week.
// A team's week is played once every seated learner has ordered, or when the trainer advances
// (the rule fills the missing orders, and the week records which). Empty seats follow Sterman's rule.
import { BEER_ROLES, BeerGame, type BeerRole } from '../../sim/index.ts';
import { ClassroomError, type TrainerAction } from './protocol.ts';
import { SEAT_TOKEN_BYTES, TRAINER_TOKEN_BYTES, cryptoSecrets, newJoinCode, sameSecret, type SecretSource } from './secrets.ts';
import { newSession, roomFile, seated, type Learner, type RoomFile, type Session } from './state.ts';

/** A seat a learner asks for: team from 1 and/or role; what is left out is chosen for them. */
export interface SeatRequest {
  team?: number;
  role?: BeerRole;
}

/** A saved file that cannot be used: `path` is the field (e.g. "session.learners.2.team"). */
export class RoomFileError extends Error {
  constructor(readonly path: string, readonly detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'RoomFileError';
  }
}

export class ClassroomRoom {
  /** The game of each team, replayed from the session's orders. */
  private games: BeerGame[] = [];

  private constructor(
    private readonly trainerToken: string,
    private current: Session,
    private readonly secrets: SecretSource,
  ) {
    this.replay();
  }

  /** A new room with a fresh trainer token and a session of `teams` teams in the lobby. */
  static create(teams: number, secrets: SecretSource = cryptoSecrets, now = new Date()): ClassroomRoom {
    return new ClassroomRoom(secrets.token(TRAINER_TOKEN_BYTES), newSession(newJoinCode(secrets), teams, now), secrets);
  }

  /** A room from a saved file's contents; throws RoomFileError naming the first bad field. */
  static restore(data: unknown, secrets: SecretSource = cryptoSecrets): ClassroomRoom {
    const parsed = roomFile.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RoomFileError(issue.path.join('.') || '(file)', issue.message);
    }
    const { session, trainerToken } = parsed.data;
    const seats = new Set<string>();
    session.learners.forEach((l, i) => {
      const where = `session.learners.${i}`;
      if (l.team >= session.teams.length) throw new RoomFileError(`${where}.team`, `team index ${l.team} but the session has ${session.teams.length} teams`);
      if (seats.has(`${l.team}/${l.role}`)) throw new RoomFileError(where, `two learners sit at team ${l.team + 1}, ${l.role}`);
      seats.add(`${l.team}/${l.role}`);
    });
    session.teams.forEach((t, i) => {
      if (t.weeks.length > session.config.weeks) throw new RoomFileError(`session.teams.${i}.weeks`, `${t.weeks.length} weeks played but the game has ${session.config.weeks}`);
    });
    return new ClassroomRoom(trainerToken, session, secrets);
  }

  /** The session as saved (a live object: serialise it, do not change it). */
  get session(): Readonly<Session> {
    return this.current;
  }

  /** Each team's game (live: read only). */
  get teamGames(): readonly BeerGame[] {
    return this.games;
  }

  /** The saved file's contents. */
  toFile(): RoomFile {
    return { format: 'shoplab-classroom', version: 1, trainerToken: this.trainerToken, session: this.current };
  }

  /** Throws `badTrainerToken` unless `token` is the trainer's. */
  checkTrainer(token: string): void {
    if (!sameSecret(token, this.trainerToken)) throw new ClassroomError('badTrainerToken', 'the trainer token is not this room\'s');
  }

  /** The trainer's token (printed in the trainer's link). */
  get trainerSecret(): string {
    return this.trainerToken;
  }

  /** Runs a trainer's action after checking the token; returns true when the room changed. */
  trainer(token: string, action: TrainerAction, teams?: number): boolean {
    this.checkTrainer(token);
    const s = this.current;
    const refuse = (why: string) => new ClassroomError('badAction', `cannot ${action}: ${why}`);
    switch (action) {
      case 'watch':
        return false;
      case 'start':
        if (s.status !== 'lobby') throw refuse(`the session is ${s.status}`);
        s.status = 'running';
        return true;
      case 'pause':
        if (s.status !== 'running') throw refuse(`the session is ${s.status}`);
        s.status = 'paused';
        return true;
      case 'resume':
        if (s.status !== 'paused') throw refuse(`the session is ${s.status}`);
        s.status = 'running';
        return true;
      case 'end':
        if (s.status === 'ended') throw refuse('the session has already ended');
        s.status = 'ended';
        return true;
      case 'advance':
        if (s.status !== 'running') throw refuse(`the session is ${s.status}`);
        if (this.games.every((g) => g.finished)) throw refuse(`every team has played all ${s.config.weeks} weeks`);
        this.games.forEach((g, i) => {
          if (!g.finished) this.play(i);
        });
        return true;
      case 'new':
        this.current = newSession(newJoinCode(this.secrets), teams ?? s.teams.length, new Date());
        this.replay();
        return true;
    }
  }

  /** Seats a learner: at the seat asked for, else in the team with the fewest learners, first free role. */
  join(code: string, name: string, request: SeatRequest = {}): Learner {
    this.checkCode(code);
    const s = this.current;
    if (s.status === 'ended') throw new ClassroomError('ended', 'the session has ended');
    const [team, role] = this.pickSeat(request);
    const learner: Learner = { id: `L${s.learners.length + 1}`, name: name.trim(), team, role, token: this.secrets.token(SEAT_TOKEN_BYTES) };
    s.learners.push(learner);
    return learner;
  }

  /** The learner whose rejoin token is `token`; throws `badSeatToken` when none is. */
  rejoin(code: string, token: string): Learner {
    this.checkCode(code);
    const learner = this.current.learners.find((l) => sameSecret(token, l.token));
    if (!learner) throw new ClassroomError('badSeatToken', 'no seat has this rejoin token; join again with your name');
    return learner;
  }

  /** The learner with id `id`, if seated. */
  learner(id: string): Learner | undefined {
    return this.current.learners.find((l) => l.id === id);
  }

  /**
   * Records a learner's order for `week` (the week being played); plays the team's week once every
   * seated learner has ordered. Returns true when the week was played.
   */
  order(learnerId: string, week: number, cases: number): boolean {
    const s = this.current;
    const learner = this.learner(learnerId);
    if (!learner) throw new ClassroomError('notJoined', 'join the session before ordering');
    if (s.status === 'lobby') throw new ClassroomError('notStarted', 'the trainer has not started the session yet');
    if (s.status === 'paused') throw new ClassroomError('paused', 'the session is paused');
    if (s.status === 'ended') throw new ClassroomError('ended', 'the session has ended');
    const game = this.games[learner.team];
    if (game.finished) throw new ClassroomError('teamFinished', `your team has played all ${s.config.weeks} weeks`);
    if (week !== game.week + 1) throw new ClassroomError('wrongWeek', `week ${game.week + 1} is being played; your order was for week ${week}`, 'week');
    const team = s.teams[learner.team];
    team.pending[learner.role] = cases;
    const waiting = BEER_ROLES.some((r) => seated(s, learner.team, r) && team.pending[r] === undefined);
    if (waiting) return false;
    this.play(learner.team);
    return true;
  }

  /** Plays team `i`'s week with the orders given; the rule fills seated stages that did not order. */
  private play(i: number): void {
    const team = this.current.teams[i];
    const orders = { ...team.pending };
    const filled = BEER_ROLES.filter((r) => seated(this.current, i, r) && orders[r] === undefined);
    this.games[i].step(orders);
    team.weeks.push({ orders, filled });
    team.pending = {};
  }

  private replay(): void {
    this.games = this.current.teams.map((t) => {
      const game = new BeerGame(this.current.config);
      for (const w of t.weeks) game.step(w.orders);
      return game;
    });
  }

  private checkCode(code: string): void {
    if (!sameSecret(code.trim().toUpperCase(), this.current.code)) throw new ClassroomError('badCode', 'no session has this join code', 'code');
  }

  private pickSeat({ team, role }: SeatRequest): [number, BeerRole] {
    const s = this.current;
    if (team !== undefined && team > s.teams.length) throw new ClassroomError('noSeat', `there are ${s.teams.length} teams; team ${team} does not exist`, 'team');
    const humans = (t: number) => s.learners.filter((l) => l.team === t).length;
    const candidates = team !== undefined ? [team - 1] : s.teams.map((_, t) => t).sort((a, b) => humans(a) - humans(b) || a - b);
    for (const t of candidates) {
      const free = BEER_ROLES.filter((r) => !seated(s, t, r) && (role === undefined || r === role));
      if (free.length > 0) return [t, free[0]];
    }
    if (role !== undefined) throw new ClassroomError('seatTaken', `the ${role} seat is taken${team !== undefined ? ` in team ${team}` : ' in every team'}`, 'role');
    throw new ClassroomError('noSeat', team !== undefined ? `team ${team} is full` : `all ${s.teams.length * 4} seats are taken`);
  }
}
