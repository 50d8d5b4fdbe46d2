// A classroom room as a state machine (no sockets, no files): the trainer starts, advances, pauses,
// resumes and ends the session. In the Beer Game learners join a seat and order each week; a team's
// week is played once every seated learner has ordered, or when the trainer advances (the rule fills
// the missing orders, and the week records which); empty seats follow Sterman's rule. In a lesson
// (lesson-room.ts) learners join by name and guess; the trainer moves the class step by step.
import { BEER_ROLES, BeerGame, type BeerRole } from '../../sim/index.ts';
import type { LessonLang } from '../../lessons/index.ts';
import { builtinLessons, type LessonLibrary } from './lesson-library.ts';
import { LessonClass, checkLessonSession } from './lesson-room.ts';
import { MAX_LESSON_LEARNERS, newLessonSession, type LessonLearner, type LessonSession } from './lesson-state.ts';
import { ClassroomError, type TrainerAction } from './protocol.ts';
import { SEAT_TOKEN_BYTES, TRAINER_TOKEN_BYTES, cryptoSecrets, newJoinCode, sameSecret, type SecretSource } from './secrets.ts';
import { RoomFileError, newSession, roomFile, seated, type BeerSession, type Learner, type RoomFile, type Session } from './state.ts';

/** A seat a learner asks for: team from 1 and/or role; what is left out is chosen for them. */
export interface SeatRequest {
  team?: number;
  role?: BeerRole;
}

/** What a trainer's `new` asks for: a Beer Game of `teams` teams, or lesson `lesson` in `lang`. */
export interface NewSessionRequest {
  teams?: number;
  lesson?: string;
  lang?: LessonLang;
}

export { RoomFileError } from './state.ts';

export class ClassroomRoom {
  /** The game of each team, replayed from the session's orders (none in a lesson). */
  private games: BeerGame[] = [];
  /** The lesson being taught, in a lesson session. */
  private lessonClass: LessonClass | null = null;
  /** Runs when a lesson's run step has finished or failed (the hub saves and sends the views). */
  onRunSettled: () => void = () => {};

  private constructor(
    private readonly trainerToken: string,
    private current: Session,
    private readonly secrets: SecretSource,
    private readonly lessons: LessonLibrary,
  ) {
    this.replay();
  }

  /** A new room with a fresh trainer token and a Beer Game of `teams` teams in the lobby. */
  static create(teams: number, secrets: SecretSource = cryptoSecrets, now = new Date(), lessons: LessonLibrary = builtinLessons()): ClassroomRoom {
    return new ClassroomRoom(secrets.token(TRAINER_TOKEN_BYTES), newSession(newJoinCode(secrets), teams, now), secrets, lessons);
  }

  /** A new room with a fresh trainer token and a session of lesson `lesson` in `lang`, in the lobby. */
  static createLesson(lesson: string, lang: LessonLang, secrets: SecretSource = cryptoSecrets, lessons: LessonLibrary = builtinLessons()): ClassroomRoom {
    const room = ClassroomRoom.create(1, secrets, new Date(), lessons);
    room.current = room.newLesson(lesson, lang);
    room.replay();
    return room;
  }

