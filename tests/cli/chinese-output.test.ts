// With --lang zh (or a Chinese locale) what the commands print is Chinese; --lang en wins over the
// locale; machine-readable output stays English; every inventory-policy text has its Chinese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../cli/policy/catalogue.ts';
import { POLICY_TERMS_ZH } from '../../cli/text/policy-terms.zh.ts';
import { describeWorkers } from '../../cli/queue/workers.ts';
import { englishWords } from './chinese-checker.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();
const zh = (...args: string[]) => runCli([...args, '--lang', 'zh'], dir);
const FAST = ['--reps', '2', '--days', '8'];

describe('Chinese output of the commands', () => {
  it('run prints its header, KPI, risk and channel tables in Chinese, and keeps its JSON in English', async () => {
    const r = await zh('run', 'small.yaml', ...FAST, '--json', 'run.json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ShopLab .* · 种子 42 · 2 次重复 · 自 2026-01-01 起 8 天/);
    expect(r.stdout).toMatch(/^成交总额 \(GMV\) +¥/m);
    expect(r.stdout).toContain('\n风险\n');
    expect(r.stdout).toMatch(/^付费搜索 /m);
    expect(englishWords(r.stdout)).toEqual([]);
    const json = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { kpis: Record<string, unknown>; channels: Record<string, unknown> };
    expect(Object.keys(json.kpis)).toContain('gmvCny');
    expect(Object.keys(json.channels)).toContain('paid_search');
  });

  it.each([
    ['compare', 'small.yaml', 'better-checkout.yaml', ...FAST],
    ['sweep', 'small.yaml', '--vary', 'funnel.checkoutRate=0.5,0.6', '--csv', 'grid.csv', '--reps', '1', '--days', '5'],
    ['validate', 'small.yaml'],
    ['explain', 'small.yaml', 'better-checkout.yaml', ...FAST],
    ['sensitivity', 'small.yaml', '--param', 'funnel.checkoutRate=0.4:0.6', '--reps', '1', '--days', '5'],
    ['optimise', 'small.yaml', '--lever', 'funnel.checkoutRate=0.4:0.6', '--max-evals', '4', '--reps', '1', '--days', '5'],
    ['policy', 'eoq', '--demand', '3120', '--order-cost', '12', '--holding-cost', '0.005', '--quantity', '3000'],
    ['policy', 'eoq', '--demand', '3120', '--order-cost', '12', '--holding-cost', '0.005', '--backorder-cost', '0.02'],
    ['policy', 'newsvendor', '--price', '2.5', '--cost', '1.5', '--samples', '40,41,42,45,50'],
    ['policy', 'safety-stock', '--demand-mean', '2500', '--demand-sd', '500', '--lead-time', '2', '--csl', '0.95', '--order-quantity', '10000'],
    ['policy', 'base-stock', '--poisson', '1.5', '--lead-time', '3', '--level', '10', '--holding-cost', '1', '--backorder-cost', '9'],
    ['policy', 'ss', '--poisson', '10', '--order-cost', '64', '--holding-cost', '1', '--backorder-cost', '9'],
    ['policy', 'ss', '--demand-mean', '10', '--demand-sd', '3', '--order-cost', '64', '--holding-cost', '1', '--backorder-cost', '9'],
    ['policy', 'rq', '--demand', '200', '--lead-time-demand-mean', '100', '--lead-time-demand-sd', '25', '--order-cost', '50', '--holding-cost', '2', '--shortage-cost', '25'],
    ['policy', 'rq', '--demand', '200', '--poisson', '20', '--order-cost', '50', '--holding-cost', '2', '--backorder-cost', '25'],
    ['policy', 'epq', '--demand', '1300', '--production-rate', '2000', '--order-cost', '8', '--holding-cost', '0.225', '--quantity', '300'],
    ['policy', 'eoq-discount', '--demand', '1000', '--order-cost', '10', '--holding-rate', '0.25', '--breakpoints', '0,400,800', '--unit-costs', '0.75,0.72,0.68'],
    ['policy', 'wagner-whitin', '--demands', '90,120,80,70', '--order-cost', '500', '--holding-cost', '2', '--purchase-costs', '1,1,1,1'],
    ['policy', 'serial', '--echelon-holding-costs', '3,2', '--lead-times', '1,1', '--backorder-cost', '37', '--poisson', '5'],
  ])('%s … prints Chinese only', async (...args) => {
    const r = await zh(...args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/[\u4e00-\u9fff]/);
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it('gen-sales and forecast report in Chinese, and the forecast file keeps its English columns', async () => {
    const sales = await zh('gen-sales', 'small.yaml', '--out', 'sales.csv', '--days', '40');
    expect(sales.stderr).toMatch(/^已写入 sales\.csv：/);
    expect(englishWords(sales.stderr)).toEqual([]);
    const r = await zh('forecast', 'sales.csv', '--h', '7', '--models', 'snaive,ses', '--out', 'fc.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('回测：1 个窗口');
    // The data file's own warnings and the models' notes (indented) are in Chinese too (models/messages).
    expect(englishWords(r.stdout)).toEqual([]);
    expect(readFileSync(join(dir, 'fc.csv'), 'utf8')).toMatch(/^unique_id,ds,model,mean,/);
  });
});

describe('the language of the CLI', () => {
  it('is Chinese under a Chinese locale, and --lang en overrides it with the unchanged English text', async () => {
    const english = await runCli(['validate', 'small.yaml', '--bogus'], dir);
    const locale = await runCli(['validate', 'small.yaml', '--bogus'], dir, { env: { LANG: 'zh_CN.UTF-8' } });
    const overridden = await runCli(['validate', 'small.yaml', '--bogus', '--lang', 'en'], dir, { env: { LANG: 'zh_CN.UTF-8' } });
    expect(english.stderr).toBe('error: unknown option --bogus\n');
    expect(locale.stderr).toBe('错误：未知选项 --bogus\n');
    expect(overridden).toEqual(english);
    const help = await runCli(['run', '--help'], dir, { env: { LC_ALL: 'zh_CN.UTF-8' } });
    expect(help.stdout).toMatch(/^用法：shoplab run FILE/);
  });

  it('prints the same English tables as before when English is chosen', async () => {
    const r = await runCli(['compare', 'small.yaml', 'better-checkout.yaml', '--reps', '1', '--days', '5', '--lang', 'en'], dir);
    expect(r.stdout).toMatch(/^ShopLab .* · compare 2 scenarios · seed 42 · 1 paired replication\n/);
    expect(r.stdout).toContain('* best mean for the KPI\n');
    expect(r.stdout).toContain('\nWith one replication there is no interval; use --reps 10 or more for a verdict.\n');
    expect(r.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the Chinese terms of the inventory policies', () => {
  it('translate every summary, parameter and note', () => {
    const texts = Object.values(POLICIES).flatMap((p) => [p.summary, ...p.params.map((q) => q.text), ...p.notes]);
    expect(texts.filter((t) => !(t in POLICY_TERMS_ZH))).toEqual([]);
  });
});

describe('the queue notices in Chinese', () => {
  it('say that no worker serves the queue, or that some run another version', () => {
    const none = describeWorkers([], 'q1', 'redis://h:1', 'zh');
    expect(none).toBe('提示：redis://h:1 上的队列 "q1" 还没有 ShopLab 工作进程；任务会等到有工作进程启动：npx shoplab worker --redis redis://h:1 --queue q1');
    const other = describeWorkers([{ rawname: 'bull:q1:w:shoplab@0.0.1@box@12' }], 'q1', 'redis://h:1', 'zh') ?? '';
    expect(other).toMatch(/^警告：队列 "q1" 上的 1 个工作进程中有 1 个/);
    expect(englishWords(other, ['box'])).toEqual([]);
  });
});
