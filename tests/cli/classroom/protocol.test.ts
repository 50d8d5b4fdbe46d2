// What the hub accepts from a page: size, encoding and schema checks that name the problem,
// and the per-connection rate limit.
import { describe, expect, it } from 'vitest';
import { ClassroomError, parseClientMessage } from '../../../cli/classroom/protocol.ts';
import { TokenBucket } from '../../../cli/classroom/rate-limit.ts';
import { MAX_MESSAGE_BYTES } from '../../../cli/classroom/wire.ts';

function refusal(text: string | Buffer, binary = false): { code: string; field?: string; message: string } {
  try {
    parseClientMessage(typeof text === 'string' ? Buffer.from(text) : text, binary);
  } catch (error) {
    if (error instanceof ClassroomError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  return { code: 'accepted', message: '' };
}

describe('the classroom protocol', () => {
  it('reads a join, a rejoin, an order and a trainer action', () => {
    expect(parseClientMessage(Buffer.from('{"type":"join","code":"abcdef","name":"  Ann  ","role":"factory"}'))).toEqual({ type: 'join', code: 'ABCDEF', name: 'Ann', role: 'factory' });
    expect(parseClientMessage(Buffer.from('{"type":"order","week":3,"cases":12}'))).toEqual({ type: 'order', week: 3, cases: 12 });
    expect(parseClientMessage(Buffer.from(`{"type":"trainer","token":"${'t'.repeat(43)}","action":"advance"}`))).toMatchObject({ action: 'advance' });
  });

  it('refuses a message over the size limit before reading it', () => {
    const big = JSON.stringify({ type: 'join', code: 'ABCDEF', name: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(refusal(big)).toMatchObject({ code: 'tooLarge', message: `message of ${big.length} bytes; at most 4096 bytes are accepted` });
  });

  it('refuses binary frames and text that is not JSON', () => {
    expect(refusal('{"type":"order"}', true).code).toBe('binary');
    expect(refusal('{type: order}').code).toBe('badJson');
  });

  it('names the field and what was expected for a message that breaks the schema', () => {
    expect(refusal('{"type":"order","week":1,"cases":-1}')).toMatchObject({ code: 'invalid', field: 'cases' });
    expect(refusal('{"type":"order","week":1,"cases":2.5}')).toMatchObject({ code: 'invalid', field: 'cases' });
    expect(refusal('{"type":"order","week":1,"cases":10001}')).toMatchObject({ code: 'invalid', field: 'cases' });
    expect(refusal(`{"type":"join","code":"ABCDEF","name":"${'n'.repeat(41)}"}`)).toMatchObject({ code: 'invalid', field: 'name' });
    expect(refusal('{"type":"join","code":"ABCDE1","name":"Ann"}')).toMatchObject({ code: 'invalid', field: 'code' });
    expect(refusal('{"type":"join","code":"ABCDEF","name":"Ann","admin":true}').code).toBe('invalid');
    expect(refusal('{"type":"shutdown"}')).toMatchObject({ code: 'invalid', field: 'type' });
    expect(refusal('[1,2]').code).toBe('invalid');
    expect(refusal('{"type":"trainer","token":"short","action":"end"}')).toMatchObject({ code: 'invalid', field: 'token' });
  });
});

describe('the per-connection rate limit', () => {
  it('allows a burst, refuses beyond it, and refills with time', () => {
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, 0);
    expect([0, 0, 0, 0].map(() => bucket.take(0))).toEqual([true, true, true, false]);
    expect(bucket.refused).toBe(1);
    expect(bucket.take(400)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    expect(bucket.take(10_000)).toBe(true);
  });
});
