import { describe, expect, it } from 'vitest';
import { resultBuffers } from '../../../sim/experiment/transfer.ts';
import { fakeRun } from '../fixtures.ts';
import { simulate } from '../../../sim/index.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';

describe('transferable buffers of a result', () => {
  it('lists each distinct buffer once, including views sharing one buffer', () => {
    const run = fakeRun(0, 4);
    const shared = new Float64Array(8);
    run.skuUnits = { a: shared.subarray(0, 4), b: shared.subarray(4, 8) };
    const buffers = resultBuffers(run);
    expect(buffers.length).toBe(36 + 1 + 1 + 3); // series, channel spend, the shared SKU buffer, price + promo + stock
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers).toContain(shared.buffer);
  });

  it('moves the arrays when posted with the list (the sender loses them)', () => {
    const run = fakeRun(1, 5);
    const { port1 } = new MessageChannel();
    port1.postMessage(run, resultBuffers(run));
    port1.close();
    expect(run.series.orders.length).toBe(0);
  });

  it("keeps all of an engine result's daily arrays in one buffer, each in its own place", () => {
    const run = simulate(ScenarioSchema.parse({ name: 'One buffer', days: 9, population: { size: 300 } }), { replication: 0 });
    const buffers = resultBuffers(run);
    expect(buffers.length).toBe(1);
    const arrays = [run.series, run.channelSpend, run.skuUnits, run.skuPrice, run.skuPromo, run.skuStock].flatMap((g) => Object.values(g));
    expect(buffers[0].byteLength).toBe(arrays.length * 9 * 8);
    expect(new Set(arrays.map((a) => a.byteOffset)).size).toBe(arrays.length);
    expect(arrays.every((a) => a.length === 9)).toBe(true);
  });
});
