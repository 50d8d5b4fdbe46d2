// Promotions compiled to masks, and the per-day table the funnel reads for each (SKU, segment):
// best price cut and where it comes from, urgency, and which coupon / spend-save / gift applies.
import type { Scenario } from '../scenario/schema.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import { ScenarioRunError } from './errors.ts';

/** Promotion type codes. */
export const PROMO = { discount: 0, tieredCoupon: 1, spendSave: 2, flashSale: 3, presale: 4, gift: 5 } as const;

export interface CompiledPromotion {
  id: string;
  type: number;
  startDay: number;
  endDay: number;
  /** Price cut (fraction) for discount, flash sale and presale; 0 otherwise. */
  pct: number;
  skuMask: Uint8Array;
  segMask: Uint8Array;
  urgency: number;
  /** Coupon tiers sorted by spend (CNY). */
  tierMinSpend: Float64Array;
  tierOff: Float64Array;
  claimRate: number;
  everyCny: number;
  offCny: number;
  complexityPenalty: number;
  /** Flash sale: units at the flash price before it ends (Infinity = unlimited). */
  unitsLimit: number;
  depositShare: number;
  shipDay: number;
  giftCostCny: number;
  giftMinSpendCny: number;
  giftBoost: number;
}

function mask(names: string[] | undefined, ids: string[], path: string): Uint8Array {
  const m = new Uint8Array(ids.length);
  if (!names) return m.fill(1);
  for (const n of names) {
    const i = ids.indexOf(n);
    if (i < 0) throw new ScenarioRunError(path, loaderMessage('run.unknownId', { id: n, known: [...ids] }));
    m[i] = 1;
  }
  return m;
}

/** Compiles the enabled promotions; throws ScenarioRunError when one names an unknown SKU or segment. */
export function compilePromotions(scenario: Scenario, segIds: string[], skuIds: string[]): CompiledPromotion[] {
  const out: CompiledPromotion[] = [];
  for (const id of Object.keys(scenario.promotions)) {
    const p = scenario.promotions[id];
    if (!p.enabled) continue;
    if (p.endDay < p.startDay) throw new ScenarioRunError(`promotions.${id}.endDay`, loaderMessage('run.endsBeforeStart', { endDay: p.endDay, startDay: p.startDay }));
    const tiers = p.type === 'tieredCoupon' ? [...p.tiers].sort((a, b) => a.minSpendCny - b.minSpendCny) : [];
    if (p.type === 'presale' && p.shipDay < p.startDay) throw new ScenarioRunError(`promotions.${id}.shipDay`, loaderMessage('run.shipsBeforeStart', { shipDay: p.shipDay, startDay: p.startDay }));
    out.push({
      id,
      type: PROMO[p.type],
      startDay: p.startDay,
      endDay: p.endDay,
      pct: p.type === 'discount' || p.type === 'flashSale' || p.type === 'presale' ? p.pct : 0,
      skuMask: mask(p.skus, skuIds, `promotions.${id}.skus`),
      segMask: mask(p.segments, segIds, `promotions.${id}.segments`),
      urgency: p.urgencyBoost,
      tierMinSpend: Float64Array.from(tiers, (x) => x.minSpendCny),
      tierOff: Float64Array.from(tiers, (x) => x.offCny),
      claimRate: p.type === 'tieredCoupon' ? p.claimRate : 0,
      everyCny: p.type === 'spendSave' ? p.everyCny : Infinity,
      offCny: p.type === 'spendSave' ? p.offCny : 0,
      complexityPenalty: p.type === 'spendSave' ? p.complexityPenalty : 0,
      unitsLimit: p.type === 'flashSale' ? (p.unitsLimit ?? Infinity) : Infinity,
      depositShare: p.type === 'presale' ? p.depositShare : 1,
      shipDay: p.type === 'presale' ? p.shipDay : 0,
      giftCostCny: p.type === 'gift' ? p.giftCostCny : 0,
      giftMinSpendCny: p.type === 'gift' ? p.minSpendCny : 0,
      giftBoost: p.type === 'gift' ? p.conversionBoost : 0,
    });
  }
  return out;
}

/** What applies today to each (SKU, segment) cell, index k * S + s. */
export class PromoTable {
  readonly pct: Float64Array;
  /** Promotion giving the price cut, or −1. */
  readonly pctSource: Int32Array;
  readonly urgency: Float64Array;
  readonly coupon: Int32Array;
  readonly spendSave: Int32Array;
  readonly gift: Int32Array;
  /** 1 when some promotion applies to the SKU today (any segment). */
  readonly skuPromo: Uint8Array;
  /** Units sold so far at each promotion's price (flash-sale limits). */
  readonly unitsSold: Float64Array;

  constructor(
    readonly promos: CompiledPromotion[],
    readonly K: number,
    readonly S: number,
  ) {
    const n = K * S;
    this.pct = new Float64Array(n);
    this.pctSource = new Int32Array(n);
    this.urgency = new Float64Array(n);
    this.coupon = new Int32Array(n);
    this.spendSave = new Int32Array(n);
    this.gift = new Int32Array(n);
    this.skuPromo = new Uint8Array(K);
    this.unitsSold = new Float64Array(promos.length);
  }

  /** Recomputes the table for day `t` (call again when a flash sale sells out). */
  refresh(t: number, campaignUrgency: number): void {
    const { K, S } = this;
    this.pct.fill(0);
    this.pctSource.fill(-1);
    this.urgency.fill(campaignUrgency);
    this.coupon.fill(-1);
    this.spendSave.fill(-1);
    this.gift.fill(-1);
    this.skuPromo.fill(0);
    for (let p = 0; p < this.promos.length; p++) {
      const pr = this.promos[p];
      if (t < pr.startDay || t > pr.endDay) continue;
      if (this.unitsSold[p] >= pr.unitsLimit) continue;
      for (let k = 0; k < K; k++) {
        if (!pr.skuMask[k]) continue;
        this.skuPromo[k] = 1;
        for (let s = 0; s < S; s++) {
          if (!pr.segMask[s]) continue;
          const c = k * S + s;
          this.urgency[c] += pr.urgency;
          if (pr.pct > this.pct[c]) {
            this.pct[c] = pr.pct;
            this.pctSource[c] = p;
          }
          if (pr.type === PROMO.tieredCoupon && this.coupon[c] < 0) this.coupon[c] = p;
          else if (pr.type === PROMO.spendSave && this.spendSave[c] < 0) this.spendSave[c] = p;
          else if (pr.type === PROMO.gift && (this.gift[c] < 0 || pr.giftBoost > this.promos[this.gift[c]].giftBoost)) this.gift[c] = p;
        }
      }
    }
  }
}
