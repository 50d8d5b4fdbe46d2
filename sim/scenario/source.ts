// Reads scenario text (YAML or JSON) into plain data while keeping the parsed document, so any
// field path can be mapped back to the line and column the user wrote it on.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Pair } from 'yaml';
import type { Issue } from './issue.ts';
import { loaderMessage, SCENARIO_FILE_LIMITS, withFraming, type LoaderMessage } from './loaderMessages.ts';
import { extension } from './posixPath.ts';
import { aliasBombProblem, badMergeProblem, dataNestingProblem, duplicateKeyProblem, findingPosition, flowNestingProblem, type Finding } from './sourceGuards.ts';

/** A position in a file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

/** One parsed scenario file. */
export interface SourceFile {
  /** The file name as given (undefined for text typed into an editor). */
  file?: string;
  /** The plain data the text describes. */
  data: unknown;
  /** 'json' or 'yaml', as detected. */
  format: 'json' | 'yaml';
  /**
   * Where a field path is written: `exact` is false when only a parent of it exists in this file
   * (e.g. a required field that is missing), in which case the parent's key is given.
   * `at: 'key'` points at the key itself (for unknown keys), otherwise at its value.
   */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): (Position & { exact: boolean }) | null;
  /** True when this file itself writes the full path. */
  has(path: readonly PropertyKey[]): boolean;
}

export type ParseOutcome = { ok: true; source: SourceFile } | { ok: false; issue: Issue };

/** JSON by extension; YAML by extension; otherwise JSON when the text opens with `{` or `[`. */
export function detectFormat(text: string, file?: string): 'json' | 'yaml' {
  const ext = file ? extension(file) : '';
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/** Parses scenario text; a syntax error or a file beyond the stated limits becomes one issue with its position. */
export function parseSource(rawText: string, file?: string): ParseOutcome {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText; // a byte-order mark is not content
  const format = detectFormat(text, file);
  const fail = (message: LoaderMessage, pos: { line?: number; column?: number } = {}): ParseOutcome => ({
    ok: false,
    issue: { path: '', severity: 'error', file, ...pos, ...message },
  });
  const notValid = format === 'json' ? 'JSON' : 'YAML';
  const lineCounter = new LineCounter();
  const at = (f: Finding) => {
    if (f.offset === undefined) return {};
    const before = text.slice(0, f.offset);
    return { line: before.split('\n').length, column: f.offset - before.lastIndexOf('\n') };
  };
  if (text.length > SCENARIO_FILE_LIMITS.maxBytes) {
    return fail(loaderMessage('file.tooLarge', { bytes: text.length, max: SCENARIO_FILE_LIMITS.maxBytes }));
  }
  const deep = flowNestingProblem(text);
  if (deep) return fail(withFraming(deep.message, { notValid }), at(deep));
  const strictJson = format === 'json' && file !== undefined && extension(file) === 'json';
  if (strictJson) {
    const problem = jsonSyntaxProblem(text);
    if (problem) return fail(loaderMessage('syntax.json', { detail: problem.detail }), { line: problem.line, column: problem.column });
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return fail(loaderMessage('yaml.tooDeep', { max: SCENARIO_FILE_LIMITS.maxNesting, notValid: 'YAML' }));
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const pos = lineCounter.linePos(err.pos[0]);
    const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return fail(loaderMessage('syntax.yaml', { format: notValid, yamlCode: err.code, detail }), { line: pos.line, column: pos.col });
  }
  // Each guard names the place of a problem that toJS would only throw about.
  for (const guard of [duplicateKeyProblem, badMergeProblem, aliasBombProblem]) {
    const found = guard(doc);
    if (found) return fail(withFraming(found.message, { notValid }), findingPosition(found, lineCounter));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: SCENARIO_FILE_LIMITS.maxAliasCount });
  } catch (err) {
    // toJS throws for an alias (*name) without its anchor (&name).
    const alias = firstBadAlias(doc);
    const pos = alias?.range ? lineCounter.linePos(alias.range[0]) : null;
    const message = alias
      ? loaderMessage('syntax.undefinedAlias', { alias: alias.source })
      : loaderMessage('syntax.yaml', { format: 'YAML', yamlCode: '', detail: (err as Error).message });
    return fail(message, { line: pos?.line, column: pos?.col });
  }
  if (data === null || data === undefined) data = {}; // an empty file (or only comments) is the default shop
  const source = sourceFile(doc, lineCounter, data, format, file);
  const tooDeep = dataNestingProblem(data);
  if (tooDeep) {
    const pos = source.locate(tooDeep);
    return fail(loaderMessage('yaml.tooDeep', { max: SCENARIO_FILE_LIMITS.maxNesting, notValid }), pos ? { line: pos.line, column: pos.column } : {});
  }
  return { ok: true, source };
}

