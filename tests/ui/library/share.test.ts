import { describe, expect, it } from 'vitest';
import { ShareLinkError, decodeShare, encodeShare } from '../../../ui/library/share.ts';
import { translate } from '../../../ui/i18n/translate.ts';

describe('share links', () => {
  it('round-trips a scenario with Chinese text through a compressed URL-safe fragment', async () => {
    const text = 'name: 双十一 大促\nchannels:\n  paid_search:\n    budgetPerDayCny: 5000\n'.repeat(20);
    const hash = await encodeShare(text);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(text.length / 2);
    expect(await decodeShare(hash)).toBe(text);
  });

  it('ignores a hash that carries no scenario', async () => {
    expect(await decodeShare('#compare')).toBeNull();
    expect(await decodeShare('')).toBeNull();
  });

  it('says what is wrong with a damaged link', async () => {
    const hash = await encodeShare('name: x\n'.repeat(50));
    await expect(decodeShare(hash.slice(0, 12))).rejects.toThrow('cut off or damaged');
    await expect(decodeShare('#s=abc$%')).rejects.toThrow('not base64url');
  });
});

describe('share links within limits', () => {
  it('refuses a link that inflates beyond a scenario file\'s size, without inflating all of it', async () => {
    const bomb = await encodeShare(`# ${'x'.repeat(20_000_000)}\n`);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(decodeShare(bomb)).rejects.toThrow('the link holds more than 1048576 bytes of scenario text, the most a scenario file may have');
  });

  it('refuses a link longer than the limit before decoding it', async () => {
    await expect(decodeShare(`#s=${'A'.repeat(1_100_000)}`)).rejects.toThrow(/^the link is 1100003 characters long; a share link may be at most 1048576$/);
  });

  it('words a damaged link in Chinese from the error\'s key', async () => {
    const error = await decodeShare(`#s=${'A'.repeat(1_100_000)}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareLinkError);
    const { key, params } = error as ShareLinkError;
    expect(translate('zh-CN', key, params)).toBe('链接长 1100003 个字符；分享链接最多 1048576 个字符');
  });
});
