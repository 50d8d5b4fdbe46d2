// How each KPI reads on a card: its value kind (money, percent…) and which ones headline the run.
import type { KpiName } from '../../sim/result.ts';
import type { ValueKind } from '../i18n/format.ts';

/** Value kind of every KPI, for formatting. */
export const KPI_KIND: Record<KpiName, ValueKind> = {
  gmvCny: 'money',
  netRevenueCny: 'money',
  grossMarginCny: 'money',
  grossMarginPct: 'percent',
  profitCny: 'money',
  marketingCny: 'money',
  roi: 'ratio',
  roas: 'ratio',
  cacCny: 'money',
  ltvCny: 'money',
  aovCny: 'money',
  orders: 'count',
  units: 'count',
  visits: 'count',
  conversionRate: 'percent',
  newCustomers: 'count',
  repeatRate: 'percent',
  returnRate: 'percent',
  onTimeRate: 'percent',
  stockoutRate: 'percent',
  fillRate: 'percent',
  inventoryDays: 'days',
  endCashCny: 'money',
  minCashCny: 'money',
  paybackDay: 'days',
  complaintRate: 'percent',
  churnRate: 'percent',
  peakBacklogOrders: 'count',
};

/** KPIs shown as cards, in order. */
export const HEADLINE_KPIS: KpiName[] = [
  'gmvCny',
  'profitCny',
  'roi',
  'orders',
  'conversionRate',
  'aovCny',
  'cacCny',
  'onTimeRate',
  'stockoutRate',
  'fillRate',
  'endCashCny',
  'repeatRate',
];

/** Daily charts of the run view: title series and whether it is money. */
export const RUN_CHARTS: { series: 'gmvCny' | 'orders' | 'stockUnits' | 'backlogOrders' | 'cashCny'; kind: ValueKind }[] = [
  { series: 'gmvCny', kind: 'money' },
  { series: 'orders', kind: 'count' },
  { series: 'stockUnits', kind: 'count' },
  { series: 'backlogOrders', kind: 'count' },
  { series: 'cashCny', kind: 'money' },
];
