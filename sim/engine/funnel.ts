// One visit through the funnel: product view → SKU choice → basket and price (promotions,
// coupons, free-shipping top-up) → add-to-cart by logit (reference price with loss aversion,
// fatigue, urgency) → stock check → checkout. Draw order is fixed so runs are reproducible;
// stock-outs still draw the decision, to count the demand that was lost.
import { FATIGUE_MEMORY, MAX_TOP_UP_UNITS } from './params.ts';
import { PROMO, type CompiledPromotion } from './promotions.ts';
import { placeOrder } from './checkout.ts';
import type { RunState } from './state.ts';

/** Coupon or spend-save money off a basket worth `value` (CNY), never more than the basket. */
export function basketSaving(promos: CompiledPromotion[], coupon: number, spendSave: number, value: number): number {
  let off = 0;
  if (coupon >= 0) {
    const pr = promos[coupon];
    for (let j = pr.tierMinSpend.length - 1; j >= 0; j--) {
      if (value >= pr.tierMinSpend[j]) {
        off = pr.tierOff[j];
        break;
      }
    }
  }
  if (spendSave >= 0) {
    const pr = promos[spendSave];
    off += Math.floor(value / pr.everyCny) * pr.offCny;
  }
  return Math.min(off, value);
}

/** The SKU a product view lands on: weights popularity × seasonality of day `t`; −1 if none sells. */
function pickSku(cum: Float64Array, base: number, K: number, u: number): number {
  const total = K > 0 ? cum[base + K - 1] : 0;
  if (!(total > 0)) return -1;
  const x = u * total;
  let k = 0;
  while (k < K - 1 && x >= cum[base + k]) k++;
  return k;
}

/** What a traced shopper's product view showed them and what they decided (built only when traced). */
interface ViewSeen {
  ch: number;
  k: number;
  units: number;
  paid: number;
  ratio: number;
  remembered: number;
  pCart: number;
  wantsCart: boolean;
  pCheckout: number;
  checksOut: boolean;
}

function recordView(st: RunState, i: number, v: ViewSeen, stock: 'in stock' | 'partial' | 'out of stock'): void {
  const c = st.c;
  st.trace!.record(i, {
    day: st.t,
    kind: 'view',
    channel: v.ch >= 0 ? c.chIds[v.ch] : null,
    sku: c.skus.ids[v.k],
    units: v.units,
    paidCny: v.paid,
    priceRatio: v.ratio,
    referenceRatio: v.remembered,
    pCart: v.pCart,
    cart: v.wantsCart,
    pCheckout: v.pCheckout,
    checkout: v.wantsCart && v.checksOut,
    stock,
  });
}

/** Shopper `i` visits today from channel `ch` (−1: own visit without an organic channel); a share bounces. */
export function visit(st: RunState, i: number, ch: number): void {
  st.day.visits++;
  const views = st.rng.funnel.next() < st.c.p.viewRate;
  if (st.trace !== null && st.trace.has(i)) st.trace.record(i, { day: st.t, kind: 'visit', channel: ch >= 0 ? st.c.chIds[ch] : null, bounced: !views });
  if (views) view(st, i, ch);
}

/**
 * Shopper `i`, visiting from channel `ch`, views a product (the visit did not bounce). The
 * visit itself is already counted: channels count their bouncing clicks in bulk and never
 * need to pick a shopper for them.
 */
