// The scenario schema: one zod schema that validates a scenario file, fills every default and
// documents each field with its unit. An empty scenario `{}` is a complete, sensible shop.
import { z } from 'zod';
import type { RecordNoun } from './messages/codes.ts';
import { DAYS_MAX, MULT_MAX, PRICE_MAX, MONEY_MAX, UNITS_MAX, ID_MAX_CHARS } from './bounds.ts';

/**
 * A number, or a formula (mathjs expression) of time and parameters, evaluated once per day
 * before a run. Variables: `t` (day index from 0), `day` (= t), `days` (horizon), `dow` (0 =
 * Monday … 6 = Sunday), `month` (1–12), `dayOfMonth`, `dayOfYear` (1–366), `year`, `pi`, and every
 * name in the scenario's `params`. Example: `"2000 * (1 + 0.3 * sin(2 * pi * dayOfYear / 365))"`.
 */
export const Formula = z
  .union([z.number(), z.string().min(1)])
  .describe('A number, or a formula of t, dow, month, dayOfYear, days and params (mathjs syntax).');
export type Formula = z.infer<typeof Formula>;

export { DAYS_MAX, MULT_MAX, PRICE_MAX, MONEY_MAX, UNITS_MAX, ID_MAX_CHARS } from './bounds.ts';

const fraction = (d: number, what: string) => z.number().min(0).max(1).default(d).describe(what);
const nonneg = (d: number, what: string, max: number) => z.number().min(0).max(max).default(d).describe(what);
const positive = (d: number, what: string, max: number) => z.number().positive().max(max).default(d).describe(what);
const dayIndex = z.number().int().min(0).max(DAYS_MAX).describe('Day index from the scenario start (0 = first day).');
/** A mapping keyed by id with at most `max` entries (each entry costs the engine work every day). */
const idMap = <T extends z.ZodType>(value: T, max: number, noun: RecordNoun) =>
  z.record(z.string().max(ID_MAX_CHARS), value).refine((r) => Object.keys(r).length <= max, { message: `at most ${max} ${noun}`, params: { max, noun } });

/** One customer tier of the user pyramid (003 §2.2: base 60 %, core 30 %, top 10 %). */
export const Segment = z.strictObject({
  share: fraction(0.6, 'Share of the population in this tier (fraction; shares are normalised to sum to 1).'),
  visitsPerYear: nonneg(6, 'Organic visits per shopper per year, before channels and campaigns (visits/year).', 3650),
  priceSensitivity: nonneg(4, 'How strongly the add-to-cart log-odds respond to price against the reference price (per unit of relative price gap).', MULT_MAX),
  conversionMultiplier: positive(1, 'Multiplier on the odds of add-to-cart for this tier.', MULT_MAX),
  basketUnitsMean: z.number().min(1).max(MULT_MAX).default(1.3).describe('Mean units per order (≥ 1).'),
  churnPerYear: fraction(0.35, 'Yearly hazard that a customer in this tier stops visiting (fraction per year).'),
  returnMultiplier: positive(1, 'Multiplier on the base return rate for this tier.', MULT_MAX),
  couponEligible: z.boolean().default(true).describe('Whether tier-restricted coupons reach this tier.'),
});
export type Segment = z.infer<typeof Segment>;

const defaultSegments = {
  base: { share: 0.6, visitsPerYear: 4, priceSensitivity: 5, conversionMultiplier: 0.9, basketUnitsMean: 1.2, churnPerYear: 0.45 },
  core: { share: 0.3, visitsPerYear: 9, priceSensitivity: 3.5, conversionMultiplier: 1.1, basketUnitsMean: 1.4, churnPerYear: 0.25 },
  vip: { share: 0.1, visitsPerYear: 18, priceSensitivity: 2, conversionMultiplier: 1.4, basketUnitsMean: 1.8, churnPerYear: 0.1 },
};

export const Population = z
  .strictObject({
    size: z.number().int().min(0).max(50_000_000).default(50_000).describe('Shoppers in the addressable market at day 0 (agents).'),
    customersAtStart: fraction(0.2, 'Share of the population who have bought before day 0 (fraction).'),
    segments: idMap(Segment, 255, 'segments').prefault(defaultSegments).describe('Customer tiers keyed by id.'),
    newShoppersPerDay: Formula.default(0).describe('Shoppers who join the market each day from outside (shoppers/day).'),
    referencePriceMemory: fraction(0.25, 'Weight of the latest seen price in a shopper\'s reference price (exponential smoothing, fraction).'),
    lossAversion: z.number().min(1).max(MULT_MAX).default(2.25).describe('How much more a price above the reference hurts than one below it helps (ratio ≥ 1; Kahneman–Tversky ≈ 2.25).'),
    overPromotionSensitivity: nonneg(0.5, 'Log-odds penalty per unit of promotion fatigue (share of recent visits that met a discount); 002 §5 over-promotion.', MULT_MAX),
  })
  .prefault({});

