import { describe, expect, it } from 'vitest';
import { PROGRESS_EVERY_MS, throttleEvents } from '../../../sim/experiment/transport.ts';

/** A clock that reads `t` (ms), moved by the test. */
function clock() {
  const c = { t: 1000, now: () => c.t };
  return c;
}

describe('throttleEvents', () => {
  it('passes the first report only `everyMs` into the task, then at most one per `everyMs`', () => {
    const c = clock();
    const days: number[] = [];
    const events = throttleEvents({ onDays: (d) => days.push(d) }, 200, c.now);
    for (let day = 1; day <= 30; day++) {
      c.t += 30; // a simulated day takes 30 ms
      events.onDays!(day);
    }
    // 30 ms a day: 200 ms have passed on day 7 (210 ms), then on day 14 (210 ms later), 21, 28.
    expect(days).toEqual([7, 14, 21, 28]);
    expect(events.onSeries).toBeUndefined();
  });

  it('lets nothing through for a task shorter than `everyMs` (its result says it is done)', () => {
    const c = clock();
    const series: number[] = [];
    const events = throttleEvents({ onSeries: (s) => series.push(s) }, PROGRESS_EVERY_MS, c.now);
    for (let s = 1; s <= 50; s++) {
      c.t += 3;
      events.onSeries!(s);
    }
    expect(series).toEqual([]);
  });

  it('starts each task on its own clock', () => {
    const c = clock();
    const days: number[] = [];
    c.t += 10_000; // long after an earlier task
    const events = throttleEvents({ onDays: (d) => days.push(d) }, 200, c.now);
    c.t += 100;
    events.onDays!(1);
    c.t += 100;
    events.onDays!(2);
    expect(days).toEqual([2]);
  });
});
