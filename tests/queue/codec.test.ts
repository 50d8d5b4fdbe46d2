// The queue's payload codec must give back every number bit for bit, typed arrays included.
import { describe, expect, it } from 'vitest';
import { decodePayload, encodePayload } from '../../cli/queue/codec.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import type { RunResult } from '../../sim/result.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';

function bits(a: Float64Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
}

describe('encodePayload / decodePayload', () => {
  it('keeps NaN, ±Infinity and −0, which JSON alone turns into null or 0', () => {
    const back = decodePayload<{ a: number[]; b: number }>(encodePayload({ a: [Number.NaN, Infinity, -Infinity, -0, 0, 0.1 + 0.2], b: -0 }));
    expect(back.a[0]).toBeNaN();
    expect(back.a.slice(1, 3)).toEqual([Infinity, -Infinity]);
    expect(Object.is(back.a[3], -0)).toBe(true);
    expect(Object.is(back.a[4], 0)).toBe(true);
    expect(back.a[5]).toBe(0.30000000000000004);
    expect(Object.is(back.b, -0)).toBe(true);
  });

  it('carries typed arrays as their exact bytes, a subarray as only its own elements', () => {
    const whole = new Float64Array([1 / 3, Number.NaN, -0, 1e-310, Number.MAX_VALUE, 5]);
    const back = decodePayload<{ f: Float64Array; sub: Float64Array; i: Int32Array }>(encodePayload({ f: whole, sub: whole.subarray(2, 4), i: new Int32Array([-1, 2 ** 31 - 1]) }));
    expect(back.f).toBeInstanceOf(Float64Array);
    expect(bits(back.f)).toBe(bits(whole));
    expect(bits(back.sub)).toBe(bits(whole.subarray(2, 4)));
    expect(Array.from(back.i)).toEqual([-1, 2 ** 31 - 1]);
  });

  it('round-trips a whole simulated RunResult to identical bytes', () => {
    const scenario = ScenarioSchema.parse({ days: 20, population: { size: 300 } });
    const result = simulate(scenario, { seed: 3, replication: 1 });
    const back = decodePayload<RunResult>(encodePayload(result));
    expect(encodePayload(back)).toBe(encodePayload(result));
    expect(bits(back.series.profitCny)).toBe(bits(result.series.profitCny));
    expect(Object.keys(back.kpis)).toEqual(Object.keys(result.kpis));
    for (const k of Object.keys(result.kpis) as (keyof RunResult['kpis'])[]) expect(Object.is(back.kpis[k], result.kpis[k])).toBe(true);
  });

  it('leaves ordinary objects that merely look similar alone and refuses unsupported arrays', () => {
    expect(decodePayload(encodePayload({ $num: 'NaN', other: 1 }))).toEqual({ $num: 'NaN', other: 1 });
    expect(() => encodePayload({ x: new BigInt64Array(1) })).toThrow(/BigInt64Array is not supported/);
  });
});