export function view(st: RunState, i: number, ch: number): void {
  const c = st.c;
  const p = c.p;
  const t = st.t;
  const day = st.day;
  const w = st.world;
  const rf = st.rng.funnel;
  const rb = st.rng.basket;
  day.productViews++;
  const K = st.K;
  const k = pickSku(c.skus.cumWeight, t * K, K, rf.next());
  if (k < 0) return;
  const seg = w.segment(i);
  const cell = k * st.S + seg;
  const promo = st.promo;
  const promos = promo.promos;

  // Units: 1 + Poisson(mean − 1) by multiplication of uniforms (Rng.poisson's method, with
  // exp(−λ) precomputed per segment).
  let units = 1;
  const limit = st.segPoissonLimit[seg];
  if (limit > 1e-13) for (let prod = rb.next(); prod > limit; prod *= rb.next()) units++;
  else units += rb.poisson(c.segExtraUnits[seg]);
  const unitPrice = st.basePrice[k] * (1 - promo.pct[cell]);
  const cp = promo.coupon[cell];
  const coupon = cp >= 0 && c.segCouponEligible[seg] === 1 && rb.next() < promos[cp].claimRate ? cp : -1;
  const spendSave = promo.spendSave[cell];
  let value = unitPrice * units;
  let saving = basketSaving(promos, coupon, spendSave, value);
  let fee = 0;
  if (value - saving < p.freeThresholdCny) {
    const extra = unitPrice > 0 ? Math.ceil((p.freeThresholdCny - (value - saving)) / unitPrice) : Infinity;
    if (extra <= MAX_TOP_UP_UNITS && rb.next() < p.topUpProbability) {
      units += extra;
      value = unitPrice * units;
      saving = basketSaving(promos, coupon, spendSave, value);
    } else fee = p.shippingFeeCny;
  }
  let paid = value - saving;

  let logit = p.atcLogit0 + c.segConvLog[seg] + (ch >= 0 ? c.chConvLog[ch] : 0) + promo.urgency[cell] - p.overPromotion * w.fatigue(i);
  if (spendSave >= 0) logit -= promos[spendSave].complexityPenalty;
  const gift = promo.gift[cell];
  let giftCost = 0;
  if (gift >= 0 && paid >= promos[gift].giftMinSpendCny) {
    logit += promos[gift].giftBoost;
    giftCost = promos[gift].giftCostCny;
  }
  // Price against the shopper's reference price (ratios to list price); a competitor's price
  // war lowers the reference the shop is judged against.
  const list = c.skus.listPrice[k];
  const ratio = paid / units / list;
  const ref = Math.max(1e-3, w.refPrice(i) * (1 - c.shocks.priceWarCut[t]));
  const gain = (ref - ratio) / ref;
  logit += gain >= 0 ? c.segPriceSens[seg] * gain : c.segPriceSens[seg] * p.lossAversion * gain;
  const remembered = w.refPrice(i);
  const pCart = 1 / (1 + Math.exp(-logit));
  w.setRefPrice(i, remembered + p.refMemory * (ratio - remembered));
  const fatigue = w.fatigue(i);
  w.setFatigue(i, fatigue + FATIGUE_MEMORY * ((ratio < 0.999 ? 1 : 0) - fatigue));

  const wantsCart = rf.next() < pCart;
  const pCheckout = p.checkoutRate * (fee > 0 ? p.feeKeep : 1) * (1 - c.shocks.outageBlock[t]);
  const checksOut = rf.next() < pCheckout;
  // What a traced shopper saw and decided, recorded once the stock check below is known.
  const traced = st.trace !== null && st.trace.has(i);
  const seen: ViewSeen | null = traced ? { ch, k, units, paid, ratio, remembered, pCart, wantsCart, pCheckout, checksOut } : null;

  const src = promo.pctSource[cell];
  const presale = src >= 0 && promos[src].type === PROMO.presale && promos[src].shipDay > t ? src : -1;
  let oversold = false;
  if (presale < 0) {
    const available = st.wait[k].length > 0 ? 0 : st.onHand[k] - st.owed[k];
    if (available + st.phantom[k] < 1) {
      day.stockoutVisits++;
      if (seen) recordView(st, i, seen, 'out of stock');
      if (!p.backorders) {
        if (wantsCart && checksOut) {
          day.lostSalesUnits += units;
          st.demand[k][t] += units;
        }
        if (st.rng.retention.next() < p.stockoutChurn && w.churn(i)) {
          day.churned++;
          if (seen) st.trace!.record(i, { day: t, kind: 'churned', reason: 'stock-out' });
        }
        return;
      }
    } else if (!p.backorders && available < units) {
      if (available >= 1) {
        // Sell what is on the shelf; the rest of the basket is lost demand.
        const sold = Math.floor(available);
        if (wantsCart && checksOut) {
          day.lostSalesUnits += units - sold;
          st.demand[k][t] += units - sold;
        }
        paid *= sold / units;
        units = sold;
      } else oversold = true;
      if (seen) recordView(st, i, seen, available >= 1 ? 'partial' : 'in stock');
    } else if (seen) recordView(st, i, seen, 'in stock');
  } else if (seen) recordView(st, i, seen, 'in stock');
  if (!wantsCart) return;
  day.carts++;
  if (!checksOut) return;
  placeOrder(st, i, k, units, paid, list * units, fee, giftCost, ch, src, presale, oversold);
}
