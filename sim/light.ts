// The light entry point of sim/: what loads in milliseconds, with no zod schema, mathjs or YAML
// behind it: the version, the run result contract, the KPI catalogue, summaries, paired
// comparisons, the tidy CSV writer, the Beer Game, did-you-mean, the loader's message catalogue
// (issues rendered in English or Chinese), and a runner job's replication (`simulateJob`, which
// loads the schema and the formula evaluator only on need). The CLI's start-up path, the
// workbench page and its simulation workers use it; all of it is in sim/index.ts too.
export { VERSION } from './version.ts';
export * from './result.ts';
export * from './kpi-catalogue.ts';
export * from './experiment/stats.ts';
export * from './experiment/summarise.ts';
export * from './experiment/compare.ts';
export * from './experiment/progress.ts';
export * from './experiment/tidy-csv.ts';
export * from './beergame/index.ts';
export { closest, didYouMean, editDistance } from './text/didYouMean.ts';
export { loaderMessage, renderIssue, renderMessage, type LoaderMessage, type MessageCode, type MessageLang } from './scenario/loaderMessages.ts';
export { formatIssue, formatIssueIn, type Issue } from './scenario/issue.ts';
export { codedCopy, codedFields, errorText, type CodedFields } from './scenario/codedError.ts';
export { kpiLabelsEn } from './text/kpi-labels.en.ts';
export { kpiLabelsZh } from './text/kpi-labels.zh.ts';
export { namesEn } from './text/channel-names.en.ts';
export { namesZh } from './text/channel-names.zh.ts';
export type { ShopperTrace, TraceEvent, ChurnReason, ComplaintReason } from './engine/trace.ts';
export { memoFits, type FormulaMemo } from './scenario/formulaMemoFit.ts';
export { simulateJob } from './engine/run-job.ts';
export { resultBuffers } from './experiment/transfer.ts';
export { throttleEvents, PROGRESS_EVERY_MS } from './experiment/transport.ts';
