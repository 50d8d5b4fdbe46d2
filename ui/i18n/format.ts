// Locale-aware number, money, percent and date formatting (Intl), shared by every view and export.
import type { KpiFormat } from '../../sim/light.ts';

/** Locales the workbench speaks. */
export type Locale = 'en' | 'zh-CN';

/** How a KPI or series value should read: the KPI catalogue's formats. */
export type ValueKind = KpiFormat;

const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A plain number with thousands separators; `digits` fraction digits at most. */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return nf(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** Money in CNY (¥); amounts of a million or more are shortened (¥1.2M / ¥120万) when `compact`. */
export function formatMoney(valueCny: number, locale: Locale, compact = false): string {
  if (!Number.isFinite(valueCny)) return '—';
  if (compact && Math.abs(valueCny) >= 100_000) {
    return nf(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(valueCny);
  }
  const digits = Math.abs(valueCny) < 1000 ? 2 : 0;
  return nf(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(valueCny);
}

/** A fraction (0.034) as a percent (3.4 %). */
export function formatPercent(fraction: number, locale: Locale, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return nf(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(fraction);
}

/** A value by its kind, as KPI cards and tables show it. */
export function formatValue(value: number, kind: ValueKind, locale: Locale, compact = false): string {
  switch (kind) {
    case 'money':
      return formatMoney(value, locale, compact);
    case 'percent':
      return formatPercent(value, locale);
    case 'ratio':
      return formatNumber(value, locale, 2);
    case 'days':
      return formatNumber(value, locale, 1);
    case 'count':
      return compact && Math.abs(value) >= 100_000
        ? nf(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value)
        : formatNumber(value, locale, Math.abs(value) < 10 ? 2 : 0);
  }
}

/** A signed delta by kind (+¥1,200 / −3.1 pp for percents). */
export function formatDelta(delta: number, kind: ValueKind, locale: Locale): string {
  if (!Number.isFinite(delta)) return '—';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const abs = Math.abs(delta);
  if (kind === 'percent') return `${sign}${formatNumber(abs * 100, locale, 2)} pp`;
  return sign + formatValue(abs, kind, locale, true);
}

/** Milliseconds as a short duration (850 ms, 12 s, 3 min 5 s). */
export function formatDuration(ms: number, locale: Locale): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${formatNumber(ms, locale)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}
