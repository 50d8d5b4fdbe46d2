// Guards around parsing a scenario text, so a hostile or broken file gets a located message fast
// instead of a stack overflow, a quadratic parse or an exhausted memory: nesting depth before the
// parser sees the text, duplicate keys in linear time, and the place of a bad merge or alias bomb.
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter, type Node } from 'yaml';
import { loaderMessage, SCENARIO_FILE_LIMITS, type LoaderMessage } from './loaderMessages.ts';

/** A guard's finding: the coded message and, when known, the character offset it points at. */
export interface Finding {
  message: LoaderMessage;
  offset?: number;
}

const OPEN = new Set(['[', '{']);
const TOKEN_START = new Set([':', '[', '{', ',', '-', ' ', '\t', '\n']);

/**
 * The offset of the first `[` or `{` nested deeper than the limit, outside quoted text; null when
 * the text stays within it. A quote only opens a string where a value may start, as in YAML.
 */
export function flowNestingProblem(text: string, max = SCENARIO_FILE_LIMITS.maxNesting): Finding | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || (c === "'" && (i === 0 || TOKEN_START.has(text[i - 1])))) {
      i = closingQuote(text, i);
    } else if (c === '#' && (i === 0 || TOKEN_START.has(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (OPEN.has(c)) {
      if (++depth > max) return { message: loaderMessage('yaml.tooDeep', { max }), offset: i };
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return null;
}

function closingQuote(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/** The path to the first value nested deeper than the limit in parsed data, walked without recursion. */
export function dataNestingProblem(data: unknown, max = SCENARIO_FILE_LIMITS.maxNesting): PropertyKey[] | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= max) return path;
    const entries: [PropertyKey, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [k, v] of entries) if (v !== null && typeof v === 'object') stack.push({ value: v, path: [...path, k] });
  }
  return null;
}

/**
 * The first key written twice in one mapping, checked with a set per mapping (linear time), or
 * the first key that is itself a mapping or a list (`{a: 1}: 2`, `? [x]`), which no setting is.
 */
export function duplicateKeyProblem(doc: Document): Finding | null {
  let found: Finding | null = null;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (isMap(pair.key) || isSeq(pair.key)) {
          found = { message: loaderMessage('yaml.collectionKey', { kind: isMap(pair.key) ? 'mapping' : 'list' }), offset: pair.key.range?.[0] };
          return visit.BREAK;
        }
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          found = { message: loaderMessage('yaml.duplicateKey', { key }), offset: pair.key.range?.[0] };
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** A merge key (`<<`) whose value is not a mapping, an alias, or a list of those. */
export function badMergeProblem(doc: Document): Finding | null {
  let found: Finding | null = null;
  const mergeable = (n: unknown) => isMap(n) || isAlias(n);
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || (pair.key as { source?: string }).source !== '<<') return undefined;
      const v = pair.value;
      if (mergeable(v) || (isSeq(v) && v.items.every(mergeable))) return undefined;
      const got = isScalar(v) ? ({ kind: 'literal', text: JSON.stringify(v.value) } as const) : isSeq(v) ? ({ kind: 'mixedList' } as const) : ({ kind: 'nothing' } as const);
      found = { message: loaderMessage('yaml.badMerge', { got }), offset: (v as Node | null)?.range?.[0] ?? pair.key.range?.[0] };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The alias at which the expanded document first grows past the limit (an alias bomb): sizes are
 * counted per anchor in document order, an alias counting as the size of what it names.
 */
export function aliasBombProblem(doc: Document, max = SCENARIO_FILE_LIMITS.maxAliasCount): Finding | null {
  const sizeOfAnchor = new Map<string, number>();
  let expanded = 0;
  let culprit: { alias: string; offset?: number } | null = null;
  const sizeOf = (node: unknown): number => {
    if (culprit) return 0;
    if (isAlias(node)) {
      const size = sizeOfAnchor.get(node.source) ?? 1;
      expanded += size;
      if (expanded > max && !culprit) culprit = { alias: node.source, offset: node.range?.[0] };
      return size;
    }
    let size = 1;
    if (isMap(node) || isSeq(node)) for (const item of node.items) size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) sizeOfAnchor.set(anchor, size);
    return size;
  };
  sizeOf(doc.contents);
  if (!culprit) return null;
  const { alias, offset } = culprit as { alias: string; offset?: number };
  return { message: loaderMessage('yaml.aliasBomb', { alias, max }), offset };
}

/** Line and column (1-based) of a finding's offset. */
export function findingPosition(finding: Finding, lineCounter: LineCounter): { line?: number; column?: number } {
  if (finding.offset === undefined) return {};
  const p = lineCounter.linePos(finding.offset);
  return { line: p.line, column: p.col };
}