/** A marketing channel. `organic` scales shoppers' own visit schedules; others buy clicks. */
export const Channel = z.strictObject({
  kind: z.enum(['organic', 'paid', 'social', 'crm', 'affiliate']).default('paid').describe('Channel mechanism: organic scales own visits; crm reaches existing customers only.'),
  budgetPerDayCny: Formula.default(0).describe('Spend per day (CNY/day).'),
  costPerClickCny: positive(1.5, 'Cost per click at low spend (CNY/click).', 10_000),
  cpcRisePerSaturation: nonneg(0.3, 'Relative CPC increase when clicks reach the saturation level (competition for auctions).', MULT_MAX),
  saturationClicksPerDay: positive(5000, 'Clicks per day at which extra spend yields half its linear effect (Hill half-saturation, clicks/day).', 10_000_000),
  hillShape: z.number().min(0.3).max(5).default(1).describe('Hill curve shape (1 = diminishing returns from the first CNY; >1 = S-shaped).'),
  adstockDecay: fraction(0.3, 'Share of a day\'s advertising effect carried to the next day (geometric adstock).'),
  conversionMultiplier: positive(1, 'Multiplier on add-to-cart odds for visits from this channel (targeting quality).', MULT_MAX),
  visitsMultiplier: Formula.default(1).describe('Organic only: multiplier on every shopper\'s own visit rate (content, SEO).'),
  commissionPct: fraction(0, 'Affiliate only: commission on order value (fraction).'),
  prospectShare: fraction(0.7, 'Share of clicks that come from shoppers who have never bought (ignored for crm).'),
});
export type Channel = z.infer<typeof Channel>;

const defaultChannels = {
  organic: { kind: 'organic' },
  paid_search: { kind: 'paid', budgetPerDayCny: 3000, costPerClickCny: 1.8, saturationClicksPerDay: 4000 },
  social: { kind: 'social', budgetPerDayCny: 1500, costPerClickCny: 0.6, saturationClicksPerDay: 6000, conversionMultiplier: 0.7, adstockDecay: 0.5 },
  crm: { kind: 'crm', budgetPerDayCny: 300, costPerClickCny: 0.2, saturationClicksPerDay: 1500, conversionMultiplier: 1.3 },
} as const;

export const Replenishment = z.strictObject({
  policy: z.enum(['none', 'sS', 'RS', 'forecast']).default('sS').describe('none; (s,S) continuous review; (R,S) periodic review; forecast-driven order-up-to.'),
  reorderPointUnits: nonneg(300, '(s,S): order when inventory position falls to or below s (units).', UNITS_MAX),
  orderUpToUnits: nonneg(1200, '(s,S) and (R,S): order up to S (units).', UNITS_MAX),
  reviewPeriodDays: z.number().int().min(1).max(DAYS_MAX).default(7).describe('(R,S) and forecast: days between reviews.'),
  leadTimeDays: nonneg(7, 'Mean supplier lead time (days).', DAYS_MAX),
  leadTimeSdDays: nonneg(1.5, 'Standard deviation of the lead time (days).', DAYS_MAX),
  serviceLevel: z.number().min(0.5).max(0.9999).default(0.95).describe('forecast: target cycle service level for the order-up-to quantile.'),
  forecastModel: z.string().default('moving-average').describe('forecast: forecaster name from the registry given to the engine.'),
  historyDays: z.number().int().min(7).max(DAYS_MAX).default(56).describe('forecast: days of sales history the forecaster sees.'),
  minOrderUnits: nonneg(0, 'Smallest order the supplier accepts (units).', UNITS_MAX),
});
export type Replenishment = z.infer<typeof Replenishment>;

