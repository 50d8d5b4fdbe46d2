// The built-in scenario files (scenarios/**/*.yaml), bundled as text, and a reader over them so
// `extends: ./baseline.yaml` resolves in the browser exactly as it does on disk.
import { parse } from 'yaml';

const raw = import.meta.glob('../../scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** One built-in scenario file. */
export interface BuiltinScenario {
  /** Stable id: `builtin:` + path under scenarios/. */
  id: string;
  /** Absolute virtual path, e.g. `/scenarios/003-double11/baseline.yaml`. */
  fileName: string;
  /** Folder under scenarios/ ('' for top-level files): the plan it belongs to. */
  group: string;
  title: string;
  text: string;
}

/** The virtual absolute path of a glob key (`../../scenarios/a/b.yaml` → `/scenarios/a/b.yaml`). */
export function virtualPath(globKey: string): string {
  return '/' + globKey.replace(/^(\.\.\/)+/, '');
}

/** The `name:` of a scenario text, or the file name when it has none or does not parse. */
export function scenarioTitle(text: string, fileName: string): string {
  try {
    const doc = parse(text) as unknown;
    if (doc && typeof doc === 'object' && typeof (doc as { name?: unknown }).name === 'string') return (doc as { name: string }).name;
  } catch {
    // An unparsable file is still listed; the editor shows why it does not load.
  }
  return fileName.split('/').pop() ?? fileName;
}

/** The `description:` of a scenario text ('' when it has none or does not parse). */
export function scenarioDescription(text: string): string {
  try {
    const doc = parse(text) as unknown;
    if (doc && typeof doc === 'object' && typeof (doc as { description?: unknown }).description === 'string') return (doc as { description: string }).description.trim();
  } catch {
    // As for titles: an unparsable file is still listed.
  }
  return '';
}

/** Built-ins sorted with the default scenario first, then by folder and file name. */
export function listBuiltins(files: Record<string, string> = raw): BuiltinScenario[] {
  const out = Object.entries(files).map(([key, text]) => {
    const fileName = virtualPath(key);
    const rel = fileName.replace(/^\/scenarios\//, '');
    const group = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    return { id: `builtin:${rel}`, fileName, group, title: scenarioTitle(text, fileName), text };
  });
  const rank = (b: BuiltinScenario) => (b.fileName === '/scenarios/default.yaml' ? 0 : b.group === '' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b) || a.fileName.localeCompare(b.fileName));
}

/** Text of a built-in file by virtual path; throws like a file system when it is missing. */
export function readBuiltin(absPath: string, files: Record<string, string> = raw): string {
  for (const [key, text] of Object.entries(files)) if (virtualPath(key) === absPath) return text;
  throw new Error(`file not found: ${absPath}`);
}

/** The fallback text used when no built-in default exists in this build. */
export const EMPTY_SCENARIO_TEXT = 'name: My shop\n# Every field is optional; see scenarios/scenario.schema.json.\n';
