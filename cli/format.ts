// Human-readable numbers for terminal tables: thousands separators, CNY, percentages, days.
// Each KPI's label and format come from the KPI catalogue (sim/kpi-catalogue.ts).
import { type KpiName, KPI_CATALOGUE, type KpiFormat } from '../sim/light.ts';

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

/** A value in a KPI format: "¥1,234,567", "2.85 %", "12,345", "3.21×", "18.4 d"; "–" when undefined. */
export function formatValue(format: KpiFormat, value: number): string {
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
      return `${withSeparators(value, 1)} d`;
  }
}

/** A KPI value formatted in its unit. */
export function formatKpi(kpi: KpiName, value: number): string {
  return formatValue(KPI_CATALOGUE[kpi].format, value);
}

/**
 * A signed difference in a KPI's unit: "+¥12,000", "-0.85 pp" for shares (percentage points),
 * "+1,234" for counts.
 */
export function formatDelta(kpi: KpiName, delta: number): string {
  if (!Number.isFinite(delta)) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  const format = KPI_CATALOGUE[kpi].format;
  const a = Math.abs(delta);
  if (format === 'percent') return `${sign}${withSeparators(a * 100, 2)} pp`;
  if (format === 'money') return `${sign}¥${withSeparators(a, a < 100 ? 2 : 0)}`;
  if (format === 'ratio') return `${sign}${withSeparators(a, 2)}×`;
  if (format === 'days') return `${sign}${withSeparators(a, 1)} d`;
  return `${sign}${withSeparators(a, Number.isInteger(a) ? 0 : decimalsFor(a))}`;
}

/** A share as a percentage with one decimal: 0.923 → "92.3 %". */
export function formatPercent(share: number, decimals = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(decimals)} %`;
}

/** A duration: "45 s", "3 min 20 s", "1 h 05 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}
