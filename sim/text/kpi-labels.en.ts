// English labels of the KPIs on screens (the workbench), keyed like its message files; the
// terminal's English labels are the catalogue's own (kpi-catalogue.ts).
import type { KpiName } from '../result.ts';

export const kpiLabelsEn: Record<`kpi.${KpiName}`, string> = {
  'kpi.gmvCny': 'GMV',
  'kpi.netRevenueCny': 'Net revenue',
  'kpi.grossMarginCny': 'Gross margin',
  'kpi.grossMarginPct': 'Gross margin %',
  'kpi.profitCny': 'Profit',
  'kpi.marketingCny': 'Marketing spend',
  'kpi.roi': 'ROI',
  'kpi.roas': 'ROAS',
  'kpi.cacCny': 'CAC',
  'kpi.ltvCny': 'LTV',
  'kpi.aovCny': 'Average order value',
  'kpi.orders': 'Orders',
  'kpi.units': 'Units',
  'kpi.visits': 'Visits',
  'kpi.conversionRate': 'Conversion rate',
  'kpi.newCustomers': 'New customers',
  'kpi.repeatRate': 'Repeat rate',
  'kpi.returnRate': 'Return rate',
  'kpi.onTimeRate': 'On-time delivery',
  'kpi.stockoutRate': 'Stock-out rate',
  'kpi.fillRate': 'Fill rate',
  'kpi.inventoryDays': 'Inventory days',
  'kpi.endCashCny': 'Cash at end',
  'kpi.minCashCny': 'Lowest cash',
  'kpi.paybackDay': 'Payback day',
  'kpi.complaintRate': 'Complaint rate',
  'kpi.churnRate': 'Churn rate',
  'kpi.peakBacklogOrders': 'Peak backlog',
};
