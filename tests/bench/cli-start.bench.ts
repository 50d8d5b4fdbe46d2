// CLI start time (`shoplab --version`: compiled lib/ against the TypeScript sources through tsx,
// with bare `node -e 0` as the floor) and the size of the `npm pack` tarball.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');

/** Wall times (ms) of `runs` runs of `node args…`, sorted. */
function wallTimes(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const describe = (t: number[]) => `min ${(t[0] / 1000).toFixed(3)} s, median ${(t[Math.floor(t.length / 2)] / 1000).toFixed(3)} s`;

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const runs = quick ? 3 : 10;
  execFileSync(process.execPath, [join(root, 'scripts', 'build-lib.mjs')], { cwd: root, stdio: 'ignore' });
  const temp = mkdtempSync(join(tmpdir(), 'shoplab-start-'));
  try {
    // The sources through tsx, as bin/shoplab.mjs runs them when lib/ is stale or missing.
    const viaTsx = join(temp, 'tsx-cli.mjs');
    writeFileSync(viaTsx, `const { register } = await import('tsx/esm/api');\nregister();\nconst m = await import(${JSON.stringify(pathToFileURL(join(root, 'cli', 'main.ts')).href)});\nawait m.runFromProcess();\n`);
    print(`node -e 0 (floor):                     ${describe(wallTimes(['-e', '0'], runs))}`);
    print(`shoplab --version, compiled lib/:      ${describe(wallTimes(['bin/shoplab.mjs', '--version'], runs))}`);
    print(`shoplab --version, sources through tsx: ${describe(wallTimes([viaTsx, '--version'], runs))}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8' })) as { size: number; unpackedSize: number; entryCount: number }[];
  print(`npm pack: ${(pack.size / 1024).toFixed(0)} KiB tarball, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${pack.entryCount} files`);
}
