// Guards the design's one-way data flow: sim/ and models/ run unchanged in Node, a worker and a
// test, so they import nothing from ui/, Svelte, comlink, Node built-ins or browser/worker APIs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Files under `dir` (recursively) whose names match `pattern` (default: scripts). */
function sourceFiles(dir: string, pattern = /\.(ts|js|mjs)$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

const FORBIDDEN_IMPORTS = [/^node:/, /^(fs|path|os|worker_threads|child_process)$/, /^svelte/, /^comlink$/, /\/ui\//, /^\.\.?\/.*ui\//];
// `window` alone is a common variable name here (backtest windows), so only its DOM members count.
const FORBIDDEN_GLOBALS = [
  /\bdocument\.(getElement|querySelector|createElement|body)/,
  /\bwindow\.(document|location|addEventListener|localStorage|navigator|requestAnimationFrame)/,
  /\bnavigator\./,
  /\bpostMessage\(/,
  /\bimportScripts\(/,
  /\bMath\.random\(/,
  /\blocalStorage\b/,
];

/** Module specifiers imported by a file (static and dynamic imports, re-exports). */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

/** Strips comments so prose about `window.` or `Math.random()` does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('the pure core', () => {
  for (const folder of ['sim', 'models', 'lessons']) {
    it(`keeps ${folder}/ free of ui, DOM, worker and Node APIs`, () => {
      const problems: string[] = [];
      for (const file of sourceFiles(join(root, folder))) {
        const text = code(readFileSync(file, 'utf8'));
        const rel = relative(root, file);
        // Node adapters (streaming a file from disk, saving a model to a folder) are named
        // `node.ts` / `*.node.ts` and loaded only by the CLI; everything else is platform-free.
        const nodeAdapter = /(^|[/.])node\.ts$/.test(file);
        for (const spec of importsOf(text)) {
          if (nodeAdapter && /^node:/.test(spec)) continue;
          if (FORBIDDEN_IMPORTS.some((re) => re.test(spec))) problems.push(`${rel} imports ${spec}`);
          if (!nodeAdapter && /(^|[/.])node\.ts$/.test(spec)) problems.push(`${rel} imports the Node adapter ${spec}`);
        }
        for (const re of FORBIDDEN_GLOBALS) if (re.test(text)) problems.push(`${rel} uses ${re.source}`);
      }
      expect(problems).toEqual([]);
    });
  }
});

// Front ends use sim/ and models/ through their public entry points only, so the internals can
// move without touching cli/ or ui/. Each has a full entry (index.ts) and a light one (light.ts:
// sim/ without zod, mathjs or YAML, for start-up paths, the page and the simulation workers;
// models/ without TensorFlow.js). Outside the entries, on purpose: Node adapters (`node.ts`, `*.node.ts`, so that
// browser bundles never see node:fs), the spreadsheet and Parquet readers (each loads its own large
// library when such a file arrives), the sample data file the workbench bundles as an asset, and
// the sales-file size limits the page checks before a file is read (without loading any reader).
const ENTRY_POINTS = new Set(['sim/index.ts', 'sim/light.ts', 'models/index.ts', 'models/light.ts']);
const OUTSIDE_ENTRIES = [/(^|[/.])node\.ts$/, /^models\/data\/(xlsx|parquet)\.ts$/, /^models\/data\/sample-sales\.csv\?url$/, /^models\/data\/limits\.ts$/];

describe('the public entry points', () => {
  for (const folder of ['cli', 'ui', 'workbook']) {
    it(`are the only way ${folder}/ reaches into sim/ and models/`, () => {
      const problems: string[] = [];
      for (const file of sourceFiles(join(root, folder), /\.(ts|mjs|svelte)$/)) {
        for (const spec of importsOf(code(readFileSync(file, 'utf8')))) {
          if (!spec.startsWith('.')) continue;
          const target = relative(root, join(file, '..', spec)).split('\\').join('/');
          if (!/^(sim|models)\//.test(target) || ENTRY_POINTS.has(target) || OUTSIDE_ENTRIES.some((re) => re.test(target))) continue;
          problems.push(`${relative(root, file)} imports ${spec}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

// workbook/ builds the Excel workbooks for the CLI (which writes the file) and for the workbench
// (which builds them in a worker): it uses exceljs and sim/, never files, Node or the DOM.
describe('the shared workbook builder', () => {
  it('keeps workbook/ free of Node, DOM, worker and ui APIs', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(join(root, 'workbook'))) {
      const text = code(readFileSync(file, 'utf8'));
      const rel = relative(root, file);
      for (const spec of importsOf(text)) if (FORBIDDEN_IMPORTS.some((re) => re.test(spec)) || /^\.\.?\/.*cli\//.test(spec)) problems.push(`${rel} imports ${spec}`);
      for (const re of FORBIDDEN_GLOBALS) if (re.test(text)) problems.push(`${rel} uses ${re.source}`);
    }
    expect(problems).toEqual([]);
  });
});

// The light entries load no large library statically: what they import, and what that imports,
// never names zod, mathjs or yaml (a dynamic import, loaded on need, may).
describe('the light entry points', () => {
  // Type-only imports are erased from every bundle.
  const staticImports = (text: string) => [...code(text).matchAll(/(?:import|export)\s(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
  for (const entry of ['sim/light.ts', 'models/light.ts']) {
    it(`keep zod, mathjs and yaml out of ${entry}'s static imports`, () => {
      const seen = new Set<string>();
      const heavy: string[] = [];
      const visit = (file: string, via: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const spec of staticImports(readFileSync(join(root, file), 'utf8'))) {
          if (/^(zod|mathjs|yaml)(\/|$)/.test(spec)) heavy.push(`${via} → ${file} imports ${spec}`);
          if (spec.startsWith('.')) visit(relative(root, join(root, file, '..', spec)).split('\\').join('/'), file);
        }
      };
      visit(entry, entry);
      expect(heavy).toEqual([]);
      expect(seen.size).toBeGreaterThan(10);
    });
  }
});
