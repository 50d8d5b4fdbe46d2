// The one catalogue of KPIs: for each, its unit, which way is better, how its value reads and its
// label, read by the CLI tables, the workbench cards, compare, sweeps and exports. To add a KPI:
// name it in `KPIS` (result.ts), describe it here, and label it in sim/text/kpi-labels.en.ts and
// .zh.ts (the workbench's labels and the Chinese CLI's).
import type { KpiName } from './result.ts';

/** `higher`: more is better; `lower`: less is better; `neutral`: a choice, not a score (spend). */
export type KpiDirection = 'higher' | 'lower' | 'neutral';

/** How a value reads: CNY amounts, fractions shown as percent, counts, ratios (×), days. */
export type KpiFormat = 'money' | 'percent' | 'count' | 'ratio' | 'days';

/** Everything a front end needs to show, format and rank one KPI. */
export interface KpiSpec<Name extends string = KpiName> {
  name: Name;
  /** Physical unit of the value: `CNY`, `fraction` (0–1), `orders`, `days`… */
  unit: string;
  direction: KpiDirection;
  format: KpiFormat;
  /** English label for plain-text output (terminal tables); the workbench and Chinese output use `labelKey`. */
  label: string;
  /** i18n message key of the label, the same in every language file. */
  labelKey: `kpi.${Name}`;
}

/** Describes one KPI; also the way to describe KPIs outside `KPIS` (e.g. risk measures). */
export function defineKpi<Name extends string>(name: Name, unit: string, direction: KpiDirection, format: KpiFormat, label: string): KpiSpec<Name> {
  return { name, unit, direction, format, label, labelKey: `kpi.${name}` };
}

/** Every KPI of `KPIS`, in the order tables list them. */
export const KPI_CATALOGUE: Readonly<{ [Name in KpiName]: KpiSpec<Name> }> = {
  gmvCny: defineKpi('gmvCny', 'CNY', 'higher', 'money', 'GMV'),
  netRevenueCny: defineKpi('netRevenueCny', 'CNY', 'higher', 'money', 'Net revenue'),
  grossMarginCny: defineKpi('grossMarginCny', 'CNY', 'higher', 'money', 'Gross margin'),
  grossMarginPct: defineKpi('grossMarginPct', 'fraction', 'higher', 'percent', 'Gross margin %'),
  profitCny: defineKpi('profitCny', 'CNY', 'higher', 'money', 'Profit'),
  // Marketing spend is a decision whose worth shows in profit and ROI, not a score of its own.
  marketingCny: defineKpi('marketingCny', 'CNY', 'neutral', 'money', 'Marketing spend'),
  roi: defineKpi('roi', 'ratio', 'higher', 'ratio', 'ROI'),
  roas: defineKpi('roas', 'ratio', 'higher', 'ratio', 'ROAS'),
  cacCny: defineKpi('cacCny', 'CNY/customer', 'lower', 'money', 'CAC'),
  ltvCny: defineKpi('ltvCny', 'CNY/customer', 'higher', 'money', 'LTV (margin/customer)'),
  aovCny: defineKpi('aovCny', 'CNY/order', 'higher', 'money', 'AOV'),
  orders: defineKpi('orders', 'orders', 'higher', 'count', 'Orders'),
  units: defineKpi('units', 'units', 'higher', 'count', 'Units'),
  visits: defineKpi('visits', 'visits', 'higher', 'count', 'Visits'),
  conversionRate: defineKpi('conversionRate', 'fraction', 'higher', 'percent', 'Conversion'),
  newCustomers: defineKpi('newCustomers', 'customers', 'higher', 'count', 'New customers'),
  repeatRate: defineKpi('repeatRate', 'fraction', 'higher', 'percent', 'Repeat rate'),
  returnRate: defineKpi('returnRate', 'fraction', 'lower', 'percent', 'Return rate'),
  onTimeRate: defineKpi('onTimeRate', 'fraction', 'higher', 'percent', 'On-time delivery'),
  stockoutRate: defineKpi('stockoutRate', 'fraction', 'lower', 'percent', 'Stock-out rate'),
  fillRate: defineKpi('fillRate', 'fraction', 'higher', 'percent', 'Fill rate'),
  inventoryDays: defineKpi('inventoryDays', 'days', 'lower', 'days', 'Inventory days'),
  endCashCny: defineKpi('endCashCny', 'CNY', 'higher', 'money', 'Cash at end'),
  minCashCny: defineKpi('minCashCny', 'CNY', 'higher', 'money', 'Lowest cash'),
  paybackDay: defineKpi('paybackDay', 'day', 'lower', 'days', 'Payback day'),
  complaintRate: defineKpi('complaintRate', 'fraction', 'lower', 'percent', 'Complaint rate'),
  churnRate: defineKpi('churnRate', 'fraction', 'lower', 'percent', 'Churn rate'),
  peakBacklogOrders: defineKpi('peakBacklogOrders', 'orders', 'lower', 'count', 'Peak backlog (orders)'),
};

/**
 * +1 when `candidate` is better than `reference` in `direction`, −1 when worse, 0 when equal, when
 * neutral, or when either value is not finite.
 */
export function directionSign(direction: KpiDirection, candidate: number, reference: number): -1 | 0 | 1 {
  if (direction === 'neutral' || !Number.isFinite(candidate) || !Number.isFinite(reference) || candidate === reference) return 0;
  return (direction === 'higher') === candidate > reference ? 1 : -1;
}

/** `directionSign` with the KPI's direction from the catalogue. */
export function betterSign(kpi: KpiName, candidate: number, reference: number): -1 | 0 | 1 {
  return directionSign(KPI_CATALOGUE[kpi].direction, candidate, reference);
}
