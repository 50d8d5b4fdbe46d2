// Guards the design's one-way data flow: sim/ and models/ run unchanged in Node, a worker and a
// test, so they import nothing from ui/, Svelte, comlink, Node built-ins or browser/worker APIs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mjs)$/.test(name)) out.push(path);
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