export const Sku = z.strictObject({
  name: z.string().max(200).optional().describe('Display name of the SKU.'),
  listPriceCny: positive(129, 'List ("original") price (CNY/unit).', PRICE_MAX),
  unitCostCny: nonneg(55, 'Landed unit cost (CNY/unit).', PRICE_MAX),
  popularity: positive(1, 'Relative chance a visit views this SKU.', 1_000_000),
  seasonality: Formula.default(1).describe('Multiplier on this SKU\'s popularity by day.'),
  initialStockUnits: z.number().int().min(0).max(UNITS_MAX).default(1000).describe('Units on hand at day 0.'),
  launchDay: dayIndex.default(0),
  delistDay: z.number().int().min(0).max(DAYS_MAX).nullable().default(null).describe('Day from which the SKU is no longer sold (null = never).'),
  baseReturnRate: fraction(0.08, 'Share of delivered units returned (fraction).'),
  restockableReturnShare: fraction(0.8, 'Share of returned units that go back to sellable stock.'),
  markdown: z
    .strictObject({
      day: dayIndex.describe('Day the markdown starts (e.g. month 6 of the life cycle, 000 §4.2).'),
      pct: z.number().min(0).max(0.95).describe('Markdown depth off list price (fraction).'),
    })
    .nullable()
    .default(null),
  replenishment: Replenishment.prefault({}).describe('How this SKU is restocked from its supplier.'),
});
export type Sku = z.infer<typeof Sku>;

const defaultSkus = {
  tee: { name: 'Cotton tee', listPriceCny: 79, unitCostCny: 28, popularity: 3, initialStockUnits: 1500, replenishment: { reorderPointUnits: 500, orderUpToUnits: 2000 } },
  jeans: { name: 'Slim jeans', listPriceCny: 199, unitCostCny: 80, popularity: 2, initialStockUnits: 900, replenishment: { reorderPointUnits: 300, orderUpToUnits: 1200 } },
  jacket: { name: 'Light jacket', listPriceCny: 349, unitCostCny: 150, popularity: 1, initialStockUnits: 400, seasonality: '1 + 0.5 * cos(2 * pi * (dayOfYear - 15) / 365)', replenishment: { reorderPointUnits: 120, orderUpToUnits: 500, leadTimeDays: 14, leadTimeSdDays: 3 } },
};

const promotionCommon = {
  startDay: dayIndex,
  endDay: dayIndex.describe('Last day of the promotion (inclusive).'),
  enabled: z.boolean().default(true).describe('Set false to keep the promotion in the file without running it.'),
  segments: z.array(z.string()).optional().describe('Tier ids the promotion reaches (default: all).'),
  skus: z.array(z.string()).optional().describe('SKU ids it applies to (default: all).'),
  urgencyBoost: nonneg(0, 'Extra add-to-cart log-odds from countdowns, hot lists and scarcity cues (003 §2.1).', MULT_MAX),
};

export const Promotion = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('discount'), ...promotionCommon, pct: z.number().min(0).max(0.95).describe('Price cut (fraction).') }),
  z.strictObject({
    type: z.literal('tieredCoupon'),
    ...promotionCommon,
    tiers: z
      .array(z.strictObject({ minSpendCny: z.number().min(0).max(MONEY_MAX).describe('Basket value that unlocks the tier (CNY).'), offCny: z.number().min(0).max(MONEY_MAX).describe('Saving at this tier (CNY).') })).min(1).describe('Coupon tiers: spend at least minSpendCny, save offCny.'),
    claimRate: fraction(0.6, 'Share of visitors who hold the coupon.'),
  }),
  z.strictObject({
    type: z.literal('spendSave'),
    ...promotionCommon,
    everyCny: positive(200, 'Spend step (CNY).', MONEY_MAX),
    offCny: nonneg(20, 'Saving per full step (CNY).', MONEY_MAX),
    complexityPenalty: nonneg(0.15, 'Log-odds penalty for a rule shoppers must compute (003 §3.1).', MULT_MAX),
  }),
  z.strictObject({
    type: z.literal('flashSale'),
    ...promotionCommon,
    pct: z.number().min(0).max(0.95).describe('Flash-sale price cut (fraction).'),
    unitsLimit: z.number().int().min(0).max(UNITS_MAX).nullable().default(null).describe('Units sold at the flash price before it ends (null = unlimited).'),
  }),
  z.strictObject({
    type: z.literal('presale'),
    ...promotionCommon,
    pct: z.number().min(0).max(0.95).describe('Discount for pre-ordering (fraction).'),
    depositShare: fraction(0.2, 'Share of the price paid as deposit at order time.'),
    shipDay: dayIndex.describe('Day pre-orders are released to the warehouse (balance paid then).'),
  }),
  z.strictObject({
    type: z.literal('gift'),
    ...promotionCommon,
    giftCostCny: nonneg(10, 'Cost of the gift per order (CNY).', PRICE_MAX),
    minSpendCny: nonneg(0, 'Order value that earns the gift (CNY).', MONEY_MAX),
    conversionBoost: nonneg(0.15, 'Extra add-to-cart log-odds.', MULT_MAX),
  }),
]);
export type Promotion = z.infer<typeof Promotion>;

