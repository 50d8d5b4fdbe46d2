// The classroom's contract with its pages, without code: the limits on what a page may send, the
// trainer's view of the whole room, a learner's view of their own team, and error replies.
import type { BeerDesk, BeerRole } from '../../sim/light.ts';
import type { LessonLearnerView, LessonTrainerView } from './lesson-wire.ts';

export type { LessonLearnerView, LessonTrainerView } from './lesson-wire.ts';

/** Largest message a browser may send, bytes (a join or an order is under 200). */
export const MAX_MESSAGE_BYTES = 4096;
/** Longest learner name, characters. */
export const MAX_NAME_CHARS = 40;
/** Most teams in one session. */
export const MAX_TEAMS = 50;
/** Join codes use these letters only: no I, L, O, U, 0 or 1 to misread. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ';
/** Letters in a join code (22⁶ ≈ 113 million codes). */
export const CODE_LENGTH = 6;

/** Where a session stands: learners join in the lobby, order while running. */
export type SessionStatus = 'lobby' | 'running' | 'paused' | 'ended';

/** Why the hub refused a message; each has a text in the pages' languages (classroom.error.CODE). */
export type ErrorCode =
  | 'tooLarge' | 'binary' | 'badJson' | 'invalid' | 'rateLimited'
  | 'badTrainerToken' | 'badCode' | 'badSeatToken' | 'seatTaken' | 'noSeat' | 'notJoined'
  | 'notStarted' | 'paused' | 'ended' | 'teamFinished' | 'wrongWeek' | 'badAction' | 'newSession' | 'replaced' | 'internal'
  | 'wrongStep' | 'badGuess' | 'alreadyGuessed' | 'noLesson';

/** The hub's reply to a refused message; nothing changed. */
export interface ErrorReply {
  type: 'error';
  code: ErrorCode;
  /** English explanation (the pages show their own text for `code`). */
  message: string;
  /** Field path of an `invalid` message, e.g. "cases". */
  field?: string;
}

/** Who ordered a week's cases at a stage: the learner, the rule for an empty seat, or the rule because the learner did not order. */
export type OrderSource = 'learner' | 'rule' | 'filled';

/** A team's weekly series by stage (index = week − 1): cases, cost in currency per week. */
export interface TeamHistory {
  week: number;
  customerDemand: number[];
  stages: Record<BeerRole, { orders: number[]; inventory: number[]; backlog: number[]; costPerWeek: number[]; source: OrderSource[] }>;
}

/** One seat of a team. `name` is null where the computer plays. */
export interface SeatView {
  role: BeerRole;
  name: string | null;
  connected: boolean;
  /** The learner has ordered for the week being played. */
  ordered: boolean;
}

/** A team as the trainer sees it. `team` counts from 1. */
export interface TeamView {
  team: number;
  /** Weeks played. */
  week: number;
  finished: boolean;
  seats: SeatView[];
  /** Cost of the team's chain so far, currency. */
  cost: number;
  costByStage: Record<BeerRole, number>;
  history: TeamHistory;
}

/** The trainer's view: every team, the leaderboard (cheapest first) and the join code. */
export interface TrainerView {
  type: 'trainer-view';
  code: string;
  /** Links learners open, one per network address of the server (empty when it does not know them). */
  joinUrls: string[];
  status: SessionStatus;
  weeks: number;
  teams: TeamView[];
  leaderboard: { team: number; week: number; cost: number }[];
}

/** One week of a learner's own stage. */
export interface LearnerWeek {
  week: number;
  order: number;
  source: OrderSource;
  incomingOrder: number;
  received: number;
  inventory: number;
  backlog: number;
  cost: number;
}

/** A learner's view: their seat, their stage's desk and history, their team's seats; the whole team's history once it has finished. */
export interface LearnerView {
  type: 'learner-view';
  code: string;
  status: SessionStatus;
  weeks: number;
  you: { id: string; name: string; team: number; role: BeerRole };
  /** Weeks your team has played. */
  week: number;
  finished: boolean;
  desk: BeerDesk;
  /** Your order for the week being played, until the week is played. */
  pendingOrder: number | null;
  history: LearnerWeek[];
  seats: SeatView[];
  /** Your team's history by stage, once the team has finished or the session has ended. */
  debrief: TeamHistory | null;
}

/** Sent once to a learner who joined or rejoined: keep `token` to come back to the same seat. */
export interface JoinedReply {
  type: 'joined';
  learnerId: string;
  token: string;
}

/** The reply to a `peek`: the kind of session a join code opens. */
export interface SessionKindReply {
  type: 'session-kind';
  game: 'beer' | 'lesson';
  /** The lesson and its language, in a lesson session. */
  lesson?: { id: string; lang: 'en' | 'zh' };
}

/** Anything the hub sends. */
export type ServerMessage = TrainerView | LearnerView | LessonTrainerView | LessonLearnerView | JoinedReply | SessionKindReply | ErrorReply;
