// Channel names follow the language; a user's own channel ids are shown as written.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../ui/i18n/i18n.svelte.ts';

describe('channel names', () => {
  it('translate built-in channel ids, inside messages too, and keep a user\'s own ids', () => {
    const i18n = new I18n();
    i18n.locale = 'zh-CN';
    expect(i18n.channel('paid_search')).toBe('付费搜索');
    expect(i18n.t('lever.budget', { channel: 'social' })).toBe('短视频社交 预算');
    expect(i18n.channel('douyin_live')).toBe('douyin_live');
    i18n.locale = 'en';
    expect(i18n.t('lever.budget', { channel: 'paid_search' })).toBe('Paid search budget');
  });
});
