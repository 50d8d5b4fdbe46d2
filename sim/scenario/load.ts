// Loads a scenario file: parse YAML/JSON, follow `extends`, validate against the schema, check
// every formula over the horizon and the cross-field combinations, and report each problem with
// its file, line and column as a coded message (English here; loaderMessages.ts renders Chinese). Pure: files are read through an injected reader.
import { crossCheck } from './crossChecks.ts';
import { mergeLayers, readFailure, resolveExtends, topLevelIssue, type ReadText } from './extends.ts';
import { checkFormulas } from './formulaChecks.ts';
import { checkForecasters } from './forecasterCheck.ts';
import { dotted, type Issue } from './issue.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { isRecord } from './schemaWalk.ts';
import { salvage, touches } from './repair.ts';
import { parseSource, type SourceFile } from './source.ts';
import { explainZodIssues, type PathIssue } from './zodIssues.ts';

export type { Issue } from './issue.ts';
export type { ReadText } from './extends.ts';

/** The outcome of loading: a validated scenario (with warnings), or every problem found. */
export type LoadResult = { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; issues: Issue[] };

export interface ParseOptions {
  /** Name of the file the text came from: decides YAML vs JSON, names it in issues, anchors `extends`. */
  fileName?: string;
  /** Reads a base file named by `extends`; without it, `extends` is reported as unavailable. */
  readText?: ReadText;
  /**
   * Forecaster names the front end can provide to `skus.*.replenishment.forecastModel`; a
   * forecast-policy SKU naming another is an error. Unchecked when absent.
   */
  forecasters?: readonly string[];
}

/** Options of `loadScenario`. */
export type LoadOptions = Pick<ParseOptions, 'forecasters'>;

/**
 * Parses and validates scenario text (YAML or JSON). Returns a new Scenario with every default
 * filled in and `extends` resolved (the result has no `extends`), or the list of issues.
 */
export function parseScenarioText(text: string, options: ParseOptions = {}): LoadResult {
  const parsed = parseSource(text, options.fileName);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  return loadSource(parsed.source, options.readText, options.forecasters);
}

/**
 * Reads and validates the scenario file at `path` through `readText` (which throws when the file
 * is missing). Base files named by `extends` are read the same way, relative to the file.
 */
export function loadScenario(path: string, readText: ReadText, options: LoadOptions = {}): LoadResult {
  let text: string;
  try {
    text = readText(path);
  } catch (err) {
    return { ok: false, issues: [{ path: '', severity: 'error', file: path, ...readFailure(path, err) }] };
  }
  return parseScenarioText(text, { fileName: path, readText, forecasters: options.forecasters });
}

/**
 * Validates a scenario given as data (e.g. from a form) with the same checks and messages as a
 * file, without positions. The input is not modified.
 */
export function validateScenario(input: unknown, options: ParseOptions = {}): LoadResult {
  const source: SourceFile = { file: options.fileName, data: input, format: 'json', locate: () => null, has: () => false };
  return loadSource(source, options.readText, options.forecasters);
}

function loadSource(source: SourceFile, readText?: ReadText, forecasters?: readonly string[]): LoadResult {
  if (!isRecord(source.data)) return { ok: false, issues: [topLevelIssue(source)] };
  const chain = resolveExtends(source, readText);
  if (chain.issues.length > 0) return { ok: false, issues: chain.issues };
  const { layers } = chain;
  const merged = mergeLayers(layers);

  const found: PathIssue[] = [];
  const parsed = ScenarioSchema.safeParse(merged);
  if (!parsed.success) found.push(...explainZodIssues(ScenarioSchema, parsed.error.issues, merged));
  const formulas = checkFormulas(ScenarioSchema, merged);
  found.push(...formulas.issues);
  if (parsed.success) {
    found.push(...crossCheck(parsed.data, formulas.daily));
    if (forecasters) found.push(...checkForecasters(parsed.data, forecasters));
  }
  else {
    // Cross-field problems are still worth reporting alongside schema errors, when they do not
    // rest on a value the schema refused.
    const rescued = salvage(merged, parsed.error.issues);
    if (rescued) found.push(...crossCheck(rescued.scenario, formulas.daily).filter((i) => !touches(i, rescued.touched)));
  }

  const issues = found.map((p) => place(p, layers)).sort(byPosition(layers));
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, scenario: parsed.data, warnings: issues };
}

/**
 * Gives a path issue the file and position it was written at: the most derived file that writes
 * the full path, else the one that writes the longest part of it (a missing field points at its
 * parent), else the top of the scenario file itself.
 */
function place(issue: PathIssue, layers: readonly SourceFile[]): Issue {
  const { path, severity, at, depends, ...coded } = issue;
  const out: Issue = { path: dotted(path), ...coded, severity };
  let layer: SourceFile | undefined;
  for (let k = issue.path.length; k >= 0 && !layer; k--) {
    const prefix = issue.path.slice(0, k);
    layer = layers.find((l) => l.has(prefix));
  }
  layer ??= layers[0];
  if (layer.file !== undefined) out.file = layer.file;
  const pos = layer.locate(path, at);
  if (pos) {
    out.line = pos.line;
    out.column = pos.column;
  }
  return out;
}

function byPosition(layers: readonly SourceFile[]) {
  const order = new Map(layers.map((l, i) => [l.file, i]));
  return (a: Issue, b: Issue) =>
    (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) ||
    (a.line ?? Infinity) - (b.line ?? Infinity) ||
    (a.column ?? 0) - (b.column ?? 0);
}