export const CampaignPhase = z.strictObject({
  startDay: dayIndex,
  endDay: dayIndex,
  trafficMultiplier: positive(1, 'Multiplier on every visit source during the phase.', MULT_MAX),
  urgencyBoost: nonneg(0, 'Extra add-to-cart log-odds during the phase (countdown, hot lists).', MULT_MAX),
  label: z.string().optional().describe('Name shown in charts.'),
});

export const Pricing = z
  .strictObject({
    shippingFeeCny: nonneg(8, 'Shipping fee charged to the shopper below the free-shipping threshold (CNY/order).', PRICE_MAX),
    freeShippingThresholdCny: z.number().min(0).max(MONEY_MAX).nullable().default(null).describe('Basket value from which shipping is free (CNY; null = none; 001 §3.4: 59).'),
    topUpProbability: fraction(0.35, 'Chance a shopper below the threshold adds an item to reach it.'),
    shippingFeeAbandonment: fraction(0.25, 'Extra checkout abandonment when a fee is charged.'),
    dynamic: z
      .strictObject({
        enabled: z.boolean().default(false).describe('Turn stock-driven dynamic pricing on.'),
        lowCoverDays: positive(10, 'Below this many days of cover the price rises.', DAYS_MAX),
        highCoverDays: positive(60, 'Above this many days of cover the price falls.', DAYS_MAX),
        maxUpPct: fraction(0.1, 'Largest rise over list price.'),
        maxDownPct: fraction(0.25, 'Largest cut below list price.'),
        stepPct: fraction(0.02, 'Change per day.'),
      })
      .prefault({}),
  })
  .prefault({});

export const Funnel = z
  .strictObject({
    productViewRate: fraction(0.6, 'Share of visits that view a product (1 − bounce rate).'),
    addToCartRate: fraction(0.11, 'Add-to-cart probability at the reference price, before multipliers.'),
    checkoutRate: fraction(0.5, 'Share of carts that become orders, before shipping-fee and outage effects.'),
    pageQuality: positive(1, 'Multiplier on add-to-cart odds (detail page, trust signals; 002 §2.3).', MULT_MAX),
  })
  .prefault({});

export const Fulfilment = z
  .strictObject({
    capacityOrdersPerDay: Formula.default(2000).describe('Orders the warehouse can ship per day (orders/day).'),
    promiseHours: positive(48, 'Delivery promise from order to doorstep (hours; 000 §1.3: 48, 003 §2.3: 72).', DAYS_MAX * 24),
    transitDaysMean: positive(1.6, 'Mean carrier transit time after shipping (days).', 365),
    transitDaysSd: nonneg(0.7, 'Standard deviation of transit time (days).', 365),
    logisticsCostPerOrderCny: nonneg(9, 'Pick, pack and carrier cost per shipped order (CNY).', PRICE_MAX),
    complaintIfLate: fraction(0.3, 'Chance a late delivery raises a complaint.'),
    lateReturnExtra: fraction(0.05, 'Extra return probability for late deliveries.'),
  })
  .prefault({});

export const Retention = z
  .strictObject({
    postPurchaseVisitBoost: nonneg(1.5, 'Multiplier on a customer\'s visit rate after a good delivery (habit).', MULT_MAX),
    complaintChurn: fraction(0.25, 'Chance a complaint makes the shopper churn at once (003 §8.1: logistics drive complaints).'),
    stockoutChurn: fraction(0.03, 'Chance a shopper who meets a stock-out churns.'),
    referralPerOrder: fraction(0.02, 'Chance an order brings a new shopper by referral.'),
    crmRepeatBoost: nonneg(0.3, 'Relative lift of repeat visits from CRM touches (002: CRM +30 % repeat).', MULT_MAX),
  })
  .prefault({});

export const Omnichannel = z
  .strictObject({
    stores: z.number().int().min(0).max(100_000).default(0).describe('Physical stores (0 = online only).'),
    pickupShare: fraction(0, 'Share of orders picked up in store (BOPIS): no carrier cost or transit.'),
    stockSync: z.boolean().default(true).describe('Store and online stock synchronised; if not, online oversells.'),
    syncErrorShare: fraction(0.08, 'When unsynchronised: typical error of displayed stock (fraction of stock).'),
    oversellCancelReturnShare: fraction(0.5, 'Share of oversold orders that end as a return/cancellation after shipping attempts.'),
  })
  .prefault({});

