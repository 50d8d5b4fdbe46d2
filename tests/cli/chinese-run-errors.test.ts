// With --lang zh, the mistakes only a run, a lever, a condition or a calibration reveals are told in
// Chinese, still naming where (the field path, the flag, the day), with exit 2; English is unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords } from './chinese-checker.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();
// A budget formula that is finite while params.k < 0 and divides by zero on day k otherwise.
writeFileSync(join(dir, 'formula.yaml'), 'extends: ./small.yaml\nparams:\n  k: -1\nchannels:\n  paid_search:\n    budgetPerDayCny: "100 / (t - k)"\n');
const FAST = ['--reps', '1', '--days', '8'];
const zh = (...args: string[]) => runCli([...args, '--lang', 'zh'], dir);
const en = (...args: string[]) => runCli([...args, '--lang', 'en'], dir);
/** The error line a command printed (warnings aside). */
const errorLine = (stderr: string) => stderr.split('\n').find((l) => l.startsWith('错误：') || l.startsWith('error: ')) ?? stderr;

/** Identifiers the messages quote from the shop and the command line (channel and KPI ids, fields). */
const IDS = ['funnel', 'productViewRate', 'addToCartRate', 'checkoutRate', 'pageQuality', 'organic', 'social', 'crm', 'roi'];

describe('run-time mistakes in Chinese', () => {
  it('sweep names a lever path that does not exist, with the settings there, and exits 2', async () => {
    const r = await zh('sweep', 'small.yaml', '--vary', 'funnel.cartRate=0.1,0.2', '--csv', 'grid.csv', ...FAST);
    expect(r.code).toBe(2);
    expect(errorLine(r.stderr)).toBe('错误：funnel.cartRate: funnel 下没有设置 "cartRate"；可用的有：productViewRate, addToCartRate, checkoutRate, pageQuality');
    expect(englishWords(r.stderr, IDS)).toEqual([]);
    const english = await en('sweep', 'small.yaml', '--vary', 'funnel.cartRate=0.1,0.2', '--csv', 'grid.csv', ...FAST);
    expect([english.code, errorLine(english.stderr)]).toEqual([2, 'error: funnel.cartRate: no setting "cartRate" at funnel; available: productViewRate, addToCartRate, checkoutRate, pageQuality']);
  });

  it('a formula that a lever makes divide by zero on day 3 is named by field, formula and day, in this thread and on worker threads', async () => {
    for (const workers of ['1', '2']) {
      const r = await zh('sweep', 'formula.yaml', '--vary', 'params.k=-1,3', '--csv', 'grid.csv', '--workers', workers, ...FAST);
      expect(r.code).toBe(2);
      expect(errorLine(r.stderr)).toBe('错误：channels.paid_search.budgetPerDayCny: 公式 "100 / (t - k)" 在第 3 天得到正无穷大（除以零？）；应为有限的数');
    }
    const english = await en('sweep', 'formula.yaml', '--vary', 'params.k=-1,3', '--csv', 'grid.csv', ...FAST);
    expect(english.code).toBe(2);
    expect(errorLine(english.stderr)).toBe('error: channels.paid_search.budgetPerDayCny: formula "100 / (t - k)" gives Infinity on day 3 (division by zero?); expected a finite number');
  });

  it('a --vary spec, a --target and a --constraint that cannot be read are explained after the flag as written', async () => {
    const vary = await zh('sweep', 'small.yaml', '--vary', 'funnel.checkoutRate', '--csv', 'grid.csv', ...FAST);
    expect([vary.code, errorLine(vary.stderr)]).toEqual([2, '错误：--vary funnel.checkoutRate: 应为 `路径=v1,v2,…` 或 `路径=lo:hi:steps`（没有找到 "="）']);
    const target = await zh('run', 'small.yaml', '--target', 'rio>=4', ...FAST);
    expect(target.code).toBe(2);
    expect(errorLine(target.stderr)).toMatch(/^错误：--target rio>=4: 未知的 KPI "rio"；你是不是想写 "roi"？（KPI：gmvCny, .*）$/);
    const constraint = await zh('optimise', 'small.yaml', '--lever', 'funnel.checkoutRate=0.4:0.6', '--constraint', 'roi=4', ...FAST);
    expect([constraint.code, errorLine(constraint.stderr)]).toEqual([2, '错误：--constraint roi=4: 请用 >= 或 <=（蒙特卡洛模拟的 KPI 从不会恰好等于某个数）']);
    for (const r of [vary, target, constraint]) expect(englishWords(r.stderr, IDS)).toEqual([]);
  });

  it('calibrate, optimise and sensitivity explain a bad parameter, range or budget split in Chinese', async () => {
    const fit = await zh('calibrate', 'small.yaml', '--target', 'orders=100', '--fit', 'funnel.cartRate', ...FAST);
    expect([fit.code, errorLine(fit.stderr)]).toEqual([2, '错误：funnel.cartRate: funnel 下没有字段 "cartRate"（已有：productViewRate, addToCartRate, checkoutRate, pageQuality）']);
    const range = await zh('optimise', 'small.yaml', '--lever', 'funnel.checkoutRate=0.5:1.5', ...FAST);
    expect([range.code, errorLine(range.stderr)]).toEqual([2, '错误：--lever funnel.checkoutRate=0.5:1.5: [0.5, 1.5] 超出了 funnel.checkoutRate 允许的范围 [0, 1]']);
    const split = await zh('optimise', 'small.yaml', '--channels', 'paid_search,socail', ...FAST);
    expect([split.code, errorLine(split.stderr)]).toEqual([2, '错误：--channels: 没有渠道 "socail"；你是不是想写 "social"？（渠道：organic, paid_search, social, crm）']);
    const param = await zh('sensitivity', 'small.yaml', '--param', 'funnel.checkoutRate=abc:0.5', ...FAST);
    expect([param.code, errorLine(param.stderr)]).toEqual([2, '错误：--param funnel.checkoutRate=abc:0.5: 下限 LO "abc" 不是数字（请写一个值，或今天取值的倍数，例如 0.5x）']);
    for (const r of [fit, range, split, param]) expect(englishWords(r.stderr, IDS)).toEqual([]);
  });

  it('calibrate says why a target was missed, and what it notes, in Chinese', async () => {
    const r = await zh('calibrate', 'small.yaml', '--target', 'conversionRate=0.9', '--fit', 'funnel.addToCartRate', '--max-evals', '24', '--reps', '1', '--days', '12');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/conversionRate: (受上下限限制：funnel\.addToCartRate 停在上限 [\d.]+，而它需要更高|在上下限内无法达到：即使把 funnel\.addToCartRate 调到 [\d.]+，也只能缩小约 [\d.]+ 个百分点，而误差为 [\d.]+ %（线性估计）)/);
    expect(r.stdout).toMatch(/^  - (评估次数已用完|funnel\.addToCartRate 最终停在上限（[\d.]+）；如果计划允许，请放宽范围)$/m);
    expect(englishWords(r.stdout, ['conversionRate', 'addToCartRate'])).toEqual([]);
  });
});
