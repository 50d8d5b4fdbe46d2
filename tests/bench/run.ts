// `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and
// prints their figures. `--quick` runs the small versions. Benchmarks print; they never assert.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import os from 'node:os';

type Bench = (print: (line: string) => void, quick: boolean) => Promise<void>;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

console.log(`ShopLab benchmarks — node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'})${quick ? ', quick' : ''}`);
if (files.length === 0) {
  console.log(`no benchmark matches ${wanted.join(', ')}; available: ${readdirSync(here).filter((f) => f.endsWith('.bench.ts')).join(', ')}`);
  process.exitCode = 2;
}
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench?: Bench };
  if (typeof mod.bench !== 'function') {
    console.log(`  (${file} exports no bench function)`);
    continue;
  }
  const started = performance.now();
  await mod.bench((line) => console.log(`  ${line}`), quick);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
