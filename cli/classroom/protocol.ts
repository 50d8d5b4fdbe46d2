// The classroom's wire protocol: what a browser may send over the WebSocket (checked with zod,
// size-limited) and the error codes the hub answers with. Pages translate codes; `message` is English.
import { z } from 'zod';
import { BEER_ROLES, MAX_ORDER_CASES } from '../../sim/index.ts';
import { LESSON_LANGS } from '../../lessons/load.ts';
import { CODE_ALPHABET, CODE_LENGTH, MAX_MESSAGE_BYTES, MAX_NAME_CHARS, MAX_TEAMS, type ErrorCode, type ErrorReply } from './wire.ts';

export { CODE_ALPHABET, CODE_LENGTH, MAX_MESSAGE_BYTES, MAX_NAME_CHARS, MAX_TEAMS };

const token = z.string().min(16).max(128).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');
const code = z.string().trim().toUpperCase().length(CODE_LENGTH).regex(new RegExp(`^[${CODE_ALPHABET}]+$`), `letters of ${CODE_ALPHABET}`);
const name = z.string().trim().min(1).max(MAX_NAME_CHARS).regex(/^[^\p{Cc}]+$/u, 'no control characters');
const role = z.enum(BEER_ROLES);

/** Everything a trainer page may send; every message carries the trainer's token. */
export const trainerMessage = z.object({
  type: z.literal('trainer'),
  token,
  /** `advance` plays a week or moves a lesson to its next step; `reopen` and `rerun` are for lessons. */
  action: z.enum(['watch', 'start', 'advance', 'pause', 'resume', 'end', 'new', 'reopen', 'rerun']),
  /** Teams of a new Beer Game session (`new` only). */
  teams: z.number().int().min(1).max(MAX_TEAMS).optional(),
  /** The lesson of a new lesson session (`new` only; a folder name under lessons/). */
  lesson: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'a lesson id such as "newsvendor"').optional(),
  /** The language of a new lesson session's texts (`new` only). */
  lang: z.enum(LESSON_LANGS).optional(),
}).strict();

/** A learner joining with a name, optionally asking for a seat (team number from 1, role). */
export const joinMessage = z.object({
  type: z.literal('join'),
  code,
  name,
  team: z.number().int().min(1).max(MAX_TEAMS).optional(),
  role: role.optional(),
}).strict();

/** A learner coming back to their seat with the token they were given. */
export const rejoinMessage = z.object({ type: z.literal('rejoin'), code, token }).strict();

/** A learner's order for week `week` (the week about to be played, from 1). */
export const orderMessage = z.object({
  type: z.literal('order'),
  week: z.number().int().min(1).max(1000),
  cases: z.number().int().min(0).max(MAX_ORDER_CASES),
}).strict();

/** A lesson learner's guess at predict step `step` (the current step, from 0): a number or a choice id. */
export const guessMessage = z.object({
  type: z.literal('guess'),
  step: z.number().int().min(0).max(199),
  value: z.union([z.number().finite(), z.string().max(60)]),
}).strict();

/** A page asking, before joining, what kind of session the code opens (the join form differs). */
export const peekMessage = z.object({ type: z.literal('peek'), code }).strict();

/** Any message a page may send. */
export const clientMessage = z.discriminatedUnion('type', [trainerMessage, joinMessage, rejoinMessage, orderMessage, guessMessage, peekMessage]);
export type ClientMessage = z.infer<typeof clientMessage>;
export type TrainerAction = z.infer<typeof trainerMessage>['action'];

/** A refusal the room or hub reports to the sender; nothing changed. */
export class ClassroomError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly field?: string) {
    super(message);
    this.name = 'ClassroomError';
  }

  reply(): ErrorReply {
    return { type: 'error', code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/**
 * Reads one WebSocket message: too large, binary, not JSON or not one of the messages above each
 * throw a ClassroomError naming the problem (for schema errors, the field and what was expected).
 */
export function parseClientMessage(data: Buffer | string, isBinary = false): ClientMessage {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (bytes > MAX_MESSAGE_BYTES) throw new ClassroomError('tooLarge', `message of ${bytes} bytes; at most ${MAX_MESSAGE_BYTES} bytes are accepted`);
  if (isBinary) throw new ClassroomError('binary', 'binary messages are not accepted; send JSON text');
  let value: unknown;
  try {
    value = JSON.parse(data.toString());
  } catch {
    throw new ClassroomError('badJson', 'the message is not valid JSON');
  }
  const result = clientMessage.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.') || 'type';
  throw new ClassroomError('invalid', `${field}: ${issue.message}`, field);
}
