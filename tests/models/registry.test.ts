import { describe, expect, it } from 'vitest';
import { closest, getForecaster, registerForecaster, forecasterNames, hasForecaster } from '../../models/registry.ts';
import { naive } from '../../models/baselines/naive.ts';

describe('the forecaster registry', () => {
  it('finds a model by name and suggests the closest name for a typo', () => {
    expect(getForecaster('croston').name).toBe('croston');
    expect(() => getForecaster('croston2')).toThrow(/unknown model "croston2" \(did you mean "croston"\?\); available: naive, snaive/);
    expect(() => getForecaster('xyzzy')).toThrow(/^unknown model "xyzzy"; available/);
  });

  it('lets another module register a forecaster under a new name', () => {
    registerForecaster({ ...naive, name: 'naive-copy' });
    expect(hasForecaster('naive-copy')).toBe(true);
    expect(forecasterNames()).toContain('naive-copy');
  });

  it('suggests only plausible typos', () => {
    expect(closest('holtt', ['holt', 'hw'])).toBe('holt');
    expect(closest('banana', ['holt', 'hw'])).toBeUndefined();
  });
});
