// Turns a validated Scenario into flat arrays once per run (every formula evaluated per day,
// every record keyed by index), so the systems' hot loops only read numbers.
import type { Rng } from '../random.ts';
import type { FormulaContext } from '../scenario/formula.ts';
import type { FormulaMemo } from '../scenario/formulaMemo.ts';
import type { Formula, Scenario } from '../scenario/schema.ts';
import { compileShocks, type ShockDays } from './shocks.ts';
import { compileSkus, type CompiledSkus } from './compile-skus.ts';
import { compilePromotions, type CompiledPromotion } from './promotions.ts';
import type { ForecasterRegistry } from './options.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import { ScenarioRunError } from './errors.ts';
import { checkDailyRange, checkRunnable } from './preconditions.ts';
import type { ScenarioLayer } from './layer.ts';
import { compileParams, type Params } from './params.ts';

/** Channel mechanisms by code. */
export const KIND = { organic: 0, paid: 1, social: 2, crm: 3, affiliate: 4 } as const;


export interface CompiledScenario {
  days: number;
  scenario: Scenario;
  /** Segment ids; index = segment code stored per shopper. */
  segIds: string[];
  segCumShare: Float64Array;
  /** Own visit probability per day at multiplier 1 (visitsPerYear / 365). */
  segDailyRate: Float64Array;
  segPriceSens: Float64Array;
  segConvLog: Float64Array;
  /** Mean extra units per order beyond the first (basketUnitsMean − 1). */
  segExtraUnits: Float64Array;
  /** Probability per day that a customer churns (from churnPerYear). */
  segChurnDaily: Float64Array;
  segReturnMult: Float64Array;
  segCouponEligible: Uint8Array;
  chIds: string[];
  chKind: Uint8Array;
  chBudget: Float64Array[];
  chCpc: Float64Array;
  chCpcRise: Float64Array;
  chSat: Float64Array;
  chHill: Float64Array;
  chDecay: Float64Array;
  chConvLog: Float64Array;
  chCommission: Float64Array;
  chProspectShare: Float64Array;
  /** First organic channel (its clicks are the organic visits), or −1. */
  organicChannel: number;
  /** Organic visit multiplier per day (max over organic channels; 1 without one). */
  organicMult: Float64Array;
  /** Traffic multiplier on every visit source per day: campaign phase × (1 + surge). */
  traffic: Float64Array;
  /** Campaign urgency (add-to-cart log-odds) per day. */
  campaignUrgency: Float64Array;
  /** 1 on days a CRM channel spends (repeat-visit lift applies). */
  crmActive: Uint8Array;
  /** Warehouse capacity per day after logistics shocks (orders/day). */
  capacity: Float64Array;
  fixedCostCny: Float64Array;
  investmentCny: Float64Array;
  newShoppers: Float64Array;
  shocks: ShockDays;
  skus: CompiledSkus;
  promotions: CompiledPromotion[];
  p: Params;
}

/**
 * Compiles `scenario` for a run of `days` days, checking its fields and evaluating its formulas
 * with `layer`; throws ScenarioRunError / FormulaError on problems.
 */
