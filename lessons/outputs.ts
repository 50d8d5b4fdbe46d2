// The numbers each kind of lesson run produces, by name, so a lesson's measures can be checked
// when it loads and resolved after it runs.
import { KPIS, SERIES } from '../sim/result.ts';
import { loaderMessage, type LoaderMessage } from '../sim/scenario/loaderMessages.ts';
import type { LessonRun } from './schema.ts';

/** Named outputs of the model runs (engine runs use `kpi.NAME` and `series.NAME.STAT`). */
export const MODEL_OUTPUTS = {
  newsvendor: ['bestOrderUnits', 'criticalRatio', 'bestProfitCny', 'orderProfitCny', 'profitGapCny', 'orderInStockProbability'],
  safetyStock: ['safetyStockUnits', 'reorderPointUnits', 'leadTimeDemandSdUnits', 'fixedLeadTimeSafetyStockUnits'],
  beerGame: [
    'chainCost', 'retailerCost', 'wholesalerCost', 'distributorCost', 'factoryCost', 'demandVariance', 'retailerOrderVariance',
    'wholesalerOrderVariance', 'distributorOrderVariance', 'factoryOrderVariance', 'factoryVarianceRatio', 'baseStockChainCost',
  ],
} as const;

/**
 * Statistics of a daily series an engine run can report (mean over replications): total, daily
 * mean, peak, last day, `early` (daily mean of the first 14 days) and `late` (of the last 28).
 */
export const SERIES_STATS = ['sum', 'mean', 'max', 'last', 'early', 'late'] as const;
/** Per-channel totals an engine run reports as `channel.ID.FIELD`. */
export const CHANNEL_FIELDS = ['spendCny', 'clicks', 'orders', 'newCustomers', 'gmvCny'] as const;

/**
 * Why `ref` ("run.output") does not name an output of `run`, or null when it does.
 * Engine: `run.kpi.orders`, `run.series.backlogOrders.max`, `run.channel.paid_search.clicks`.
 */
export function outputProblem(run: LessonRun, output: string): LoaderMessage | null {
  if (run.model === 'engine') {
    const [kind, name, stat] = output.split('.');
    if (kind === 'kpi' && (KPIS as readonly string[]).includes(name) && stat === undefined) return null;
    if (kind === 'series' && (SERIES as readonly string[]).includes(name) && (SERIES_STATS as readonly string[]).includes(stat)) return null;
    if (kind === 'channel' && /^[A-Za-z0-9_-]+$/.test(name ?? '') && (CHANNEL_FIELDS as readonly string[]).includes(stat)) return null;
    return loaderMessage('lesson.badEngineOutput', { kpis: [...KPIS], stats: [...SERIES_STATS], fields: [...CHANNEL_FIELDS], got: output });
  }
  const names: readonly string[] = MODEL_OUTPUTS[run.model];
  return names.includes(output) ? null : loaderMessage('lesson.badModelOutput', { model: run.model, outputs: [...names], got: output });
}
