// Shared helpers for CLI tests: a captured CliIO, a temporary folder with small scenario files,
// and a runner for the real `node bin/shoplab.mjs` process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** A small shop that simulates in well under a second per replication. */
export const SMALL_SCENARIO = `name: Small test shop
seed: 42
days: 45
replications: 3
population:
  size: 2000
`;

/** The same shop with a smoother checkout (more carts become orders). */
export const SMALL_SCENARIO_BETTER_CHECKOUT = `extends: ./small.yaml
name: Better checkout
funnel:
  checkoutRate: 0.65
`;

/** A scenario with several mistakes, for validate and error-path tests. */
export const BROKEN_SCENARIO = `name: Broken
days: 30
popualtion:
  size: 2000
funnel:
  checkoutRate: 1.7
channels:
  paid_search:
    budgetPerDayCny: abc
`;

/** A temporary folder holding small.yaml, better-checkout.yaml and broken.yaml. */
export function scenarioDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-cli-'));
  writeFileSync(join(dir, 'small.yaml'), SMALL_SCENARIO);
  writeFileSync(join(dir, 'better-checkout.yaml'), SMALL_SCENARIO_BETTER_CHECKOUT);
  writeFileSync(join(dir, 'broken.yaml'), BROKEN_SCENARIO);
  return dir;
}

/** Runs `shoplab args…` in-process with captured output. */
export async function runCli(args: string[], cwd: string, extra: Partial<CliIO> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, cwd, defaultWorkers: 1, ...extra };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Runs the real executable `node bin/shoplab.mjs args…` in `cwd`. */
export function runProcess(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'shoplab.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
