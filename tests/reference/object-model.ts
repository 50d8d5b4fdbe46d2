// A straightforward object-per-shopper implementation of the engine's core model, written the
// way NetLogo `ask` or Mesa `shuffle_do` would: every day, every shopper (in random order)
// decides whether to churn and whether to visit with their daily probability; then each
// channel's clicks land on randomly picked shoppers. Same parameters and funnel maths as
// sim/engine, none of its machinery (no calendar queue, no thinning, no typed arrays).
//
// Covered: segments, organic visits with multipliers, campaign traffic, churn hazard, paid /
// social / CRM / affiliate clicks (adstock, Hill, CPC rise), product view, SKU choice by
// popularity × seasonality, basket size, discount promotions, reference price with loss
// aversion, promotion fatigue, urgency, free-shipping top-up and fee abandonment, checkout,
// lost sales, (s,S) replenishment with log-normal lead times. Not covered (the test scenario
// turns them off): coupons, presales, flash sales, backorders, fulfilment, returns, referrals,
// newcomers, omnichannel, shocks, dynamic pricing, money.
import { Rng } from '../../sim/random.ts';
import { evaluateDaily } from '../../sim/scenario/formula.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';

class Shopper {
  state: 'prospect' | 'customer' | 'churned';
  refPrice = 1;
  fatigue = 0;
  constructor(
    readonly segment: string,
    customer: boolean,
  ) {
    this.state = customer ? 'customer' : 'prospect';
  }
}

export interface ReferenceResult {
  visits: number;
  orders: number;
  units: number;
  newCustomers: number;
  ordersPerDay: number[];
  activeCustomersAtEnd: number;
  productViews: number;
  stockoutVisits: number;
}

