import { describe, expect, it } from 'vitest';
import { en } from '../../../ui/i18n/en.ts';
import { zh } from '../../../ui/i18n/zh.ts';
import { pickLocale, translate } from '../../../ui/i18n/translate.ts';
import { KPIS, SERIES } from '../../../sim/result.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('gives every English message a Chinese text with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key], key).toBe('string');
      if (en[key] !== '') expect(zh[key], key).not.toBe('');
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('labels every KPI and every daily series in both languages', () => {
    for (const k of KPIS) expect(Object.keys(en)).toContain(`kpi.${k}`);
    for (const s of SERIES) expect(Object.keys(zh)).toContain(`series.${s}`);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'run.running', { done: 3, total: 20 })).toBe('Running 3 of 20 replications');
    expect(translate('zh-CN', 'run.running', { done: 3, total: 20 })).toBe('正在运行第 3/20 次重复');
    expect(translate('en', 'run.running', { done: 3 })).toBe('Running 3 of {total} replications');
  });

  it('picks Chinese for any zh browser language and English otherwise', () => {
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(pickLocale(['fr'])).toBe('en');
  });
});
