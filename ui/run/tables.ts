// Derived tables of a run summary: the funnel with step rates, and ROI/ROAS/CAC by channel.
import type { ChannelResult } from '../../sim/light.ts';

/** One funnel step: total over the horizon (mean over replications) and its rate from the step before. */
export interface FunnelStep {
  name: 'visits' | 'productViews' | 'carts' | 'orders';
  total: number;
  /** total ÷ previous step's total (NaN for the first step or a zero before). */
  rate: number;
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) if (Number.isFinite(a[i])) s += a[i];
  return s;
}

/** Funnel totals from the daily mean series. */
export function funnelSteps(series: Record<'visits' | 'productViews' | 'carts' | 'orders', { mean: ArrayLike<number> }>): FunnelStep[] {
  const names = ['visits', 'productViews', 'carts', 'orders'] as const;
  let prev = NaN;
  return names.map((name) => {
    const total = sum(series[name].mean);
    const step = { name, total, rate: Number.isFinite(prev) && prev > 0 ? total / prev : NaN };
    prev = total;
    return step;
  });
}

/** A channel's totals with its efficiency ratios. */
export interface ChannelRow extends ChannelResult {
  id: string;
  /** gmvCny ÷ spendCny (NaN without spend). */
  roas: number;
  /** spendCny ÷ newCustomers (NaN without new customers). */
  cacCny: number;
  /** Share of all orders. */
  orderShare: number;
  /**
   * Contribution ROI: (gmvCny × gross margin % − spendCny) ÷ spendCny, using the shop's overall
   * gross margin (the engine does not split costs by channel); NaN without spend.
   */
  roi: number;
}

/** Channel rows, biggest GMV first; `grossMarginPct` (fraction) prices each channel's GMV for its ROI. */
export function channelRows(channels: Record<string, ChannelResult>, grossMarginPct = NaN): ChannelRow[] {
  const totalOrders = Object.values(channels).reduce((s, c) => s + c.orders, 0);
  return Object.entries(channels)
    .map(([id, c]) => ({
      id,
      ...c,
      roas: c.spendCny > 0 ? c.gmvCny / c.spendCny : NaN,
      cacCny: c.newCustomers > 0 ? c.spendCny / c.newCustomers : NaN,
      orderShare: totalOrders > 0 ? c.orders / totalOrders : NaN,
      roi: c.spendCny > 0 ? (c.gmvCny * grossMarginPct - c.spendCny) / c.spendCny : NaN,
    }))
    .sort((a, b) => b.gmvCny - a.gmvCny);
}
