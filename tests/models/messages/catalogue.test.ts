// The models/ message catalogue: every code renders in English and Chinese, the Chinese holds no
// English prose, and errors and data issues carry their code beside their English message.
import { describe, expect, it } from 'vitest';
import {
  MODEL_MESSAGE_CODES,
  ModelError,
  SeriesTooShortError,
  formatDataIssue,
  readSalesCsv,
  renderModelError,
  renderModelMessage,
  renderModelText,
  withFallback,
  getForecaster,
  type ModelCoded,
} from '../../../models/light.ts';
import { englishWords } from '../../cli/chinese-checker.ts';
import { MESSAGE_SAMPLES, SAMPLE_IDENTIFIERS } from './samples.ts';

const coded = (code: string) => ({ code, params: MESSAGE_SAMPLES[code as keyof typeof MESSAGE_SAMPLES] }) as ModelCoded;

describe('the models message catalogue', () => {
  it('has a sample for every code and renders each in both languages, differently', () => {
    expect(Object.keys(MESSAGE_SAMPLES).sort()).toEqual([...MODEL_MESSAGE_CODES].sort());
    for (const code of MODEL_MESSAGE_CODES) {
      const en = renderModelMessage(coded(code), 'en');
      const zh = renderModelMessage(coded(code), 'zh');
      expect(en, code).not.toBe('');
      expect(zh, code).not.toBe(en);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('leaves no English words in a Chinese message, except identifiers and proper names', () => {
    const found = MODEL_MESSAGE_CODES.map((code) => ({ code, words: englishWords(renderModelMessage(coded(code), 'zh'), SAMPLE_IDENTIFIERS) })).filter((x) => x.words.length > 0);
    expect(found).toEqual([]);
  });

  it('renders nested reasons in the same language', () => {
    const note = renderModelMessage(coded('forecast.noModel'), 'zh');
    expect(note).toBe('没有任何模型能预测这个序列（mean 拟合失败：序列太短，无法使用 ets（只有 4 个观测值，至少需要 8 个））');
  });
});

describe('coded errors and issues', () => {
  it('keeps the English message and carries code and params', () => {
    const error = new SeriesTooShortError('ets', 8, 4);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toBeInstanceOf(ModelError);
    expect(error.message).toBe('series too short for ets (4 < 8 observations)');
    expect(renderModelError(error, 'zh')).toBe('序列太短，无法使用 ets（只有 4 个观测值，至少需要 8 个）');
    expect(renderModelError(new Error('plain'), 'zh')).toBe('plain');
    expect(renderModelText({ message: 'as is', code: 'not.a.code', params: {} }, 'zh')).toBe('as is');
  });

  it('renders a data issue with its place in Chinese', () => {
    const result = readSalesCsv('unique_id,ds,y\nA,2024-13-02,1\n');
    expect(result.ok).toBe(false);
    const issue = result.ok ? undefined : result.issues[0];
    expect(formatDataIssue(issue!, 'sales.csv', 'zh')).toBe('错误：sales.csv，第 2 行，列 ds："2024-13-02" 不是日期（应为 YYYY-MM-DD）');
    expect(formatDataIssue(issue!, 'sales.csv')).toBe('error: sales.csv, row 2, column ds: "2024-13-02" is not a date (expected YYYY-MM-DD)');
  });

  it('gives a fallback note in either language', () => {
    const output = withFallback(getForecaster('ses')).forecast({ y: Float64Array.of(3, 4, 5, 4), seasonLength: 1 }, 3);
    expect(output.note).toBe('series too short for ses (4 < 8 observations); used snaive');
    expect(renderModelMessage(output.noteCoded!, 'zh')).toBe('序列太短，无法使用 ses（只有 4 个观测值，至少需要 8 个）；改用 snaive');
  });
});
