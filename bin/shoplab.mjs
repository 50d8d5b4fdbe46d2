#!/usr/bin/env node
// ShopLab command line: runs the compiled CLI in lib/ (built by `npm run build:lib`, which
// `npm install` and `npm test` run). In a checkout whose sources are newer than lib/, or where
// lib/ is missing, it runs the TypeScript sources through tsx instead, so an edit is never stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('lib/cli/main.js', root);
const stamp = new URL('lib/.build-stamp', root);
const sources = ['sim', 'models', 'cli', 'workbook', 'lessons'].map((dir) => fileURLToPath(new URL(dir, root)));

/** Newest modification time (ms) of the TypeScript files under `dir`. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when lib/ is built and no source of a checkout (if this is one) is newer than it. */
function compiledIsFresh() {
  if (!existsSync(compiled)) return false;
  if (!existsSync(new URL('cli/main.ts', root))) return true; // an installed package ships lib/ only
  if (!existsSync(stamp)) return false;
  const builtAt = statSync(stamp).mtimeMs;
  return sources.every((dir) => newestSource(dir) <= builtAt);
}

if (compiledIsFresh()) {
  const { runFromProcess } = await import(compiled.href);
  await runFromProcess();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runFromProcess } = await import(new URL('cli/main.ts', root).href);
  await runFromProcess();
}
