// A task's error crosses comlink as a plain copy: the page gets an Error with the same name and
// message, and a coded error still renders in Chinese; anything else passes through untouched.
import { describe, expect, it } from 'vitest';
import { setPath } from '../../../sim/experiment/set-path.ts';
import { errorText } from '../../../sim/scenario/codedError.ts';
import { copyTaskError, reviveTaskError } from '../../../ui/workers/task-error.ts';
import { smallShop } from '../../fixtures/scenario.ts';

describe('task errors between a worker and the page', () => {
  it('revives a lever error that renders as the original did, in both languages', () => {
    let original: unknown;
    try {
      setPath(smallShop(), 'funnel.cartRate', 0.1);
    } catch (error) {
      original = error;
    }
    const copy = structuredClone(copyTaskError(original));
    const revived = reviveTaskError(copy) as Error;
    expect(revived).toBeInstanceOf(Error);
    expect([revived.name, revived.message]).toEqual(['LeverError', (original as Error).message]);
    expect(errorText(revived, 'zh')).toBe(errorText(original, 'zh'));
    expect(errorText(revived, 'zh')).toMatch(/^funnel\.cartRate: funnel 下没有设置 "cartRate"/);
  });

  it('keeps a plain error plain, and passes other thrown values through', () => {
    const revived = reviveTaskError(structuredClone(copyTaskError(new TypeError('x is undefined')))) as Error;
    expect([revived.name, revived.message, errorText(revived, 'zh')]).toEqual(['TypeError', 'x is undefined', 'x is undefined']);
    const abort = new DOMException('Run cancelled', 'AbortError');
    expect(reviveTaskError(abort)).toBe(abort);
  });
});
