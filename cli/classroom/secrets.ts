// Secrets of a classroom: the trainer's token, each learner's rejoin token and the join code,
// all from the operating system's cryptographic random source, and a constant-time comparison.
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from './protocol.ts';

/** Where secrets come from; tests may pass a seeded one to get known codes. */
export interface SecretSource {
  /** A URL-safe token of `bytes` random bytes (base64url, no padding). */
  token(bytes: number): string;
  /** A whole number in 0…`below` − 1. */
  int(below: number): number;
}

/** The real source: node:crypto. */
export const cryptoSecrets: SecretSource = {
  token: (bytes) => randomBytes(bytes).toString('base64url'),
  int: (below) => randomInt(below),
};

/** Bytes of the trainer's token (256 bits). */
export const TRAINER_TOKEN_BYTES = 32;
/** Bytes of a learner's rejoin token (192 bits). */
export const SEAT_TOKEN_BYTES = 24;

/** A join code of CODE_LENGTH unambiguous capital letters, e.g. "KMRTPX". */
export function newJoinCode(source: SecretSource = cryptoSecrets): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[source.int(CODE_ALPHABET.length)];
  return code;
}

/** True when `given` equals `expected`, compared in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
