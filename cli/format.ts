// Human-readable numbers for terminal tables: thousands separators, CNY, percentages, days.
// Each KPI's label and format come from the KPI catalogue (sim/kpi-catalogue.ts).
import { type KpiName, KPI_CATALOGUE, type KpiFormat, kpiLabelsZh, namesZh } from '../sim/light.ts';
import { cliText, type CliLang } from './lang.ts';

/** Groups the integer part with commas: 1234567.891 → "1,234,567.89" (with `decimals`). */
export function withSeparators(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Decimals that keep about three significant digits for small magnitudes. */
function decimalsFor(value: number): number {
  const a = Math.abs(value);
  if (a >= 100) return 0;
  if (a >= 10) return 1;
  return 2;
}

/** A value in a KPI format: "¥1,234,567", "2.85 %", "12,345", "3.21×", "18.4 d" (天 in Chinese); "–" when undefined. */
export function formatValue(format: KpiFormat, value: number, lang: CliLang = 'en'): string {
  if (!Number.isFinite(value)) return '–';
  switch (format) {
    case 'money':
      return `${value < 0 ? '-' : ''}¥${withSeparators(Math.abs(value), Math.abs(value) < 100 && value !== 0 ? 2 : 0)}`;
    case 'percent':
      return `${withSeparators(value * 100, 2)} %`;
    case 'count':
      return withSeparators(value, Math.abs(value) < 100 && !Number.isInteger(value) ? 1 : 0);
    case 'ratio':
      return `${withSeparators(value, 2)}×`;
    case 'days':
      return cliText(lang, 'unit.days', { value: withSeparators(value, 1) });
  }
}

/** A KPI value formatted in its unit. */
export function formatKpi(kpi: KpiName, value: number, lang: CliLang = 'en'): string {
  return formatValue(KPI_CATALOGUE[kpi].format, value, lang);
}

/**
 * A signed difference in a KPI's unit: "+¥12,000", "-0.85 pp" for shares (percentage points),
 * "+1,234" for counts.
 */
export function formatDelta(kpi: KpiName, delta: number, lang: CliLang = 'en'): string {
  if (!Number.isFinite(delta)) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  const format = KPI_CATALOGUE[kpi].format;
  const a = Math.abs(delta);
  if (format === 'percent') return cliText(lang, 'unit.points', { value: `${sign}${withSeparators(a * 100, 2)}` });
  if (format === 'money') return `${sign}¥${withSeparators(a, a < 100 ? 2 : 0)}`;
  if (format === 'ratio') return `${sign}${withSeparators(a, 2)}×`;
  if (format === 'days') return cliText(lang, 'unit.days', { value: `${sign}${withSeparators(a, 1)}` });
  return `${sign}${withSeparators(a, Number.isInteger(a) ? 0 : decimalsFor(a))}`;
}

/** A share as a percentage with one decimal: 0.923 → "92.3 %". */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(decimals)} %`;
}

/** A duration: "45 s", "3 min 20 s", "1 h 05 min" (秒, 分, 小时 in Chinese). */
export function formatDuration(ms: number, lang: CliLang = 'en'): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return cliText(lang, 'duration.seconds', { s });
  if (s < 3600) return cliText(lang, 'duration.minutes', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') });
  return cliText(lang, 'duration.hours', { h: Math.floor(s / 3600), m: String(Math.floor((s % 3600) / 60)).padStart(2, '0') });
}

/** A KPI's label for the terminal: the catalogue's English label, or the shared Chinese one. */
export function kpiLabel(kpi: KpiName, lang: CliLang = 'en'): string {
  return lang === 'zh' ? kpiLabelsZh[KPI_CATALOGUE[kpi].labelKey] : KPI_CATALOGUE[kpi].label;
}

/** A channel id as shown: the id itself in English, the built-in channel's Chinese name in Chinese. */
export function channelName(id: string, lang: CliLang = 'en'): string {
  return lang === 'zh' ? ((namesZh as Record<string, string>)[`channel.${id}`] ?? id) : id;
}
