// Results as a JSON document: the summary (typed arrays written as plain number lists) and the
// scenario it came from. The CSV downloads come from sim/experiment/tidy-csv.ts.
import type { RunSummary } from '../../sim/light.ts';

/** The summary as JSON-ready data: typed arrays become lists, NaN becomes null. */
export function summaryData(summary: RunSummary): unknown {
  return JSON.parse(
    JSON.stringify(summary, (_key, value: unknown) => (value instanceof Float64Array ? Array.from(value, (v) => (Number.isFinite(v) ? v : null)) : typeof value === 'number' && !Number.isFinite(value) ? null : value)),
  );
}

/** The summary and the scenario it came from as a pretty-printed JSON document. */
export function resultsJson(summary: RunSummary, scenarioText: string): string {
  return JSON.stringify({ format: 'shoplab-results', scenarioText, summary: summaryData(summary) }, null, 2);
}
