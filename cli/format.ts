// Human-readable numbers for terminal tables: thousands separators, CNY, percentages, days,
// and the label and unit of every KPI.
import type { KpiName } from '../sim/result.ts';

/** How a KPI's value reads. */
export type KpiUnit = 'cny' | 'share' | 'count' | 'ratio' | 'days';

/** Label and unit of each KPI, in the order tables list them. */
export const KPI_DISPLAY: Readonly<Record<KpiName, { label: string; unit: KpiUnit }>> = {
  gmvCny: { label: 'GMV', unit: 'cny' },
  netRevenueCny: { label: 'Net revenue', unit: 'cny' },
  grossMarginCny: { label: 'Gross margin', unit: 'cny' },
  grossMarginPct: { label: 'Gross margin %', unit: 'share' },
  profitCny: { label: 'Profit', unit: 'cny' },
  marketingCny: { label: 'Marketing spend', unit: 'cny' },
  roi: { label: 'ROI', unit: 'ratio' },
  roas: { label: 'ROAS', unit: 'ratio' },
  cacCny: { label: 'CAC', unit: 'cny' },
  ltvCny: { label: 'LTV (margin/customer)', unit: 'cny' },
  aovCny: { label: 'AOV', unit: 'cny' },
  orders: { label: 'Orders', unit: 'count' },
  units: { label: 'Units', unit: 'count' },
  visits: { label: 'Visits', unit: 'count' },
  conversionRate: { label: 'Conversion', unit: 'share' },
  newCustomers: { label: 'New customers', unit: 'count' },
  repeatRate: { label: 'Repeat rate', unit: 'share' },
  returnRate: { label: 'Return rate', unit: 'share' },
  onTimeRate: { label: 'On-time delivery', unit: 'share' },
  stockoutRate: { label: 'Stock-out rate', unit: 'share' },
  fillRate: { label: 'Fill rate', unit: 'share' },
  inventoryDays: { label: 'Inventory days', unit: 'days' },
  endCashCny: { label: 'Cash at end', unit: 'cny' },
  minCashCny: { label: 'Lowest cash', unit: 'cny' },
  paybackDay: { label: 'Payback day', unit: 'days' },
  complaintRate: { label: 'Complaint rate', unit: 'share' },
  churnRate: { label: 'Churn rate', unit: 'share' },
  peakBacklogOrders: { label: 'Peak backlog (orders)', unit: 'count' },
};

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

/** A value in a KPI's unit: "¥1,234,567", "2.85 %", "12,345", "3.21×", "18.4 d"; "–" when undefined. */
export function formatValue(unit: KpiUnit, value: number): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'cny':
      return `${value < 0 ? '-' : ''}¥${withSeparators(Math.abs(value), Math.abs(value) < 100 && value !== 0 ? 2 : 0)}`;
    case 'share':
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
  return formatValue(KPI_DISPLAY[kpi].unit, value);
}

/**
 * A signed difference in a KPI's unit: "+¥12,000", "-0.85 pp" for shares (percentage points),
 * "+1,234" for counts.
 */
export function formatDelta(kpi: KpiName, delta: number): string {
  if (!Number.isFinite(delta)) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  const unit = KPI_DISPLAY[kpi].unit;
  const a = Math.abs(delta);
  if (unit === 'share') return `${sign}${withSeparators(a * 100, 2)} pp`;
  if (unit === 'cny') return `${sign}¥${withSeparators(a, a < 100 ? 2 : 0)}`;
  if (unit === 'ratio') return `${sign}${withSeparators(a, 2)}×`;
  if (unit === 'days') return `${sign}${withSeparators(a, 1)} d`;
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