  /** A room from a saved file's contents; throws RoomFileError naming the first bad field. */
  static restore(data: unknown, secrets: SecretSource = cryptoSecrets, lessons: LessonLibrary = builtinLessons()): ClassroomRoom {
    const parsed = roomFile.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RoomFileError(issue.path.join('.') || '(file)', issue.message);
    }
    const { session, trainerToken } = parsed.data;
    if (session.game === 'lesson') {
      checkLessonSession(session, lessons);
      return new ClassroomRoom(trainerToken, session, secrets, lessons);
    }
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
    return new ClassroomRoom(trainerToken, session, secrets, lessons);
  }

  /** The session as saved (a live object: serialise it, do not change it). */
  get session(): Readonly<Session> {
    return this.current;
  }

  /** The Beer Game session; throws when the session is a lesson (callers check `session.game`). */
  get beer(): Readonly<BeerSession> {
    if (this.current.game !== 'beer') throw new Error('the session is a lesson, not the Beer Game');
    return this.current;
  }

  /** The lesson being taught, or null in a Beer Game. */
  get lesson(): LessonClass | null {
    return this.lessonClass;
  }

  /** Ids of the lessons a trainer may start. */
  lessonIds(): readonly string[] {
    return this.lessons.ids();
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
  trainer(token: string, action: TrainerAction, next: NewSessionRequest = {}): boolean {
    this.checkTrainer(token);
    const s = this.current;
    const refuse = (why: string) => new ClassroomError('badAction', `cannot ${action}: ${why}`);
    const lesson = this.lessonClass;
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
        if (lesson) {
          lesson.advance(refuse);
          return true;
        }
        if (this.games.every((g) => g.finished)) throw refuse(`every team has played all ${this.beer.config.weeks} weeks`);
        this.games.forEach((g, i) => {
          if (!g.finished) this.play(i);
        });
        return true;
      case 'reopen':
      case 'rerun':
        if (!lesson) throw refuse('the session is not a lesson');
        if (s.status === 'ended') throw refuse('the session has ended');
        if (action === 'reopen') lesson.reopen(refuse);
        else lesson.retry(refuse);
        return true;
      case 'new':
        if (next.lesson !== undefined) this.current = this.newLesson(next.lesson, next.lang ?? 'en');
        else this.current = newSession(newJoinCode(this.secrets), next.teams ?? (s.game === 'beer' ? s.teams.length : 2), new Date());
        this.replay();
        return true;
    }
  }

  /** Seats a Beer Game learner: at the seat asked for, else in the team with the fewest learners, first free role. */
  join(code: string, name: string, request: SeatRequest = {}): Learner {
    this.checkCode(code);
    const s = this.beer;
    if (s.status === 'ended') throw new ClassroomError('ended', 'the session has ended');
    const [team, role] = this.pickSeat(request);
    const learner: Learner = { id: `L${s.learners.length + 1}`, name: name.trim(), team, role, token: this.secrets.token(SEAT_TOKEN_BYTES) };
    s.learners.push(learner);
    return learner;
  }

  /** Seats a lesson learner by name, with the team (from 1) they say they play for, if any. */
  joinLesson(code: string, name: string, team?: number, role?: BeerRole): LessonLearner {
    this.checkCode(code);
    const s = this.current;
    if (s.game !== 'lesson') throw new ClassroomError('badAction', 'the session is the Beer Game; join a seat');
    if (s.status === 'ended') throw new ClassroomError('ended', 'the session has ended');
    if (role !== undefined) throw new ClassroomError('noSeat', 'a lesson has no roles; join with your name (and team)', 'role');
    if (s.learners.length >= MAX_LESSON_LEARNERS) throw new ClassroomError('noSeat', `all ${MAX_LESSON_LEARNERS} places are taken`);
    const learner: LessonLearner = { id: `L${s.learners.length + 1}`, name: name.trim(), ...(team ? { team } : {}), token: this.secrets.token(SEAT_TOKEN_BYTES) };
    s.learners.push(learner);
    return learner;
  }

  /** The learner whose rejoin token is `token`; throws `badSeatToken` when none is. */
  rejoin(code: string, token: string): Learner | LessonLearner {
    this.checkCode(code);
    const learners: readonly (Learner | LessonLearner)[] = this.current.learners;
    const learner = learners.find((l) => sameSecret(token, l.token));
    if (!learner) throw new ClassroomError('badSeatToken', 'no seat has this rejoin token; join again with your name');
    return learner;
  }

  /** The Beer Game learner with id `id`, if seated (undefined in a lesson). */
  learner(id: string): Learner | undefined {
    return this.current.game === 'beer' ? this.current.learners.find((l) => l.id === id) : undefined;
  }

  /** The lesson learner with id `id`, if joined (undefined in a Beer Game). */
  lessonLearner(id: string): LessonLearner | undefined {
    return this.current.game === 'lesson' ? this.current.learners.find((l) => l.id === id) : undefined;
  }

  /** Records lesson learner `learnerId`'s guess at predict step `stepIndex` (the current step). */
  guess(learnerId: string, stepIndex: number, value: number | string): void {
    const lesson = this.lessonClass;
    if (!lesson) throw new ClassroomError('badAction', 'the session is the Beer Game; there is nothing to guess');
    if (!this.lessonLearner(learnerId)) throw new ClassroomError('notJoined', 'join the session before guessing');
    this.checkPlaying();
    lesson.guess(learnerId, stepIndex, value);
  }

  /**
   * Records a learner's order for `week` (the week being played); plays the team's week once every
   * seated learner has ordered. Returns true when the week was played.
   */
  order(learnerId: string, week: number, cases: number): boolean {
    if (this.current.game !== 'beer') throw new ClassroomError('badAction', 'the session is a lesson; there are no orders');
    const s = this.current;
    const learner = this.learner(learnerId);
    if (!learner) throw new ClassroomError('notJoined', 'join the session before ordering');
    this.checkPlaying();
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
    const s = this.beer as BeerSession;
    const team = s.teams[i];
    const orders = { ...team.pending };
    const filled = BEER_ROLES.filter((r) => seated(s, i, r) && orders[r] === undefined);
    this.games[i].step(orders);
    team.weeks.push({ orders, filled });
    team.pending = {};
  }

  private replay(): void {
    const s = this.current;
    this.lessonClass = null;
    this.games = [];
    if (s.game === 'lesson') {
      const lesson = new LessonClass(s, this.lessons.get(s.lesson.id)!, this.lessons, () => {
        if (this.lessonClass === lesson) this.onRunSettled();
      });
      this.lessonClass = lesson;
      return;
    }
    this.games = s.teams.map((t) => {
      const game = new BeerGame(s.config);
      for (const w of t.weeks) game.step(w.orders);
      return game;
    });
  }

  private newLesson(id: string, lang: LessonLang): LessonSession {
    if (!this.lessons.get(id)) throw new ClassroomError('noLesson', `there is no lesson "${id}"; the lessons are ${this.lessons.ids().join(', ')}`, 'lesson');
    return newLessonSession(newJoinCode(this.secrets), { id, lang }, new Date());
  }

  /** Throws unless the session is running. */
  private checkPlaying(): void {
    const status = this.current.status;
    if (status === 'lobby') throw new ClassroomError('notStarted', 'the trainer has not started the session yet');
    if (status === 'paused') throw new ClassroomError('paused', 'the session is paused');
    if (status === 'ended') throw new ClassroomError('ended', 'the session has ended');
  }

  /** Throws `badCode` unless `code` is this session's join code. */
  checkCode(code: string): void {
    if (!sameSecret(code.trim().toUpperCase(), this.current.code)) throw new ClassroomError('badCode', 'no session has this join code', 'code');
  }

  private pickSeat({ team, role }: SeatRequest): [number, BeerRole] {
    const s = this.beer;
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

