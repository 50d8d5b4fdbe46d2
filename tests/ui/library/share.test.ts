import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../../ui/library/share.ts';

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
