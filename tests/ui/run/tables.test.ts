import { describe, expect, it } from 'vitest';
import { channelRows, funnelSteps } from '../../../ui/run/tables.ts';
import { remainingMs } from '../../../ui/run/eta.ts';

const series = (values: number[]) => ({ mean: new Float64Array(values) });

describe('run tables', () => {
  it('totals the funnel and gives each step its rate from the one before', () => {
    const steps = funnelSteps({ visits: series([100, 100]), productViews: series([60, 60]), carts: series([12, NaN]), orders: series([6, 0]) });
    expect(steps.map((s) => s.total)).toEqual([200, 120, 12, 6]);
    expect(steps[0].rate).toBeNaN();
    expect(steps[1].rate).toBeCloseTo(0.6);
    expect(steps[3].rate).toBeCloseTo(0.5);
  });

  it('computes ROAS, contribution ROI, CAC and order share by channel, biggest GMV first', () => {
    const rows = channelRows(
      {
        organic: { spendCny: 0, clicks: 0, orders: 300, newCustomers: 50, gmvCny: 30_000 },
        paid: { spendCny: 10_000, clicks: 5000, orders: 100, newCustomers: 40, gmvCny: 40_000 },
      },
      0.5,
    );
    expect(rows.map((r) => r.id)).toEqual(['paid', 'organic']);
    expect(rows[0].roas).toBe(4);
    expect(rows[0].cacCny).toBe(250);
    expect(rows[0].orderShare).toBe(0.25);
    expect(rows[1].roas).toBeNaN();
    // (40,000 × 50 % − 10,000) ÷ 10,000
    expect(rows[0].roi).toBe(1);
    expect(rows[1].roi).toBeNaN();
  });
});

describe('time remaining', () => {
  it('extrapolates linearly from the share done', () => {
    expect(remainingMs(0.25, 1000)).toBe(3000);
    expect(remainingMs(1, 5000)).toBe(0);
  });

  it('waits for enough progress before guessing', () => {
    expect(remainingMs(0.005, 1000)).toBeNaN();
    expect(remainingMs(0.5, 100)).toBeNaN();
  });
});
