import { describe, expect, it } from 'vitest';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { resultsJson } from '../../../ui/export/results.ts';
import { fakeRun } from '../fixtures.ts';

describe('result exports', () => {
  const summary = summarise([fakeRun(0, 3), fakeRun(1, 3)]);

  it('writes JSON with typed arrays as lists and NaN as null', () => {
    const data = JSON.parse(resultsJson(summary, 'name: x\n'));
    expect(data.scenarioText).toBe('name: x\n');
    expect(data.summary.series.orders.mean).toEqual([10.5, 11.5, 12.5]);
    expect(data.summary.kpis.paybackDay.mean).toBeNull();
  });
});
