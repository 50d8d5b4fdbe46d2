// Test helpers for the queue: a throwaway redis-server on a free loopback port (temporary
// directory, no persistence) and real `shoplab worker` processes, all stopped by the caller.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../cli/cli-fixture.ts';
import { findSystemDep, installCommand } from '../../scripts/system-deps.mjs';

/** True when `redis-server` is on the PATH (the same lookup `npm test` uses to install or skip). */
export const HAS_REDIS = findSystemDep('redis-server') !== null;

/** Warns loudly (once per suite) that queue tests are skipped and how to enable them. */
export function warnIfNoRedis(suite: string): void {
  if (!HAS_REDIS) console.warn(`\n*** SKIPPED ${suite}: redis-server is not installed. Install it with: ${installCommand(['redis-server'])} ***\n`);
}

/** A loopback port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `child`'s stderr has printed a line matching `pattern`; rejects after `ms`. */
export function waitForOutput(child: ChildProcess, output: () => string, pattern: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${pattern}; output so far:\n${output()}`)), ms);
    const check = () => {
      if (pattern.test(output())) {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!pattern.test(output())) reject(new Error(`process exited (${code}) before printing ${pattern}:\n${output()}`));
    });
    check();
  });
}

/** A started process with its combined output. */
export interface Started {
  child: ChildProcess;
  output: () => string;
  /** Sends `signal` and waits for the exit (code, or null when killed by a signal). */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

function start(command: string, args: string[], cwd: string): Started {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => void (text += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => void (text += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => text,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A redis-server for one test file. */
export interface TestRedis extends Started {
  port: number;
  url: string;
  dir: string;
}

/** Starts redis-server on a free loopback port in a temporary folder, without persistence. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-redis-'));
  const started = start('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], dir);
  await waitForOutput(started.child, started.output, /Ready to accept connections/, 10_000);
  const stop = async (signal?: NodeJS.Signals) => {
    const code = await started.stop(signal);
    rmSync(dir, { recursive: true, force: true });
    return code;
  };
  return { ...started, stop, port, url: `redis://127.0.0.1:${port}`, dir };
}

/** Starts `shoplab worker --redis url …args` and waits (up to `ms`) until it serves the queue. */
export async function startWorker(url: string, args: string[], ms = 120_000): Promise<Started> {
  const started = start(process.execPath, [join(repoRoot, 'bin', 'shoplab.mjs'), 'worker', '--redis', url, ...args], repoRoot);
  try {
    await waitForOutput(started.child, started.output, /serving queue/, ms);
  } catch (error) {
    await started.stop('SIGKILL');
    throw error;
  }
  return started;
}

/** Starts `count` workers at once; if one fails to start, stops the others and throws. */
export async function startWorkers(count: number, url: string, args: string[], ms?: number): Promise<Started[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, () => startWorker(url, args, ms)));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  const workers = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (failed === undefined) return workers;
  await Promise.all(workers.map((w) => w.stop('SIGKILL')));
  throw failed.reason;
}
