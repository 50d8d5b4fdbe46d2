// Scenario problems in the CLI's language: `--lang zh` (or a Chinese locale) prints every issue
// of a bad scenario in Chinese, at the same file:line:col and field path as in English.
import { describe, expect, it } from 'vitest';
import { englishIn, hasChinese } from '../fixtures/chinese-text.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();
const issueLines = (stderr: string) => stderr.split('\n').filter((l) => /^(错误|警告|error|warning)/.test(l));

describe('shoplab validate --lang zh', () => {
  it('prints each problem in Chinese at its file:line:col and field', async () => {
    const r = await runCli(['validate', 'broken.yaml', '--lang', 'zh'], dir);
    expect(r.code).toBe(2);
    const lines = issueLines(r.stderr);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.find((l) => l.includes('popualtion'))).toBe('错误：broken.yaml:3:1: popualtion: 未知的键；你是不是想写 "population"？');
    expect(lines.find((l) => l.includes('funnel.checkoutRate'))).toBe('错误：broken.yaml:6:17: funnel.checkoutRate: 应为 0 到 1 之间的数字，实际为 1.7');
    expect(lines.find((l) => l.includes('budgetPerDayCny'))).toBe('错误：broken.yaml:9:22: channels.paid_search.budgetPerDayCny: 应为 0 到 1000000000 之间的数字或公式，实际为 "abc"（未知名称 abc）');
    for (const line of lines) {
      const message = line.replace(/^\S+broken\.yaml:\d+:\d+: [\w.]+: /, '');
      expect(hasChinese(message), line).toBe(true);
      // The ids of the file's channels are the user's own names.
      expect(englishIn(message, ['population', 'abc', 'organic', 'social', 'crm']), line).toEqual([]);
    }
  });

  it('places the same problems as in English, line for line', async () => {
    const en = issueLines((await runCli(['validate', 'broken.yaml'], dir)).stderr);
    const zh = issueLines((await runCli(['validate', 'broken.yaml'], dir, { env: { LANG: 'zh_CN.UTF-8' } })).stderr);
    const place = (l: string) => /broken\.yaml:\d+:\d+: [^:]+/.exec(l)?.[0];
    expect(zh.map(place)).toEqual(en.map(place));
    expect(en[0]).toMatch(/^error: /);
  });

  it('gives a missing file in Chinese to a command that loads a scenario', async () => {
    const r = await runCli(['run', 'nope.yaml', '--lang', 'zh'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误：nope.yaml: 找不到文件：');
  });
});