export function compileScenario(scenario: Scenario, days: number, shockRng: Rng, forecasters: ForecasterRegistry, formulas: FormulaMemo | undefined, layer: ScenarioLayer): CompiledScenario {
  const ctx: FormulaContext = { days, startDate: scenario.startDate, params: scenario.params, memo: formulas };
  layer.checkFields(scenario);
  const daily = (f: Formula, where: string) => checkDailyRange(layer.evaluateDaily(f, ctx, where), where);

  const segIds = Object.keys(scenario.population.segments);
  if (segIds.length === 0) throw new ScenarioRunError('population.segments', loaderMessage('run.noSegments', {}));
  // A shopper's segment is stored in one byte.
  if (segIds.length > 255) throw new ScenarioRunError('population.segments', loaderMessage('run.tooManySegments', { max: 255, got: segIds.length }));
  const segs = segIds.map((id) => scenario.population.segments[id]);
  const shareSum = segs.reduce((s, g) => s + g.share, 0);
  if (!(shareSum > 0)) throw new ScenarioRunError('population.segments', loaderMessage('run.sharesSumZero', {}));
  const S = segIds.length;
  const segCumShare = new Float64Array(S);
  let cum = 0;
  segs.forEach((g, s) => {
    cum += g.share / shareSum;
    segCumShare[s] = s === S - 1 ? 1 : cum;
  });

  const chIds = Object.keys(scenario.channels);
  const chs = chIds.map((id) => scenario.channels[id]);
  const chBudget = chs.map((c, i) => {
    const b = daily(c.budgetPerDayCny, `channels.${chIds[i]}.budgetPerDayCny`);
    for (let t = 0; t < days; t++) if (b[t] < 0) throw new ScenarioRunError(`channels.${chIds[i]}.budgetPerDayCny`, loaderMessage('run.negativeBudget', { value: b[t], day: t }));
    return b;
  });
  const organicMult = new Float64Array(days);
  let organicChannel = -1;
  chs.forEach((c, i) => {
    if (c.kind !== 'organic') return;
    const m = daily(c.visitsMultiplier, `channels.${chIds[i]}.visitsMultiplier`);
    if (organicChannel < 0) {
      organicChannel = i;
      organicMult.set(m);
    } else for (let t = 0; t < days; t++) organicMult[t] = Math.max(organicMult[t], m[t]);
  });
  if (organicChannel < 0) organicMult.fill(1);
  for (let t = 0; t < days; t++) organicMult[t] = Math.max(0, organicMult[t]);

  const crmActive = new Uint8Array(days);
  chs.forEach((c, i) => {
    if (c.kind === 'crm') for (let t = 0; t < days; t++) if (chBudget[i][t] > 0) crmActive[t] = 1;
  });

  const shocks = compileShocks(scenario, days, shockRng);
  const traffic = new Float64Array(days).fill(1);
  const campaignUrgency = new Float64Array(days);
  const phases = Object.values(scenario.campaign);
  for (let t = 0; t < days; t++) {
    let mult = 0;
    for (const p of phases) {
      if (t < p.startDay || t > p.endDay) continue;
      mult = Math.max(mult, p.trafficMultiplier);
      campaignUrgency[t] = Math.max(campaignUrgency[t], p.urgencyBoost);
    }
    traffic[t] = (mult > 0 ? mult : 1) * (1 + shocks.surge[t]);
  }

  const capacity = daily(scenario.fulfilment.capacityOrdersPerDay, 'fulfilment.capacityOrdersPerDay');
  for (let t = 0; t < days; t++) capacity[t] = Math.max(0, Math.floor(capacity[t] * (1 - shocks.capacityLoss[t])));
  const fixedCostCny = daily(scenario.finance.fixedCostsPerDayCny, 'finance.fixedCostsPerDayCny');
  const newShoppers = daily(scenario.population.newShoppersPerDay, 'population.newShoppersPerDay');
  for (let t = 0; t < days; t++) newShoppers[t] = Math.max(0, newShoppers[t]);
  const investmentCny = new Float64Array(days);
  for (const inv of Object.values(scenario.finance.investments)) if (inv.day < days) investmentCny[inv.day] += inv.amountCny;

  const skus = compileSkus(scenario, days, daily, forecasters);
  const compiled: CompiledScenario = {
    days,
    scenario,
    segIds,
    segCumShare,
    segDailyRate: Float64Array.from(segs, (g) => g.visitsPerYear / 365),
    segPriceSens: Float64Array.from(segs, (g) => g.priceSensitivity),
    segConvLog: Float64Array.from(segs, (g) => Math.log(g.conversionMultiplier)),
    segExtraUnits: Float64Array.from(segs, (g) => g.basketUnitsMean - 1),
    segChurnDaily: Float64Array.from(segs, (g) => 1 - Math.pow(1 - g.churnPerYear, 1 / 365)),
    segReturnMult: Float64Array.from(segs, (g) => g.returnMultiplier),
    segCouponEligible: Uint8Array.from(segs, (g) => (g.couponEligible ? 1 : 0)),
    chIds,
    chKind: Uint8Array.from(chs, (c) => KIND[c.kind]),
    chBudget,
    chCpc: Float64Array.from(chs, (c) => c.costPerClickCny),
    chCpcRise: Float64Array.from(chs, (c) => c.cpcRisePerSaturation),
    chSat: Float64Array.from(chs, (c) => c.saturationClicksPerDay),
    chHill: Float64Array.from(chs, (c) => c.hillShape),
    chDecay: Float64Array.from(chs, (c) => c.adstockDecay),
    chConvLog: Float64Array.from(chs, (c) => Math.log(c.conversionMultiplier)),
    chCommission: Float64Array.from(chs, (c) => (c.kind === 'affiliate' ? c.commissionPct : 0)),
    chProspectShare: Float64Array.from(chs, (c) => c.prospectShare),
    organicChannel,
    organicMult,
    traffic,
    campaignUrgency,
    crmActive,
    capacity,
    fixedCostCny,
    investmentCny,
    newShoppers,
    shocks,
    skus,
    promotions: compilePromotions(scenario, segIds, skus.ids),
    p: compileParams(scenario),
  };
  checkRunnable(compiled);
  return compiled;
}
