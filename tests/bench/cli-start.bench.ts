// CLI start time (`shoplab --version`: compiled lib/ against the TypeScript sources through tsx,
// with bare `node -e 0` as the floor; wall and CPU time, as CPU time moves less with machine load)
// and the size of the `npm pack` tarball.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');

/** CPU time (ms, user + system) of this process's finished children; NaN where /proc is missing. */
function childrenCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return NaN;
  // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100/s).
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Wall times (ms, sorted) of `runs` runs of `node args…`, and their mean CPU time (ms). */
function startTimes(args: string[], runs: number): { wallMs: number[]; cpuMs: number } {
  const wallMs: number[] = [];
  const cpuBefore = childrenCpuMs();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    wallMs.push(performance.now() - started);
  }
  return { wallMs: wallMs.sort((a, b) => a - b), cpuMs: (childrenCpuMs() - cpuBefore) / runs };
}

function describe({ wallMs, cpuMs }: { wallMs: number[]; cpuMs: number }): string {
  return `wall min ${(wallMs[0] / 1000).toFixed(3)} s, median ${(wallMs[Math.floor(wallMs.length / 2)] / 1000).toFixed(3)} s; CPU ${(cpuMs / 1000).toFixed(3)} s`;
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const runs = quick ? 3 : 10;
  execFileSync(process.execPath, [join(root, 'scripts', 'build-lib.mjs')], { cwd: root, stdio: 'ignore' });
  const temp = mkdtempSync(join(tmpdir(), 'shoplab-start-'));
  try {
    // The sources through tsx, as bin/shoplab.mjs runs them when lib/ is stale or missing.
    const viaTsx = join(temp, 'tsx-cli.mjs');
    writeFileSync(viaTsx, `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});\nregister();\nconst m = await import(${JSON.stringify(pathToFileURL(join(root, 'cli', 'main.ts')).href)});\nawait m.runFromProcess();\n`);
    print(`node -e 0 (floor):                     ${describe(startTimes(['-e', '0'], runs))}`);
    print(`shoplab --version, compiled lib/:      ${describe(startTimes(['bin/shoplab.mjs', '--version'], runs))}`);
    print(`shoplab --version, sources through tsx: ${describe(startTimes([viaTsx, '--version'], runs))}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: root, encoding: 'utf8' })) as { size: number; unpackedSize: number; entryCount: number }[];
  print(`npm pack: ${(pack.size / 1024).toFixed(0)} KiB tarball, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${pack.entryCount} files`);
}
