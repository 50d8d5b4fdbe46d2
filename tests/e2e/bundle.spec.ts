// The page's own JavaScript (what loads before the first run) stays free of mathjs, TensorFlow.js,
// exceljs and hyparquet: those load only inside workers. Reads the build the web server serves.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

/** The entry script of dist/index.html and every chunk it imports statically. */
function pageScripts(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  const queue = [...html.matchAll(/<script[^>]*src="\.\/([^"]+\.js)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(`dist/${file}`, 'utf8');
    // Static imports only (`import{…}from"./x.js"` / `import"./x.js"`); dynamic import() chunks load later.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) queue.push(posix.join(posix.dirname(file), m[1]));
  }
  return [...seen];
}

test('the main bundle holds neither mathjs, TensorFlow.js, exceljs nor hyparquet', async ({ page }, testInfo) => {
  await page.goto('./');
  await expect(page.getByTestId('validation-status')).toContainText('Valid scenario', { timeout: 30_000 });
  const scripts = pageScripts();
  expect(scripts.length).toBeGreaterThan(0);
  let gzipped = 0;
  for (const file of scripts) {
    const code = readFileSync(`dist/${file}`, 'utf8');
    gzipped += gzipSync(code).length;
    expect(code.includes('Unexpected end of expression'), `${file} contains mathjs's parser`).toBe(false);
    expect(code.includes('tfjs-backend-wasm') || code.includes('@tensorflow'), `${file} contains TensorFlow.js`).toBe(false);
    expect(code.includes('xl/worksheets/sheet'), `${file} contains exceljs`).toBe(false);
    expect(code.includes('parquet file invalid'), `${file} contains hyparquet`).toBe(false);
  }
  // The validation worker's bundle does carry mathjs, so the marker above is real; the simulation
  // worker's does not (it runs validated jobs with evaluated formulas, loading the evaluator only
  // for a formula the job's memo lacks, as a separate chunk).
  const worker = (name: string) => readFileSync(`dist/assets/${readdirSync('dist/assets').find((f) => f.startsWith(name))!}`, 'utf8');
  expect(worker('scenario.worker')).toContain('Unexpected end of expression');
  expect(worker('sim.worker')).not.toContain('Unexpected end of expression');
  const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js')).map((f) => readFileSync(`dist/assets/${f}`, 'utf8'));
  expect(assets.some((code) => code.includes('xl/worksheets/sheet'))).toBe(true);
  expect(assets.some((code) => code.includes('parquet file invalid'))).toBe(true);
  testInfo.annotations.push({ type: 'page JavaScript (gzip)', description: `${(gzipped / 1024).toFixed(1)} KiB in ${scripts.length} file(s)` });
});
