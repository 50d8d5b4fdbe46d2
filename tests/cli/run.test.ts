import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERIES } from '../../sim/result.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('shoplab run', () => {
  it('follows sampled shoppers with --trace K into the JSON, and refuses a trace it cannot write', async () => {
    const dir = scenarioDir();
    const r = await runCli(['run', 'small.yaml', '--reps', '2', '--days', '20', '--workers', '1', '--trace', '3', '--json', 'trace.json'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8'));
    expect(doc.trace.replication).toBe(0);
    expect(doc.trace.shoppers).toHaveLength(3);
    expect(doc.trace.shoppers[0]).toMatchObject({ id: expect.any(Number), segment: expect.any(String) });
    expect(doc.trace.shoppers.flatMap((s: { events: { kind: string }[] }) => s.events.map((e) => e.kind))).toContain('view');
    const plain = await runCli(['run', 'small.yaml', '--reps', '2', '--days', '20', '--workers', '1', '--json', 'plain.json'], dir);
    const untraced = JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8'));
    expect(untraced.trace).toBeUndefined();
    expect(untraced.kpis).toEqual(doc.kpis);
    expect(plain.stdout).toBe(r.stdout);
    const noJson = await runCli(['run', 'small.yaml', '--trace', '3'], dir);
    expect(noJson.code).toBe(2);
    expect(noJson.stderr).toMatch(/--trace writes the shoppers' journeys into the JSON document: add --json OUT/);
    const tooMany = await runCli(['run', 'small.yaml', '--trace', '5000', '--json', '-'], dir);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/--trace: expected a whole number from 1 to 1,000 \(shoppers\), got 5000/);
  });

  it('prints a KPI table with a header, units and the P10–P90 range', async () => {
    const r = await runCli(['run', 'small.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ShopLab \d+\.\d+\.\d+ · "Small test shop" · seed 42 · 3 replications · 45 days from 2026-01-01\n/);
    expect(r.stdout).toMatch(/KPI\s+Mean\s+P10 – P90/);
    expect(r.stdout).toMatch(/^GMV\s+¥\d{1,3}(,\d{3})+\s+¥[\d,]+ – ¥[\d,]+$/m);
    expect(r.stdout).toMatch(/^Conversion\s+\d+\.\d\d %/m);
    expect(r.stdout).toMatch(/^Channel\s+Spend\s+Clicks\s+Orders\s+New customers\s+GMV\s+CAC\s+ROAS$/m);
    expect(r.stdout).toMatch(/^paid_search\s+¥[\d,]+\s+[\d,]+/m);
  });

  it('shows a single value column with one replication and honours --seed', async () => {
    const r = await runCli(['run', 'small.yaml', '--reps', '1', '--seed', '9', '--days', '20'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seed 9 · 1 replication · 20 days');
    expect(r.stdout).toMatch(/KPI\s+Value\n/);
  });

  it('writes byte-identical JSON for the same seed, in this thread and on two workers', async () => {
    // Small, because starting worker threads (tsx + the engine) dominates on a busy machine.
    const args = ['run', 'small.yaml', '--reps', '2', '--days', '20', '--json'];
    const a = await runCli([...args, 'a.json', '--workers', '1'], dir);
    const b = await runCli([...args, 'b.json', '--workers', '1'], dir);
    const c = await runCli([...args, 'c.json', '--workers', '2'], dir);
    expect([a.code, b.code, c.code]).toEqual([0, 0, 0]);
    const ja = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(ja);
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(ja);
    const doc = JSON.parse(ja);
    expect(Object.keys(doc)).toEqual(['tool', 'version', 'scenarioName', 'seed', 'replications', 'days', 'startDate', 'kpis', 'risk', 'series', 'channels', 'scenario']);
    expect(doc.seed).toBe(42);
    expect(doc.replications).toBe(2);
    expect(doc.scenario.population.size).toBe(2000);
    expect(doc.scenario.days).toBe(20);
    expect(doc.kpis.gmvCny.n).toBe(2);
    expect(doc.kpis.gmvCny.p10).toBeLessThanOrEqual(doc.kpis.gmvCny.p90);
    expect(doc.series.orders.mean).toHaveLength(20);
  }, 60_000);

  it('gives different results for a different seed', async () => {
    await runCli(['run', 'small.yaml', '--json', 's1.json', '--reps', '1'], dir);
    await runCli(['run', 'small.yaml', '--json', 's2.json', '--reps', '1', '--seed', '43'], dir);
    const one = JSON.parse(readFileSync(join(dir, 's1.json'), 'utf8'));
    const two = JSON.parse(readFileSync(join(dir, 's2.json'), 'utf8'));
    expect(one.kpis.gmvCny.mean).not.toBe(two.kpis.gmvCny.mean);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await runCli(['run', 'small.yaml', '--reps', '2', '--days', '10'], dir, { stderrIsTTY: true });
    expect(tty.stderr).toMatch(/\r\[#{24}\] 100 %  2\/2 replications  ETA 0 s/);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    const piped = await runCli(['run', 'small.yaml', '--reps', '2', '--days', '10'], dir);
    expect(piped.stderr).toBe('');
  });

  it('stops with exit 130 when interrupted', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await runCli(['run', 'small.yaml', '--reps', '2', '--days', '10'], dir, { interrupt: controller.signal });
    expect(r).toEqual({ code: 130, stdout: '', stderr: 'cancelled\n' });
  });

  it('writes the daily series as a tidy CSV', async () => {
    const r = await runCli(['run', 'small.yaml', '--reps', '2', '--days', '10', '--csv', 'out/daily.csv'], dir);
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, 'out', 'daily.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('day,date,series,mean,p10,p50,p90');
    expect(lines).toHaveLength(1 + SERIES.length * 10);
    expect(lines[1]).toMatch(/^0,2026-01-01,shoppers,[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(lines[10]).toMatch(/^9,2026-01-10,shoppers,/);
  });

  it('reports a broken scenario on stderr with exit 2 and no stack trace', async () => {
    const r = await runCli(['run', 'broken.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: broken\.yaml:3:1: popualtion: unknown key/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects bad flags and missing files with exit 2', async () => {
    expect(await runCli(['run', 'small.yaml', '--repz', '3'], dir)).toMatchObject({ code: 2, stderr: 'error: unknown option --repz; did you mean --reps?\n' });
    expect(await runCli(['run', 'small.yaml', '--reps', '0'], dir)).toMatchObject({ code: 2, stderr: 'error: --reps: expected a whole number from 1 to 10,000 (replications), got 0\n' });
    expect(await runCli(['run'], dir)).toMatchObject({ code: 2, stderr: 'error: run needs a scenario file: shoplab run FILE\n' });
    const missing = await runCli(['run', 'missing.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.yaml.*not found/);
  });
});
