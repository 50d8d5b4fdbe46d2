// The light entry point of models/: everything models/index.ts offers except the neural
// forecaster, so that loading it never loads TensorFlow.js (about 0.3 s in Node, megabytes in a
// browser). The neural model comes from models/index.ts, loaded on demand where it is named.
export * from './forecaster.ts';
export * from './output.ts';
export * from './errors.ts';
export * from './covariates.ts';
export * from './fallback.ts';
export * from './registry.ts';
export * from './auto.ts';
export { naive } from './baselines/naive.ts';
export { seasonalNaive } from './baselines/seasonal-naive.ts';
export { windowAverage, windowSize } from './baselines/window-average.ts';
export { drift } from './baselines/drift.ts';
export { historicAverage } from './baselines/historic-average.ts';
export { ses } from './ets/ses.ts';
export { holt } from './ets/holt.ts';
export { holtWinters, HOLT_WINTERS_SPECS } from './ets/holt-winters.ts';
export { autoEts, autoEtsSpecs } from './ets/auto-ets.ts';
export { fitEts, etsLabel, type EtsFit, type EtsSpec } from './ets/fit.ts';
export { selectEts, etsForecaster } from './ets/ets-forecaster.ts';
export { predictEts, describeEts } from './ets/predict.ts';
export { croston, CROSTON_ALPHA } from './intermittent/croston.ts';
export { sba } from './intermittent/sba.ts';
export { tsb } from './intermittent/tsb.ts';
export { adida } from './intermittent/adida.ts';
export * from './metrics/index.ts';
export * from './backtest/cross-validation.ts';
export * from './backtest/score.ts';
export * from './backtest/leaderboard.ts';
export * from './backtest/panel.ts';
export * from './data/index.ts';
export { normalCdf, normalLoss, normalPdf, normalQuantile } from '../sim/math/normal.ts';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from '../sim/math/nelderMead.ts';
export * from './inventory/index.ts';
export * from './replenishment.ts';
