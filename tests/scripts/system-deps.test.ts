import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureSystemDeps, findSystemDep, installCommand, skipNotice } from '../../scripts/system-deps.mjs';

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

describe('the system programs the test suites need', () => {
  it('are looked up on PATH by name, and missing when no PATH folder holds them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-path-'));
    process.env.PATH = dir;
    expect(findSystemDep('redis-server')).toBeNull();
    writeFileSync(join(dir, 'redis-server'), '#!/bin/sh\n');
    chmodSync(join(dir, 'redis-server'), 0o755);
    expect(findSystemDep('redis-server')).toBe(join(dir, 'redis-server'));
  });

  it('report what they found, one line each, without installing in check mode', () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), 'shoplab-path-'));
    const lines: string[] = [];
    const missing = ensureSystemDeps({ check: true, log: (line) => lines.push(line) });
    expect(missing).toContain('redis-server');
    expect(lines).toContain('system-deps: redis-server is MISSING');
    expect(lines).toHaveLength(2);
  });

  it('run as a program from a checkout whose path has a space (CI would otherwise skip installing them)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'shoplab-')), 'with space');
    mkdirSync(dir);
    copyFileSync(join(import.meta.dirname, '../../scripts/system-deps.mjs'), join(dir, 'system-deps.mjs'));
    const r = spawnSync(process.execPath, [join(dir, 'system-deps.mjs'), '--check'], { encoding: 'utf8', env: { ...process.env, PATH: '' } });
    expect(r.stdout).toContain('system-deps: redis-server is MISSING');
    expect(r.status).toBe(3);
  });

  it('name the skipped suites and the exact install command, loudly', () => {
    expect(skipNotice([])).toBe('');
    const notice = skipNotice(['chromium', 'redis-server']);
    expect(notice).toContain('SKIPPED: the end-to-end browser tests (playwright test); the distributed-queue tests (BullMQ on Redis)');
    expect(notice).toContain(`!!   ${installCommand(['chromium', 'redis-server'])}`);
    expect(installCommand(['redis-server'])).toBe('sudo apt-get update && sudo apt-get install -y redis-server');
    expect(notice.split('\n')[0]).toMatch(/^!{78}$/);
  });
});
