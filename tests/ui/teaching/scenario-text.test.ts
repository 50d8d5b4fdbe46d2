// Every built-in scenario has a Chinese title and description; English comes from the file.
import { describe, expect, it } from 'vitest';
import { listBuiltins } from '../../../ui/library/builtins.ts';
import { builtinDescription, builtinTitle, groupTitle } from '../../../ui/library/builtin-text.ts';

const HAN = /[\u4e00-\u9fff]/;

describe('built-in scenario texts', () => {
  const builtins = listBuiltins();

  it('exist in Chinese for every built-in file', () => {
    expect(builtins.length).toBeGreaterThan(20);
    for (const b of builtins) {
      expect(builtinTitle(b, 'zh-CN'), b.fileName).toMatch(HAN);
      expect(builtinDescription(b, 'zh-CN'), b.fileName).toMatch(HAN);
      if (b.group) expect(groupTitle(b.group, 'zh-CN'), b.group).toMatch(HAN);
    }
  });

  it('come from the scenario file in English', () => {
    const d = builtins.find((b) => b.fileName === '/scenarios/default.yaml')!;
    expect(builtinTitle(d, 'en')).toBe('Default shop');
    expect(builtinDescription(d, 'en')).toMatch(/^A mid-sized online clothing store/);
    expect(builtinTitle(d, 'zh-CN')).toBe('默认店铺');
  });
});
