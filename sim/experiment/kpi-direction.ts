// Which way is better for each KPI, so comparisons and sweeps can say which scenario wins.
import type { KpiName } from '../result.ts';

/** `higher`: more is better; `lower`: less is better; `neutral`: a choice, not a score (spend). */
export type KpiDirection = 'higher' | 'lower' | 'neutral';

/** The direction of every KPI in `KPIS`. */
export const KPI_DIRECTION: Readonly<Record<KpiName, KpiDirection>> = {
  gmvCny: 'higher',
  netRevenueCny: 'higher',
  grossMarginCny: 'higher',
  grossMarginPct: 'higher',
  profitCny: 'higher',
  // Marketing spend is a decision whose worth shows in profit and ROI, not a score of its own.
  marketingCny: 'neutral',
  roi: 'higher',
  roas: 'higher',
  cacCny: 'lower',
  ltvCny: 'higher',
  aovCny: 'higher',
  orders: 'higher',
  units: 'higher',
  visits: 'higher',
  conversionRate: 'higher',
  newCustomers: 'higher',
  repeatRate: 'higher',
  returnRate: 'lower',
  onTimeRate: 'higher',
  stockoutRate: 'lower',
  fillRate: 'higher',
  inventoryDays: 'lower',
  endCashCny: 'higher',
  minCashCny: 'higher',
  paybackDay: 'lower',
  complaintRate: 'lower',
  churnRate: 'lower',
  peakBacklogOrders: 'lower',
};

/**
 * +1 when `candidate` is better than `reference` for the KPI, −1 when worse, 0 when equal, when
 * the KPI is neutral, or when either value is not finite.
 */
export function betterSign(kpi: KpiName, candidate: number, reference: number): -1 | 0 | 1 {
  const direction = KPI_DIRECTION[kpi];
  if (direction === 'neutral' || !Number.isFinite(candidate) || !Number.isFinite(reference) || candidate === reference) return 0;
  const higherWins = candidate > reference;
  return (direction === 'higher') === higherWins ? 1 : -1;
}