function sourceFile(doc: Document, lineCounter: LineCounter, data: unknown, format: 'json' | 'yaml', file?: string): SourceFile {
  const position = (node: Node | null | undefined): Position | null => {
    const offset = node?.range?.[0];
    if (offset === undefined) return null;
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const walk = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let lastPair: Pair | null = null;
    let lastItem: Node | null = null;
    let depth = 0;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        lastPair = pair;
        lastItem = null;
        node = pair.value;
      } else if (isSeq(node) && typeof seg !== 'symbol' && Number.isInteger(Number(seg))) {
        const item = node.items[Number(seg)];
        if (item === undefined) break;
        lastPair = null;
        lastItem = item as Node;
        node = item;
      } else break;
      depth++;
    }
    return { node: node as Node | null, lastPair, lastItem, exact: depth === path.length };
  };
  return {
    file,
    data,
    format,
    has: (path) => walk(path).exact,
    locate(path, at = 'value') {
      const { node, lastPair, lastItem, exact } = walk(path);
      let pos: Position | null;
      if (path.length === 0) pos = position(doc.contents as Node | null);
      else if (exact && at === 'value') pos = position(node) ?? position(lastPair?.key as Node | undefined);
      else if (lastPair) pos = position(lastPair.key as Node);
      else pos = position(lastItem) ?? position(doc.contents as Node | null);
      return pos ? { ...pos, exact } : null;
    },
  };
}

/** The first alias whose anchor is not defined before it, if any. */
function firstBadAlias(doc: Document): Alias | null {
  const anchors = new Set<string>();
  let bad: Alias | null = null;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          bad = node;
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return bad;
}

/**
 * Strict JSON syntax check, so a `.json` file with YAML-only syntax is reported as bad JSON.
 * Engines word the error differently: V8 gives "at position N", Firefox "at line L column C".
 */
function jsonSyntaxProblem(text: string): { detail: string; line?: number; column?: number } | null {
  if (text.trim() === '') return null; // an empty file is the empty scenario, as in YAML
  try {
    JSON.parse(text);
    return null;
  } catch (err) {
    const raw = (err as Error).message;
    const clean = raw
      .replace(/^JSON\.parse: /, '')
      .replace(/^JSON Parse error: /, '')
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
      .replace(/, ".*" is not valid JSON$/s, '');
    const detail = `${clean.charAt(0).toUpperCase()}${clean.slice(1)}`;
    const lineCol = /line (\d+) column (\d+)/.exec(raw);
    if (lineCol) return { detail, line: Number(lineCol[1]), column: Number(lineCol[2]) };
    const at = /at position (\d+)/.exec(raw);
    if (!at) return { detail, ...jsonErrorPlace(text) };
    const offset = Number(at[1]);
    const before = text.slice(0, offset);
    return { detail, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  }
}

/** Where YAML's JSON mode first stumbles, for engines whose JSON error gives no position. */
function jsonErrorPlace(text: string): { line?: number; column?: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'json', lineCounter, prettyErrors: false });
  if (doc.errors.length === 0) return {};
  const p = lineCounter.linePos(doc.errors[0].pos[0]);
  return { line: p.line, column: p.col };
}
