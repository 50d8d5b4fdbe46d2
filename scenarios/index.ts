// The built-in scenarios: one baseline per source plan and the plan's alternatives, with what each
// tests. Paths are relative to this folder; the CLI resolves them on disk and the workbench loads
// the files itself (Vite `?raw` imports do not exist in Node, so no texts are bundled here).

/** The four source plans (see /scenarios/README.md and SEED-FACTS.md). */
export type PlanId = '000' | '001' | '002' | '003';

export interface BuiltinScenario {
  /** Stable id, "<plan folder>/<file stem>", e.g. "003-double11/spend-save". */
  id: string;
  plan: PlanId;
  /** Short title for menus. */
  title: string;
  /** Path relative to the scenarios folder, e.g. "003-double11/spend-save.yaml". */
  file: string;
  /** The baseline it is compared with (its own id for a baseline). */
  baseline: string;
  /** What the comparison with the baseline tests, in one sentence. */
  tests: string;
}

export const PLANS: Readonly<Record<PlanId, { folder: string; title: string }>> = {
  '000': { folder: '000-clothing', title: 'Clothing e-commerce operations plan' },
  '001': { folder: '001-omnichannel', title: 'Omnichannel retail plan for 2026' },
  '002': { folder: '002-ecommerce-ops', title: 'E-commerce operations plan' },
  '003': { folder: '003-double11', title: 'Taobao Double 11 campaign plan' },
};

function entry(plan: PlanId, stem: string, title: string, tests: string): BuiltinScenario {
  const folder = PLANS[plan].folder;
  return { id: `${folder}/${stem}`, plan, title, file: `${folder}/${stem}.yaml`, baseline: `${folder}/baseline`, tests };
}

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = [
  entry('000', 'baseline', 'Clothing: marketing 8 % of sales, (s,S), today\'s capacity', 'The plan\'s budget rule and today\'s operations; calibrated to the plan\'s implied sales (18.75 M CNY/yr) and 8 % marketing share.'),
  entry('000', 'marketing-5pct', 'Clothing: marketing 5 % of sales', 'What cutting marketing from 8 % to 5 % of sales does to orders, GMV and profit.'),
  entry('000', 'marketing-12pct', 'Clothing: marketing 12 % of sales', 'Whether raising marketing to 12 % of sales pays back through saturating channels.'),
  entry('000', 'forecast-replenishment', 'Clothing: forecast-driven replenishment', 'Whether a 7-day forecast with safety stock brings inventory days to 25–30 without hurting the fill rate.'),
  entry('000', 'capacity-added', 'Clothing: added warehouse capacity', 'How close added capacity brings on-time delivery to the 98 % within 48 h target, and its cost.'),
  entry('000', 'dynamic-pricing', 'Clothing: dynamic pricing on stock cover', 'The effect of stock-cover pricing on margin, sell-through and stock.'),
  entry('000', 'life-cycle', 'Clothing: six-stage life cycle with month-6 markdown', 'Whether markdown at month 6 and delisting at month 9 cut end-of-season stock, and the margin given up.'),

  entry('001', 'baseline', 'Omnichannel: stock not synchronised, no BOPIS', 'Today\'s split operation; calibrated to returns of 12 % from overselling.'),
  entry('001', 'stock-sync', 'Omnichannel: stock synchronised', 'Whether synchronised stock removes the overselling returns, and at what cost.'),
  entry('001', 'bopis', 'Omnichannel: synchronised + pick-up in store', 'What pick-up in store for 15 % of orders saves in logistics.'),
  entry('001', 'free-shipping-59', 'Omnichannel: free shipping from 59 CNY', 'Whether the 59 CNY threshold raises AOV and orders and cuts logistics cost per unit sold.'),
  entry('001', 'integrated-all-at-once', 'Omnichannel: integrated, paid all at once', 'The whole programme with its investment paid on day 0.'),
  entry('001', 'integrated-phased', 'Omnichannel: integrated, paid in phases', 'Whether phasing the same programme protects cash (compare with integrated-all-at-once).'),

  entry('002', 'baseline', 'E-commerce ops: plan\'s traffic mix, conversion 2.8 %', 'The plan\'s starting point; calibrated to conversion 2.8 % and AOV 120 CNY.'),
  entry('002', 'traffic-rebalance', 'E-commerce ops: traffic rebalanced', 'Whether moving paid-search money to content and short video buys more orders at a lower CAC.'),
  entry('002', 'crm-private-domain', 'E-commerce ops: CRM and private domain', 'Whether CRM raises the repeat rate, and what it costs.'),
  entry('002', 'over-promotion', 'E-commerce ops: over-promotion', 'Whether a deep discount every month costs later conversion and retention.'),
  entry('002', 'conversion-optimised', 'E-commerce ops: better pages and checkout', 'How far trust signals and a simpler checkout move conversion towards 3.6 %.'),

  entry('003', 'baseline', 'Double 11: the plan (coupons + flash sale, 40/25/15/10/10)', 'The plan as written, scaled to one shop; calibrated to a GMV of +19.6 % over last year.'),
  entry('003', 'spend-save', 'Double 11: spend-X-save-Y instead', 'Whether tiered coupons + flash sale convert better than spend-X-save-Y, and the AOV effect.'),
  entry('003', 'no-capacity-upgrade', 'Double 11: no capacity upgrade', 'What the site and warehouse upgrade buys in orders and on-time delivery at the peak.'),
  entry('003', 'budget-marketing-heavy', 'Double 11: budget 55/15/10/10/10', 'Whether more marketing pays for the capacity it no longer buys.'),
  entry('003', 'logistics-disruption', 'Double 11: logistics disruption', 'The hit of a capacity disruption at the peak on delivery, complaints and churn.'),
  entry('003', 'logistics-contingency', 'Double 11: disruption with contingency plan', 'How much of the disruption\'s damage the multi-channel delivery plan avoids.'),
];

/** The built-in scenario with this id, or undefined. */
export function findBuiltinScenario(id: string): BuiltinScenario | undefined {
  const stem = id.replace(/\.ya?ml$/, '');
  return BUILTIN_SCENARIOS.find((s) => s.id === stem);
}

/**
 * Where a built-in scenario's file lives, as a URL next to this module: `fileURLToPath` gives the
 * CLI a path; a bundler that copies the folder can serve it under the same relative name.
 */
export function builtinScenarioUrl(scenario: BuiltinScenario): URL {
  return new URL(scenario.file, import.meta.url);
}
