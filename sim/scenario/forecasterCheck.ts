// Refuses a scenario whose forecast-driven replenishment names a forecaster the front end loading
// it cannot provide, so a scenario never validates where it cannot run.
import { closest } from '../text/didYouMean.ts';
import { loaderMessage } from './loaderMessages.ts';
import type { Scenario } from './schema.ts';
import type { PathIssue } from './zodIssues.ts';

/** An error at each `skus.*.replenishment.forecastModel` (forecast policy) that is not in `available`. */
export function checkForecasters(s: Scenario, available: readonly string[]): PathIssue[] {
  const out: PathIssue[] = [];
  for (const [id, sku] of Object.entries(s.skus)) {
    const { policy, forecastModel } = sku.replenishment;
    if (policy !== 'forecast' || available.includes(forecastModel)) continue;
    out.push({
      path: ['skus', id, 'replenishment', 'forecastModel'],
      ...loaderMessage('forecaster.unknown', { name: forecastModel, suggestion: closest(forecastModel, available), available: [...available].sort() }),
      severity: 'error',
      at: 'value',
    });
  }
  return out;
}
