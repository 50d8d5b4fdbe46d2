// The page's feed of progressive results: one question to the summary worker at a time, at most
// one answer applied per interval, and nothing applied once the batch is over.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressiveFeed, refinementPauseMs } from '../../../ui/run/progressive.ts';

/** A fetch whose answers the test releases one by one. */
function controlledFetch() {
  const pending: ((v: number) => void)[] = [];
  let asked = 0;
  const fetch = () => {
    asked++;
    return new Promise<number | null>((resolve) => pending.push(resolve));
  };
  return { fetch, pending, asked: () => asked };
}

describe('the progressive results feed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks at once for the first landed run and applies the answer', async () => {
    const { fetch, pending, asked } = controlledFetch();
    const applied: number[] = [];
    const feed = new ProgressiveFeed(fetch, (v) => applied.push(v), { minIntervalMs: 150, now: () => Date.now() });
    feed.landed();
    expect(asked()).toBe(1);
    pending[0](1);
    await vi.advanceTimersByTimeAsync(0);
    expect(applied).toEqual([1]);
  });

  it('folds the runs that land while a question is out into one more question, asked after the interval', async () => {
    const { fetch, pending, asked } = controlledFetch();
    const applied: number[] = [];
    const feed = new ProgressiveFeed(fetch, (v) => applied.push(v), { minIntervalMs: 150, now: () => Date.now() });
    feed.landed();
    for (let i = 0; i < 5; i++) feed.landed();
    expect(asked()).toBe(1);
    pending[0](1);
    await vi.advanceTimersByTimeAsync(100);
    expect(asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(asked()).toBe(2);
    pending[1](6);
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toEqual([1, 6]);
    expect(asked()).toBe(2);
  });

  it('applies nothing after stop, even an answer already on its way', async () => {
    const { fetch, pending } = controlledFetch();
    const applied: number[] = [];
    const feed = new ProgressiveFeed(fetch, (v) => applied.push(v), { minIntervalMs: 150, now: () => Date.now() });
    feed.landed();
    feed.stop();
    pending[0](1);
    feed.landed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toEqual([]);
  });

  it('skips empty answers and keeps going after a failed question', async () => {
    let n = 0;
    const applied: number[] = [];
    const feed = new ProgressiveFeed(
      () => (++n === 1 ? Promise.reject(new Error('worker busy')) : Promise.resolve(n === 2 ? null : n)),
      (v) => applied.push(v),
      { minIntervalMs: 10, now: () => Date.now() },
    );
    for (let i = 0; i < 3; i++) {
      feed.landed();
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(applied).toEqual([3]);
  });

  it('pauses longer after an answer that rests on many runs, as pauseAfter asks', async () => {
    const { fetch, pending, asked } = controlledFetch();
    const feed = new ProgressiveFeed(fetch, () => {}, { minIntervalMs: 150, now: () => Date.now(), pauseAfter: (runs) => refinementPauseMs(runs) });
    feed.landed();
    pending[0](40);
    feed.landed();
    await vi.advanceTimersByTimeAsync(599);
    expect(asked()).toBe(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(asked()).toBe(2);
    // Few runs: the least interval holds.
    pending[1](2);
    feed.landed();
    await vi.advanceTimersByTimeAsync(149);
    expect(asked()).toBe(2);
    await vi.advanceTimersByTimeAsync(2);
    expect(asked()).toBe(3);
    expect(refinementPauseMs(100)).toBe(1500);
  });
});