export const Investment = z.strictObject({
  day: dayIndex,
  amountCny: z.number().min(0).max(MONEY_MAX * 1000).describe('One-off payment (CNY).'),
  label: z.string().optional().describe('What the investment buys.'),
});

export const Finance = z
  .strictObject({
    openingCashCny: z.number().min(-MONEY_MAX * 1000).max(MONEY_MAX * 1000).default(2_000_000).describe('Cash at day 0 (CNY).'),
    fixedCostsPerDayCny: Formula.default(6000).describe('Payroll, rent, systems upkeep (CNY/day).'),
    holdingCostRatePerYear: fraction(0.25, 'Holding cost as a share of unit cost per year.'),
    paymentFeePct: fraction(0.006, 'Payment processing fee on collected revenue.'),
    supplierPaymentDays: z.number().int().min(0).max(DAYS_MAX).default(30).describe('Days after receipt that suppliers are paid.'),
    investments: idMap(Investment, 1000, 'investments').default({}).describe('One-off investments keyed by id.'),
  })
  .prefault({});

export const Shock = z.strictObject({
  type: z.enum(['logisticsDisruption', 'outage', 'priceWar', 'supplierDelay', 'demandSurge']).describe('What goes wrong: carrier capacity, site outage, competitor price cut, supplier lead time, or a demand surge.'),
  startDay: dayIndex.nullable().default(null).describe('Scheduled start day, or null for a random shock.'),
  durationDays: z.number().int().min(1).max(DAYS_MAX).default(3).describe('How long each occurrence lasts (days).'),
  magnitude: z.number().min(0).max(MULT_MAX).default(0.5).describe('Strength: capacity lost (fraction), competitor price cut (fraction), extra lead time (days), or demand multiplier minus 1.'),
  probabilityPerDay: fraction(0, 'Random shocks: daily chance of starting.'),
  enabled: z.boolean().default(true).describe('Set false to keep the shock in the file without it happening.'),
});
export type Shock = z.infer<typeof Shock>;

/** The whole scenario. */
export const ScenarioSchema = z.strictObject({
  name: z.string().max(200).default('Untitled scenario').describe('Short name shown in the workbench and in reports.'),
  description: z.string().max(10_000).default('').describe('What this scenario asks or changes, in a sentence or two.'),
  extends: z.string().optional().describe('Path (relative to this file) of a base scenario this one overrides.'),
  seed: z.number().int().min(0).default(20261111).describe('Seed of the random streams.'),
  days: z.number().int().min(1).max(3650).default(365).describe('Horizon (days).'),
  startDate: z.iso.date().default('2026-01-01').describe('Calendar date of day 0 (YYYY-MM-DD).'),
  replications: z.number().int().min(1).max(10_000).default(20).describe('Monte Carlo replications.'),
  params: idMap(z.number(), 1000, 'params').default({}).describe('Named constants usable in formulas.'),
  population: Population.describe('The shoppers: market size, customer tiers and price psychology.'),
  channels: idMap(Channel, 100, 'channels').prefault(defaultChannels).describe('Marketing channels keyed by id (organic, paid search, social, CRM, affiliates).'),
  funnel: Funnel.describe('Visit → product view → cart → order probabilities.'),
  pricing: Pricing.describe('Shipping fees, free-shipping threshold and dynamic pricing.'),
  skus: idMap(Sku, 2000, 'SKUs').prefault(defaultSkus).describe('Products keyed by SKU id.'),
  inventory: z
    .strictObject({
      backorders: z.boolean().default(false).describe('Unfilled demand waits (true) or is lost (false).'),
    })
    .prefault({}),
  promotions: idMap(Promotion, 500, 'promotions').default({}).describe('Promotions keyed by id; `type` picks the mechanism.'),
  campaign: idMap(CampaignPhase, 500, 'campaign phases').default({}).describe('Calendar phases (warm-up, peak, tail) keyed by id.'),
  fulfilment: Fulfilment.describe('Warehouse capacity, delivery promise and carrier times.'),
  retention: Retention.describe('What brings customers back or makes them leave.'),
  omnichannel: Omnichannel.describe('Stores, pick-up in store and stock synchronisation.'),
  finance: Finance.describe('Cash, fixed costs, holding cost, payment terms and one-off investments.'),
  shocks: idMap(Shock, 200, 'shocks').default({}).describe('Disruptions keyed by id, scheduled (startDay) or random (probabilityPerDay).'),
});

/** A validated scenario with every default filled in. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** What a user may write: every field optional. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
