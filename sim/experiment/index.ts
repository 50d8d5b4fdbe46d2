// The experiment layer's public API: Monte Carlo summaries, paired comparisons, lever sweeps.
export * from './stats.ts';
export * from './summarise.ts';
export { RunningSummary } from './running-summary.ts';
export * from './compare.ts';
export * from './progress.ts';
export * from './set-path.ts';
export * from './nested-patch.ts';
export * from './vary.ts';
export * from './sweep.ts';
export * from './tidy-csv.ts';
export * from './transport.ts';
export * from './kpi-condition.ts';
export * from './risk.ts';
export * from './executor.ts';
export * from './in-thread.ts';
export * from './runner.ts';
export * from './transfer.ts';
