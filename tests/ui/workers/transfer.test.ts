import { describe, expect, it } from 'vitest';
import { resultBuffers } from '../../../sim/experiment/transfer.ts';
import { fakeRun } from '../fixtures.ts';

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
});
