// The classroom's saved state, as written to `--data DIR/room.json`: the trainer's token and the
// session: a Beer Game (code, status, seats, every order given) or a lesson (lesson-state.ts). The
// games are not saved: they replay from the orders, because the Beer Game is deterministic. A file
// is checked by this schema when loaded.
import { z } from 'zod';
import { BEER_ROLES, MAX_ORDER_CASES, STERMAN_BOARD, type BeerGameConfig, type BeerRole } from '../../sim/index.ts';
import { CODE_ALPHABET, CODE_LENGTH, MAX_NAME_CHARS, MAX_TEAMS } from './protocol.ts';
import { lessonSession, type LessonSession } from './lesson-state.ts';

const role = z.enum(BEER_ROLES);
const cases = z.number().int().min(0).max(MAX_ORDER_CASES);
const weeks = z.number().int().min(1).max(520);
const secret = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'a token of 16 to 128 URL-safe characters');

const config = z.object({
  weeks,
  initialDemandPerWeek: cases,
  steppedDemandPerWeek: cases,
  stepWeek: weeks,
  orderDelayWeeks: z.number().int().min(1).max(20),
  productionRequestDelayWeeks: z.number().int().min(1).max(20),
  shippingDelayWeeks: z.number().int().min(1).max(20),
  initialInventory: cases,
  initialPipelinePerWeek: cases,
  holdingCostPerCaseWeek: z.number().min(0).max(1000),
  backlogCostPerCaseWeek: z.number().min(0).max(1000),
}).strict() satisfies z.ZodType<BeerGameConfig>;

/** One played week of a team: the learners' orders by stage, and the seated stages the rule filled. */
const playedWeek = z.object({ orders: z.partialRecord(role, cases), filled: z.array(role) }).strict();

const team = z.object({
  weeks: z.array(playedWeek).max(520),
  /** Orders given for the week being played. */
  pending: z.partialRecord(role, cases),
}).strict();

const learner = z.object({
  id: z.string().regex(/^L\d{1,4}$/),
  name: z.string().min(1).max(MAX_NAME_CHARS),
  /** Index into `teams`. */
  team: z.number().int().min(0).max(MAX_TEAMS - 1),
  role,
  token: secret,
}).strict();

const beerSession = z.object({
  code: z.string().length(CODE_LENGTH).regex(new RegExp(`^[${CODE_ALPHABET}]+$`)),
  game: z.literal('beer'),
  createdAt: z.string().max(40),
  status: z.enum(['lobby', 'running', 'paused', 'ended']),
  config,
  teams: z.array(team).min(1).max(MAX_TEAMS),
  learners: z.array(learner).max(MAX_TEAMS * BEER_ROLES.length),
}).strict();

/** The whole saved file. */
export const roomFile = z.object({
  format: z.literal('shoplab-classroom'),
  version: z.literal(1),
  trainerToken: secret,
  session: z.discriminatedUnion('game', [beerSession, lessonSession]),
}).strict();

export type RoomFile = z.infer<typeof roomFile>;
export type BeerSession = z.infer<typeof beerSession>;
/** A session of either kind. */
export type Session = BeerSession | LessonSession;
export type Team = z.infer<typeof team>;
export type Learner = z.infer<typeof learner>;
export type PlayedWeek = z.infer<typeof playedWeek>;

/** A fresh session on Sterman's board: `teamCount` empty teams, in the lobby. */
export function newSession(code: string, teamCount: number, now: Date): BeerSession {
  return {
    code,
    game: 'beer',
    createdAt: now.toISOString(),
    status: 'lobby',
    config: { ...STERMAN_BOARD },
    teams: Array.from({ length: teamCount }, () => ({ weeks: [], pending: {} })),
    learners: [],
  };
}

/** The learner seated at `role` of team index `team`, if any. */
export function seated(s: BeerSession, team: number, r: BeerRole): Learner | undefined {
  return s.learners.find((l) => l.team === team && l.role === r);
}

/** A saved file that cannot be used: `path` is the field (e.g. "session.learners.2.team"). */
export class RoomFileError extends Error {
  constructor(readonly path: string, readonly detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'RoomFileError';
  }
}
