// `extends: ./base.yaml`: a scenario overrides a base scenario, which may extend another. Files
// are read through an injected reader (no I/O in sim/); the chain is merged child over base.
import { shownValue, type Issue } from './issue.ts';
import { loaderMessage, withFraming, type LoaderMessage } from './loaderMessages.ts';
import { dirname, join, relative } from './posixPath.ts';
import { isRecord } from './schemaWalk.ts';
import { parseSource, type SourceFile } from './source.ts';

/** Reads a file's text; throws when the file is missing or unreadable. */
export type ReadText = (absPath: string) => string;

/** Longest chain of bases followed before giving up (guards against runaway generated files). */
export const MAX_EXTENDS_DEPTH = 32;

/**
 * Follows `extends` from `first`, returning the layers child-first (index 0 is the file itself),
 * and any problem met on the way (missing base, cycle, syntax error in a base).
 */
export function resolveExtends(first: SourceFile, readText?: ReadText): { layers: SourceFile[]; issues: Issue[] } {
  const layers: SourceFile[] = [first];
  const issues: Issue[] = [];
  const chain: string[] = [first.file ?? '(this scenario)'];
  const at = (layer: SourceFile, message: LoaderMessage): Issue => {
    const pos = layer.locate(['extends']);
    return { path: 'extends', ...message, severity: 'error', file: layer.file, line: pos?.line, column: pos?.column };
  };
  let current = first;
  while (isRecord(current.data) && current.data.extends !== undefined) {
    const ext = current.data.extends;
    if (typeof ext !== 'string' || ext.trim() === '') {
      issues.push(at(current, loaderMessage('extends.notPath', { got: shownValue(ext) })));
      break;
    }
    if (!readText) {
      issues.push(at(current, loaderMessage('extends.noReader', { path: ext })));
      break;
    }
    const target = join(dirname(current.file ?? '.'), ext);
    const firstDir = dirname(first.file ?? '.');
    const show = (p: string) => (first.file ? relative(firstDir, p) : p);
    if (chain.includes(target)) {
      const names = [...chain, target].map(show);
      issues.push(at(current, loaderMessage('extends.cycle', { chain: names })));
      break;
    }
    if (layers.length > MAX_EXTENDS_DEPTH) {
      issues.push(at(current, loaderMessage('extends.tooDeep', { max: MAX_EXTENDS_DEPTH })));
      break;
    }
    let text: string;
    try {
      text = readText(target);
    } catch (err) {
      issues.push(at(current, readFailure(ext === target ? target : `${ext} (${target})`, err)));
      break;
    }
    const parsed = parseSource(text, target);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      break;
    }
    if (!isRecord(parsed.source.data)) {
      issues.push(topLevelIssue(parsed.source));
      break;
    }
    chain.push(target);
    layers.push(parsed.source);
    current = parsed.source;
  }
  return { layers, issues };
}

/** "file not found: …" for a missing file, or the reader's own reason otherwise. */
export function readFailure(what: string, err: unknown): LoaderMessage {
  const coded = codedFailure(err);
  if (coded) return withFraming(coded, { reading: what });
  const e = err as { code?: string; message?: string } | null;
  const msg = e?.message ?? String(err);
  if (e?.code === 'ENOENT' || /ENOENT|no such file|not found/i.test(msg)) return loaderMessage('file.notFound', { file: what });
  if (e?.code === 'EISDIR' || /EISDIR/.test(msg)) return loaderMessage('file.folder', { reading: what });
  return loaderMessage('file.unreadable', { file: what, detail: msg });
}

/** The coded message a reader's error carries (see cli/read-file.ts), if any. */
function codedFailure(err: unknown): LoaderMessage | null {
  const coded = (err as { coded?: LoaderMessage } | null)?.coded;
  return coded && typeof coded.code === 'string' ? coded : null;
}

/** The issue for a file whose top level is not a mapping of scenario fields. */
export function topLevelIssue(source: SourceFile): Issue {
  const pos = source.locate([]);
  return {
    path: '',
    severity: 'error',
    file: source.file,
    line: pos?.line,
    column: pos?.column,
    ...loaderMessage('file.topLevel', { got: shownValue(source.data) }),
  };
}

/**
 * Deep-merges `child` over `base` into a new object: mappings merge key by key; lists, scalars
 * and null replace. Neither input is modified.
 */
export function deepMerge(base: unknown, child: unknown): unknown {
  if (!isRecord(base) || !isRecord(child)) return clone(child);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) out[k] = clone(v);
  for (const [k, v] of Object.entries(child)) out[k] = k in out ? deepMerge(out[k], v) : clone(v);
  return out;
}

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
  return v;
}

/** Merges the layers (child-first) into one scenario object, without `extends` and `$schema`. */
export function mergeLayers(layers: readonly SourceFile[]): Record<string, unknown> {
  let merged: unknown = {};
  for (let i = layers.length - 1; i >= 0; i--) merged = deepMerge(merged, layers[i].data);
  const out = merged as Record<string, unknown>;
  delete out.extends;
  delete out.$schema;
  return out;
}