export function runReference(scenario: Scenario, { seed, replication = 0 }: { seed: number; replication?: number }): ReferenceResult {
  const days = scenario.days;
  const rng = new Rng(seed, replication, 0x5eed);
  const ctx = { days, startDate: scenario.startDate, params: scenario.params };
  const segIds = Object.keys(scenario.population.segments);
  const shareSum = segIds.reduce((s, id) => s + scenario.population.segments[id].share, 0);
  const shoppers: Shopper[] = [];
  for (let n = 0; n < scenario.population.size; n++) {
    let u = rng.next() * shareSum;
    let seg = segIds[segIds.length - 1];
    for (const id of segIds) {
      u -= scenario.population.segments[id].share;
      if (u < 0) {
        seg = id;
        break;
      }
    }
    shoppers.push(new Shopper(seg, rng.next() < scenario.population.customersAtStart));
  }
  const channels = Object.entries(scenario.channels).map(([id, c]) => ({ id, c, budget: evaluateDaily(c.budgetPerDayCny, ctx), mult: evaluateDaily(c.visitsMultiplier, ctx), adstock: 0, ratio: 0 }));
  const organic = channels.filter((x) => x.c.kind === 'organic');
  const skus = Object.entries(scenario.skus).map(([id, s]) => ({ id, s, season: evaluateDaily(s.seasonality, ctx), stock: s.initialStockUnits, onOrder: 0, arrivals: new Map<number, number>() }));
  const out: ReferenceResult = { visits: 0, orders: 0, units: 0, newCustomers: 0, ordersPerDay: [], activeCustomersAtEnd: 0, productViews: 0, stockoutVisits: 0 };
  const p = scenario;
  const logit = (q: number) => Math.log(Math.min(1 - 1e-12, Math.max(1e-12, q)) / (1 - Math.min(1 - 1e-12, Math.max(1e-12, q))));

  const visit = (sh: Shopper, t: number, chConv: number, campaignUrgency: number) => {
    out.visits++;
    if (rng.next() >= p.funnel.productViewRate) return;
    out.productViews++;
    const weights = skus.map((k) => (t >= k.s.launchDay && t < (k.s.delistDay ?? Infinity) ? k.s.popularity * Math.max(0, k.season[t]) : 0));
    const totalW = weights.reduce((a, b) => a + b, 0);
    if (totalW <= 0) return;
    let u = rng.next() * totalW;
    let sku = skus[skus.length - 1];
    for (let j = 0; j < skus.length; j++) {
      u -= weights[j];
      if (u < 0) {
        sku = skus[j];
        break;
      }
    }
    const seg = p.population.segments[sh.segment];
    let units = 1 + rng.poisson(seg.basketUnitsMean - 1);
    let pct = 0;
    let urgency = campaignUrgency;
    for (const [, promo] of Object.entries(p.promotions)) {
      if (!promo.enabled || t < promo.startDay || t > promo.endDay) continue;
      if (promo.skus && !promo.skus.includes(sku.id)) continue;
      if (promo.segments && !promo.segments.includes(sh.segment)) continue;
      urgency += promo.urgencyBoost;
      if (promo.type === 'discount') pct = Math.max(pct, promo.pct);
    }
    const unit = sku.s.listPriceCny * (sku.s.markdown && t >= sku.s.markdown.day ? 1 - sku.s.markdown.pct : 1) * (1 - pct);
    const threshold = p.pricing.freeShippingThresholdCny ?? Infinity;
    let fee = 0;
    if (unit * units < threshold) {
      const extra = Math.ceil((threshold - unit * units) / unit);
      if (extra <= 2 && rng.next() < p.pricing.topUpProbability) units += extra;
      else fee = p.pricing.shippingFeeCny;
    }
    const ratio = unit / sku.s.listPriceCny;
    const ref = Math.max(1e-3, sh.refPrice);
    const gain = (ref - ratio) / ref;
    const priceTerm = gain >= 0 ? seg.priceSensitivity * gain : seg.priceSensitivity * p.population.lossAversion * gain;
    const z = logit(p.funnel.addToCartRate) + Math.log(p.funnel.pageQuality) + Math.log(seg.conversionMultiplier) + Math.log(chConv) + urgency - p.population.overPromotionSensitivity * sh.fatigue + priceTerm;
    sh.refPrice += p.population.referencePriceMemory * (ratio - sh.refPrice);
    sh.fatigue += 0.2 * ((ratio < 0.999 ? 1 : 0) - sh.fatigue);
    const cart = rng.next() < 1 / (1 + Math.exp(-z));
    const checkout = rng.next() < p.funnel.checkoutRate * (fee > 0 ? 1 - p.pricing.shippingFeeAbandonment : 1);
    if (sku.stock < 1) {
      out.stockoutVisits++;
      if (rng.next() < p.retention.stockoutChurn) sh.state = 'churned';
      return;
    }
    if (!cart || !checkout) return;
    units = Math.min(units, sku.stock);
    sku.stock -= units;
    out.orders++;
    out.units += units;
    todayOrders++;
    if (sh.state === 'prospect') {
      sh.state = 'customer';
      out.newCustomers++;
    }
  };

  let todayOrders = 0;
  for (let t = 0; t < days; t++) {
    todayOrders = 0;
    for (const k of skus) {
      const arriving = k.arrivals.get(t) ?? 0;
      k.stock += arriving;
      k.onOrder -= arriving;
    }
    let traffic = 0;
    let urgencyToday = 0;
    for (const phase of Object.values(p.campaign)) {
      if (t < phase.startDay || t > phase.endDay) continue;
      traffic = Math.max(traffic, phase.trafficMultiplier);
      urgencyToday = Math.max(urgencyToday, phase.urgencyBoost);
    }
    if (traffic === 0) traffic = 1;
    const organicMult = organic.length > 0 ? Math.max(0, ...organic.map((o) => o.mult[t])) : 1;
    const crmToday = channels.some((x) => x.c.kind === 'crm' && x.budget[t] > 0);
    const customerMult = p.retention.postPurchaseVisitBoost * (crmToday ? 1 + p.retention.crmRepeatBoost : 1);
    // Shuffle, then ask every shopper.
    const order = shoppers.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    const organicConv = organic.length > 0 ? organic[0].c.conversionMultiplier : 1;
    for (const idx of order) {
      const sh = shoppers[idx];
      if (sh.state === 'churned') continue;
      const seg = p.population.segments[sh.segment];
      if (sh.state === 'customer' && rng.next() < 1 - Math.pow(1 - seg.churnPerYear, 1 / 365)) {
        sh.state = 'churned';
        continue;
      }
      const prob = Math.min(1, (seg.visitsPerYear / 365) * organicMult * traffic * (sh.state === 'customer' ? customerMult : 1));
      if (rng.next() < prob) visit(sh, t, organicConv, urgencyToday);
    }
    for (const ch of channels) {
      if (ch.c.kind === 'organic') continue;
      const cpc = ch.c.costPerClickCny * (1 + ch.c.cpcRisePerSaturation * ch.ratio);
      ch.adstock = (1 - ch.c.adstockDecay) * (ch.budget[t] / cpc) + ch.c.adstockDecay * ch.adstock;
      const a = ch.adstock;
      const expected = a > 0 ? (ch.c.saturationClicksPerDay * a ** ch.c.hillShape) / (ch.c.saturationClicksPerDay ** ch.c.hillShape + a ** ch.c.hillShape) : 0;
      ch.ratio = expected / ch.c.saturationClicksPerDay;
      const clicks = rng.poisson(expected * traffic);
      const prospects = shoppers.filter((s) => s.state === 'prospect');
      const customers = shoppers.filter((s) => s.state === 'customer');
      const share = ch.c.kind === 'crm' ? 0 : ch.c.prospectShare;
      for (let n = 0; n < clicks; n++) {
        let pool = rng.next() < share ? prospects : customers;
        if (pool.length === 0 && ch.c.kind !== 'crm') pool = pool === prospects ? customers : prospects;
        if (pool.length === 0) continue;
        const sh = pool[rng.int(pool.length)];
        if (sh.state === 'churned') continue;
        visit(sh, t, ch.c.conversionMultiplier, urgencyToday);
      }
    }
    for (const k of skus) {
      const r = k.s.replenishment;
      if (r.policy !== 'sS') continue;
      const position = k.stock + k.onOrder;
      if (position > r.reorderPointUnits) continue;
      const q = Math.ceil(Math.max(r.orderUpToUnits - position, r.minOrderUnits));
      const lead = Math.max(1, Math.round(r.leadTimeDays > 0 ? rng.lognormal(r.leadTimeDays, r.leadTimeSdDays) : 0));
      k.onOrder += q;
      k.arrivals.set(t + lead, (k.arrivals.get(t + lead) ?? 0) + q);
    }
    out.ordersPerDay.push(todayOrders);
  }
  out.activeCustomersAtEnd = shoppers.filter((s) => s.state === 'customer').length;
  return out;
}
