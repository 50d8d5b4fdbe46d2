// Which KPIs headline a run and which daily series the run view charts. How each KPI reads
// (format, direction, label key) comes from the KPI catalogue, sim/kpi-catalogue.ts.
import type { KpiName } from '../../sim/light.ts';
import type { ValueKind } from '../i18n/format.ts';

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
