import { describe, expect, it } from 'vitest';
import { formatDelta, formatDuration, formatMoney, formatPercent, formatValue } from '../../../ui/i18n/format.ts';

describe('locale formatting', () => {
  it('formats money as CNY with separators in English and Chinese', () => {
    expect(formatMoney(1234567, 'en')).toBe('¥1,234,567');
    expect(formatMoney(1234567, 'zh-CN')).toBe('¥1,234,567');
    expect(formatMoney(12.5, 'en')).toBe('¥12.50');
  });

  it('shortens large money amounts when compact, using 万 in Chinese', () => {
    expect(formatMoney(1_250_000, 'en', true)).toBe('¥1.25M');
    expect(formatMoney(1_250_000, 'zh-CN', true)).toBe('¥125万');
  });

  it('shows fractions as percents and undefined values as a dash', () => {
    expect(formatPercent(0.0345, 'en')).toBe('3.5%');
    expect(formatValue(NaN, 'money', 'en')).toBe('—');
    expect(formatValue(Infinity, 'percent', 'zh-CN')).toBe('—');
  });

  it('signs deltas and writes percent deltas in percentage points', () => {
    expect(formatDelta(0.0123, 'percent', 'en')).toBe('+1.23 pp');
    expect(formatDelta(-2500, 'count', 'en')).toBe('−2,500');
    expect(formatDelta(0, 'ratio', 'en')).toBe('±0');
  });

  it('writes durations in ms, seconds and minutes', () => {
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(12_400, 'en')).toBe('12 s');
    expect(formatDuration(185_000, 'en')).toBe('3 min 5 s');
  });
});
