// ShopLab's simulation API for the CLI, the UI workers and tests: scenario schema, formulas and
// loader, seeded random streams, the run result contract, and the engine.
export * from './scenario/index.ts';
export { Rng, hashString, type StreamPurpose } from './random.ts';
export * from './result.ts';
export * from './kpi-catalogue.ts';
export { VERSION } from './version.ts';
export * from './engine/index.ts';
// Monte Carlo replications, summaries, paired comparisons and sweeps; fitting to target KPIs.
export * from './experiment/index.ts';
export * from './calibrate/index.ts';
export { normalCdf, normalPdf, normalQuantile, normalLoss, normalLossInv } from './math/normal.ts';
export { quantileSorted } from './math/quantile.ts';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult, type StopReason } from './math/nelderMead.ts';
export { closest, didYouMean, editDistance } from './text/didYouMean.ts';
export { kpiLabelsEn } from './text/kpi-labels.en.ts';
export { kpiLabelsZh } from './text/kpi-labels.zh.ts';
export { namesEn } from './text/channel-names.en.ts';
export { namesZh } from './text/channel-names.zh.ts';
// The Beer Game (Sterman 1989) for lessons and the classroom.
export * from './beergame/index.ts';
export * from './decide/index.ts';
