import { describe, expect, it } from 'vitest';
import { formatDelta, formatDuration, formatKpi, withSeparators } from '../../cli/format.ts';
import { progressLine } from '../../cli/progress-bar.ts';
import { renderTable } from '../../cli/table.ts';

describe('terminal formatting', () => {
  it('groups thousands and shows CNY, shares, ratios and days in their units', () => {
    expect(withSeparators(1234567.891)).toBe('1,234,568');
    expect(withSeparators(-1234.5, 1)).toBe('-1,234.5');
    expect(formatKpi('gmvCny', 12345678.4)).toBe('¥12,345,678');
    expect(formatKpi('profitCny', -98765)).toBe('-¥98,765');
    expect(formatKpi('aovCny', 56.789)).toBe('¥56.79');
    expect(formatKpi('marketingCny', 0)).toBe('¥0');
    expect(formatKpi('conversionRate', 0.02849)).toBe('2.85 %');
    expect(formatKpi('roi', 1.234)).toBe('1.23×');
    expect(formatKpi('inventoryDays', 18.44)).toBe('18.4 d');
    expect(formatKpi('orders', 12000)).toBe('12,000');
    expect(formatKpi('paybackDay', NaN)).toBe('–');
  });

  it('signs differences, with percentage points for shares', () => {
    expect(formatDelta('profitCny', 15000)).toBe('+¥15,000');
    expect(formatDelta('stockoutRate', -0.0123)).toBe('-1.23 pp');
    expect(formatDelta('orders', 0)).toBe('±0');
  });

  it('formats durations for the ETA', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(200_000)).toBe('3 min 20 s');
    expect(formatDuration(3_900_000)).toBe('1 h 05 min');
  });

  it('draws a progress line with percentage, replications and ETA', () => {
    expect(progressLine({ fraction: 0.5, replicationsDone: 10, replicationsTotal: 20, elapsedMs: 12_000, etaMs: 12_000 }, 10)).toBe(
      '[#####·····]  50 %  10/20 replications  ETA 12 s',
    );
  });

  it('aligns table columns, text left and numbers right', () => {
    expect(renderTable(['KPI', 'Mean'], [['GMV', '¥1,000'], ['Orders', '12']])).toBe(['KPI       Mean', '──────  ──────', 'GMV     ¥1,000', 'Orders      12', ''].join('\n'));
  });
});
