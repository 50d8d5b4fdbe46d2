// Scalar scenario parameters the systems read in their hot loops, gathered in one flat object
// (derived values such as log-odds precomputed) so a visit never walks the scenario tree.
import type { Scenario } from '../scenario/schema.ts';

/** Log-odds of a probability, clamped so 0 and 1 stay finite. */
export function logit(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
  return Math.log(q / (1 - q));
}

/** Most units a shopper adds to reach the free-shipping threshold; beyond it they pay the fee. */
export const MAX_TOP_UP_UNITS = 2;
/** Weight of the latest product view in a shopper's promotion fatigue (exponential smoothing). */
export const FATIGUE_MEMORY = 0.2;

export interface Params {
  viewRate: number;
  /** logit(addToCartRate) + log(pageQuality). */
  atcLogit0: number;
  checkoutRate: number;
  /** Share of checkouts kept when a shipping fee is charged (1 − shippingFeeAbandonment). */
  feeKeep: number;
  shippingFeeCny: number;
  /** Free-shipping threshold (CNY), Infinity when there is none. */
  freeThresholdCny: number;
  topUpProbability: number;
  refMemory: number;
  lossAversion: number;
  overPromotion: number;
  backorders: boolean;
  stockoutChurn: number;
  complaintChurn: number;
  complaintIfLate: number;
  lateReturnExtra: number;
  referralPerOrder: number;
  postPurchaseBoost: number;
  crmRepeatBoost: number;
  /** BOPIS share of orders (0 without stores). */
  pickupShare: number;
  oversellCancelShare: number;
  promiseHours: number;
  transitMean: number;
  transitSd: number;
  logisticsCostCny: number;
  holdingRatePerDay: number;
  paymentFeePct: number;
  supplierPaymentDays: number;
  customersAtStart: number;
  populationSize: number;
  dynamic: Scenario['pricing']['dynamic'];
}

export function compileParams(sc: Scenario): Params {
  return {
    viewRate: sc.funnel.productViewRate,
    atcLogit0: logit(sc.funnel.addToCartRate) + Math.log(sc.funnel.pageQuality),
    checkoutRate: sc.funnel.checkoutRate,
    feeKeep: 1 - sc.pricing.shippingFeeAbandonment,
    shippingFeeCny: sc.pricing.shippingFeeCny,
    freeThresholdCny: sc.pricing.freeShippingThresholdCny ?? Infinity,
    topUpProbability: sc.pricing.topUpProbability,
    refMemory: sc.population.referencePriceMemory,
    lossAversion: sc.population.lossAversion,
    overPromotion: sc.population.overPromotionSensitivity,
    backorders: sc.inventory.backorders,
    stockoutChurn: sc.retention.stockoutChurn,
    complaintChurn: sc.retention.complaintChurn,
    complaintIfLate: sc.fulfilment.complaintIfLate,
    lateReturnExtra: sc.fulfilment.lateReturnExtra,
    referralPerOrder: sc.retention.referralPerOrder,
    postPurchaseBoost: sc.retention.postPurchaseVisitBoost,
    crmRepeatBoost: sc.retention.crmRepeatBoost,
    pickupShare: sc.omnichannel.stores > 0 ? sc.omnichannel.pickupShare : 0,
    oversellCancelShare: sc.omnichannel.oversellCancelReturnShare,
    promiseHours: sc.fulfilment.promiseHours,
    transitMean: sc.fulfilment.transitDaysMean,
    transitSd: sc.fulfilment.transitDaysSd,
    logisticsCostCny: sc.fulfilment.logisticsCostPerOrderCny,
    holdingRatePerDay: sc.finance.holdingCostRatePerYear / 365,
    paymentFeePct: sc.finance.paymentFeePct,
    supplierPaymentDays: sc.finance.supplierPaymentDays,
    customersAtStart: sc.population.customersAtStart,
    populationSize: sc.population.size,
    dynamic: sc.pricing.dynamic,
  };
}
