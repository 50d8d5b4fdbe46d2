// With --lang zh every command's help and its errors are Chinese: no English word left except
// proper names, flags, identifiers and the machine-readable names (tests/cli/chinese-checker.ts).
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/main.ts';
import { POLICIES } from '../../cli/policy/catalogue.ts';
import { englishWords } from './chinese-checker.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();
const commands = Object.keys(COMMANDS).filter((name) => name !== 'help');
const zh = (...args: string[]) => runCli([...args, '--lang', 'zh'], dir);

describe('the checker of Chinese output', () => {
  it('finds English prose and lets flags, identifiers, quoted values and proper names through', () => {
    expect(englishWords('错误：the file is missing')).toEqual(['the', 'file', 'is', 'missing']);
    expect(englishWords('用 --reps 10、`shoplab run`、"Small shop"、conversionRate、GMV、scenarios/a.yaml、Shapley 和 P10')).toEqual([]);
  });
});

describe('every command in Chinese', () => {
  it.each(commands)('%s --help is Chinese', async (name) => {
    const r = await zh(name, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/用法：shoplab/);
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it.each(commands.filter((name) => name !== 'policy'))('%s refuses an unknown flag in Chinese, with exit 2', async (name) => {
    const r = await zh(name, '--colour');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('错误：未知选项 --colour\n');
  });

  it.each(Object.keys(POLICIES))('policy %s --help is Chinese, units included', async (name) => {
    const r = await zh('policy', name, '--help');
    expect(r.code).toBe(0);
    expect(englishWords(r.stdout)).toEqual([]);
  });

  it.each([
    ['run'],
    ['run', 'small.yaml', '--reps', '0'],
    ['run', 'small.yaml', '--seeed', '1'],
    ['compare', 'small.yaml'],
    ['sweep', 'small.yaml', '--csv', 'o.csv'],
    ['validate'],
    ['forecast', 'sales.csv', '--freq', 'hourly'],
    ['policy', 'eoq', '--demand', '100'],
    ['policy', 'eoq', '--demand', 'many', '--order-cost', '1', '--holding-cost', '1'],
    ['policy', 'newsvendor', '--price', '3', '--cost', '1'],
    ['policy', 'eqo'],
    ['gen-sales', 'small.yaml'],
    ['calibrate', 'small.yaml', '--fit', 'funnel.addToCartRate'],
    ['calibrate', 'small.yaml', '--target', 'conversionRat=0.03', '--fit', 'funnel.addToCartRate'],
    ['worker'],
    ['worker', '--redis', 'http://localhost'],
    ['sensitivity', 'small.yaml', '--kpi', 'proft'],
    ['explain', 'small.yaml'],
    ['optimise', 'small.yaml'],
    ['run', 'small.yaml', '--queue', 'q'],
  ])('%s … says what is wrong in Chinese, with exit 2', async (...args) => {
    const r = await zh(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：/);
    expect(englishWords(r.stderr)).toEqual([]);
  });

  it('lists scenario problems with Chinese severities, messages and count', async () => {
    const r = await zh('validate', 'broken.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误：broken\.yaml:\d+:\d+: /m);
    expect(r.stderr).toMatch(/broken\.yaml：\d+ 个错误/);
    // The file's own words: a bad value and the channel ids it names.
    expect(englishWords(r.stderr, ['abc', 'organic', 'social', 'crm'])).toEqual([]);
  });
});
