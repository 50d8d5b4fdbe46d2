// Compiles sim/, models/, cli/, workbook/ and lessons/ to lib/ (JavaScript + .d.ts) and stamps the build, so that
// bin/shoplab.mjs runs compiled JavaScript and knows when a checkout's sources are newer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../', import.meta.url);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const started = Date.now();
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('shoplab: compiling sim/, models/, cli/ and workbook/ to lib/ failed (see the TypeScript messages above)');
  process.exit(result.status ?? 1);
}
mkdirSync(new URL('lib/', root), { recursive: true });
// The stamp carries the time the build started, so a source saved during the build counts as newer.
const stamp = new URL('lib/.build-stamp', root);
writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
utimesSync(stamp, started / 1000, started / 1000);
