// The loader's message catalogue: every code renders in English and in Chinese, and the Chinese
// has no English in it besides identifiers, quoted values, numbers and other libraries' quoted text.
import { describe, expect, it } from 'vitest';
import {
  formatIssueIn,
  loaderMessage,
  MESSAGE_CODES,
  parseScenarioText,
  renderIssue,
  renderMessage,
  type Coded,
  type Issue,
  type MessageCode,
} from '../../../sim/scenario/index.ts';
import { englishIn, hasChinese, paramTokens } from '../../fixtures/chinese-text.ts';
import { SAMPLES } from './messageSamples.ts';

const samples = (Object.entries(SAMPLES) as [MessageCode, object[]][]).flatMap(([code, list]) => list.map((params) => ({ code, params }) as Coded));

describe('the message catalogue', () => {
  it('has a sample for every code, and every code renders in both languages', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...MESSAGE_CODES].sort());
    for (const coded of samples) {
      const en = renderMessage(coded, 'en');
      const zh = renderMessage(coded, 'zh');
      expect(en, coded.code).toMatch(/[a-z]/);
      expect(hasChinese(zh), `${coded.code}: ${zh}`).toBe(true);
      expect(zh).not.toBe(en);
    }
  });

  it('leaves no English in a Chinese message besides identifiers, quoted values and numbers', () => {
    const leaks = samples.flatMap((coded) => {
      const zh = renderMessage(coded, 'zh');
      const left = englishIn(zh, paramTokens(coded.params));
      return left.length > 0 ? [`${coded.code}: ${left.join(' ')} in ${zh}`] : [];
    });
    expect(leaks).toEqual([]);
  });

  it('the checker finds English words a Chinese message must not have', () => {
    expect(englishIn('应为 1 到 3650 之间的整数，实际为 "abc"')).toEqual([]);
    expect(englishIn('expected a number, got "abc"')).toEqual(['expected', 'number', 'got']);
    expect(englishIn('未知的键；"dayz" 应写在 budgetPerDayCny 或 population.size', ['population', 'size'])).toEqual([]);
  });

  it('renders composite parts in each language: what is expected, the value, a suggestion', () => {
    const m = loaderMessage('schema.wrongValue', {
      expected: { kind: 'oneOf', choices: ['sS', 'RS'] },
      got: { kind: 'literal', text: '"ss"' },
      suggestion: 'sS',
    });
    expect(m.message).toBe('expected one of "sS", "RS", got "ss"; did you mean "sS"?');
    expect(renderMessage(m, 'zh')).toBe('应为以下之一："sS"、"RS"，实际为 "ss"；你是不是想写 "sS"？');
    const list = loaderMessage('schema.missing', { expected: { kind: 'list', min: 2, nullable: true } });
    expect(list.message).toBe('missing; expected a list of at least 2, or null');
    expect(renderMessage(list, 'zh')).toBe('缺少此项；应为至少含 2 项的列表，或 null');
  });

  it('frames a message as the place that raised it does, in each language', () => {
    const deep = loaderMessage('yaml.tooDeep', { max: 32, notValid: 'JSON' });
    expect(deep.message).toBe('not valid JSON: mappings and lists are nested more than 32 levels deep');
    expect(renderMessage(deep, 'zh')).toBe('不是有效的 JSON：映射和列表的嵌套超过了 32 层');
    const folder = loaderMessage('file.folder', { reading: 'base.yaml' });
    expect([folder.message, renderMessage(folder, 'zh')]).toEqual(['base.yaml is a folder, not a scenario file', 'base.yaml 是文件夹，不是场景文件']);
    const big = loaderMessage('file.tooLarge', { bytes: 2_000_000, max: 1_048_576, reading: 'big.yaml' });
    expect(big.message).toBe('cannot read big.yaml: the file is 2,000,000 bytes; a scenario file may be at most 1,048,576 bytes');
    expect(renderMessage(big, 'zh')).toBe('无法读取 big.yaml：文件大小为 2,000,000 字节；场景文件最多 1,048,576 字节');
  });

  it('renders a loaded issue in Chinese with its place, and keeps the English message as raised', () => {
    const r = parseScenarioText('days: 30.5\n', { fileName: 's.yaml' });
    const issue = (r.ok ? [] : r.issues)[0] as Issue;
    expect(renderIssue(issue, 'en')).toBe('expected a whole number from 1 to 3650, got 30.5');
    expect(renderIssue(issue, 'zh')).toBe('应为 1 到 3650 之间的整数，实际为 30.5');
    expect(formatIssueIn(issue, 'zh')).toBe('s.yaml:1:7: days: 应为 1 到 3650 之间的整数，实际为 30.5');
    expect(formatIssueIn({ ...issue, file: undefined }, 'zh')).toBe('第 1 行:7: days: 应为 1 到 3650 之间的整数，实际为 30.5');
  });

  it('keeps the English message of an issue whose code it does not know', () => {
    const stale = { path: '', severity: 'error', message: 'from an older worker', code: 'gone.code', params: {} };
    expect(renderIssue(stale, 'zh')).toBe('from an older worker');
  });
});
