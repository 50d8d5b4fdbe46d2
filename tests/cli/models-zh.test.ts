// The models' own messages on the command line with --lang zh: a sales file's problems with their
// row and column, a policy's refused inputs with their flag, and a forecaster's fallback note.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-fixture.ts';
import { englishWords } from './chinese-checker.ts';

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-models-zh-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const zh = (args: string[], dir = tmpdir()) => runCli([...args, '--lang', 'zh'], dir);

describe('models messages in Chinese on the command line', () => {
  it('names a missing column, the header it found and the likely rename, exiting 2', async () => {
    const dir = tempDir({ 'sales.csv': 'unique_id,date,y\nA,2024-01-01,1\n' });
    const r = await zh(['forecast', 'sales.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：第 1 行：缺少列 "ds"；表头中有 "unique_id"、"date"、"y"——是不是 "date"？（请把它改名为 ds）');
    expect(englishWords(r.stderr, ['sales', 'csv', 'date'])).toEqual([]);
  });

  it('gives a bad cell its row and column', async () => {
    const dir = tempDir({ 'sales.csv': 'unique_id,ds,y,price\nA,2024-01-01,1,5\nA,2024-01-02,x,5\nA,2024-13-03,3,five\n' });
    const r = await zh(['forecast', 'sales.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：第 3 行，列 y："x" 不是数字');
    expect(r.stderr).toContain('错误：第 4 行，列 ds："2024-13-03" 不是日期（应为 YYYY-MM-DD）');
    expect(englishWords(r.stderr, ['sales', 'csv', 'five'])).toEqual([]);
  });

  it('refuses an unknown model with a suggestion', async () => {
    const dir = tempDir({ 'sales.csv': 'unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,2\n' });
    const r = await zh(['forecast', 'sales.csv', '--models', 'etz'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：--models：未知模型 "etz"（是不是 "ets"？）；可用的模型：naive、snaive、/);
  });

  it('notes in Chinese that a history too short for ses and ets was forecast by a fallback', async () => {
    const rows = ['unique_id,ds,y', ...[3, 4, 3, 4, 5].map((y, d) => `S,2024-01-0${d + 1},${y}`)].join('\n');
    const r = await zh(['forecast', 'short.csv', '--models', 'ses,ets', '--h', '3', '--backtest', '0'], tempDir({ 'short.csv': `${rows}\n` }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  S ses：序列太短，无法使用 ses（只有 5 个观测值，至少需要 8 个）；改用 naive');
    expect(r.stdout).toContain('  S ets：序列太短，无法使用 ets（只有 5 个观测值，至少需要 8 个）；改用 naive');
    expect(englishWords(r.stdout, ['short', 'csv', 'S'])).toEqual([]);
  });

  it('names the flag of a policy input the model refuses: salvage above cost', async () => {
    const r = await zh(['policy', 'newsvendor', '--price', '10', '--cost', '5', '--salvage', '6', '--mean', '100', '--sd', '20']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：policy newsvendor：--salvage：残值（6）必须低于单位成本（5），否则最优订货量无上限\n');
  });

  it('refuses a negative lead time and a service level outside (0, 1) by their flags', async () => {
    const lead = await zh(['policy', 'safety-stock', '--demand-mean', '10', '--demand-sd', '2', '--lead-time', '-3', '--csl', '0.95']);
    expect(lead.code).toBe(2);
    expect(lead.stderr).toMatch(/^错误：--lead-time 应为不小于 0 的数（期），实际为 "-3"/);
    const csl = await zh(['policy', 'base-stock', '--demand-mean', '10', '--demand-sd', '2', '--lead-time', '2', '--csl', '1.5']);
    expect(csl.code).toBe(2);
    expect(csl.stderr).toMatch(/^错误：--csl 应为.*概率.*实际为 "1\.5"/);
    for (const text of [lead.stderr, csl.stderr]) expect(englishWords(text)).toEqual([]);
  });

  it('translates a refusal raised inside the inventory maths: Poisson demand needs whole units', async () => {
    const r = await zh(['policy', 'rq', '--demand', '1.5', '--poisson', '3', '--order-cost', '100', '--holding-cost', '20', '--backorder-cost', '150', '--reorder-point', '2.5', '--quantity', '4']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：policy rq：--reorder-point：Poisson 需求要求整数件，实际为 r = 2.5、Q = 4\n');
  });
});
