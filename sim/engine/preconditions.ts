// What the engine checks before a run, beyond the schema: the work and the memory a run would
// need stay within stated budgets, so a scenario that validated never hangs or exhausts memory.
// Each refusal names the field to change.
import { formulaBounds } from '../scenario/formulaFields.ts';
import { KIND, type CompiledScenario } from './compile.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import { ScenarioRunError } from './errors.ts';

/** Most shoppers a run may hold: the market at day 0 plus every newcomer (same as `population.size`'s bound). */
export const MAX_SHOPPERS_PER_RUN = 50_000_000;
/** Most expected paid clicks on one day, over all channels (clicks/day); each costs work in the day loop. */
export const MAX_CLICKS_PER_DAY = 50_000_000;

/** Throws ScenarioRunError when a formula field's value on some day leaves the field's range. */
export function checkDailyRange(values: Float64Array, where: string): Float64Array {
  const bounds = formulaBounds(where.split('.'));
  if (!bounds) return values;
  for (let t = 0; t < values.length; t++) {
    if (values[t] < bounds.min || values[t] > bounds.max) {
      throw new ScenarioRunError(where, loaderMessage('run.outOfRange', { value: values[t], day: t, min: bounds.min, max: bounds.max }));
    }
  }
  return values;
}

/** Throws ScenarioRunError when the compiled run would exceed a budget. */
export function checkRunnable(c: CompiledScenario): void {
  let shoppers = c.p.populationSize;
  for (let t = 0; t < c.days; t++) shoppers += c.newShoppers[t];
  if (shoppers > MAX_SHOPPERS_PER_RUN) {
    throw new ScenarioRunError('population.newShoppersPerDay', loaderMessage('run.tooManyShoppers', { days: c.days, shoppers, max: MAX_SHOPPERS_PER_RUN }));
  }
  // Expected clicks never exceed the saturation level nor the linear volume of the largest
  // day's spend at base cost per click (adstock averages spends; the cost per click only rises).
  const clickCap = c.chIds.map((_, ch) => {
    if (c.chKind[ch] === KIND.organic) return 0; // organic buys no clicks
    let spend = 0;
    for (let t = 0; t < c.days; t++) spend = Math.max(spend, c.chBudget[ch][t]);
    return Math.min(c.chSat[ch], spend / c.chCpc[ch]);
  });
  const perDay = clickCap.reduce((a, b) => a + b, 0);
  let worst = 0;
  for (let t = 1; t < c.days; t++) if (c.traffic[t] > c.traffic[worst]) worst = t;
  const clicks = perDay * c.traffic[worst];
  if (clicks <= MAX_CLICKS_PER_DAY) return;
  const phase = Object.entries(c.scenario.campaign).find(([, p]) => worst >= p.startDay && worst <= p.endDay && p.trafficMultiplier === c.traffic[worst]);
  const channel = c.chIds[clickCap.indexOf(Math.max(...clickCap))];
  const path = phase && c.traffic[worst] > 1 ? `campaign.${phase[0]}.trafficMultiplier` : `channels.${channel}.saturationClicksPerDay`;
  throw new ScenarioRunError(path, loaderMessage('run.tooManyClicks', { clicks, day: worst, max: MAX_CLICKS_PER_DAY }));
}
