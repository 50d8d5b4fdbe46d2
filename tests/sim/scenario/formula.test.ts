import { describe, expect, it } from 'vitest';
import { checkFormula, evaluateDaily, FormulaError } from '../../../sim/scenario/formula.ts';

const ctx = { days: 10, startDate: '2026-11-09', params: { base: 100, lift: 0.5 } };

describe('evaluateDaily', () => {
  it('repeats a plain number on every day', () => {
    expect([...evaluateDaily(3.5, ctx)]).toEqual(new Array(10).fill(3.5));
  });

  it('evaluates a formula of time, calendar and params for each day', () => {
    // 2026-11-09 is a Monday: dow 0; day 2 is 2026-11-11 (Double 11).
    const v = evaluateDaily('base * (1 + lift * (dayOfMonth == 11)) + dow', ctx);
    expect(v[0]).toBe(100);
    expect(v[2]).toBe(152);
    expect(v[6]).toBe(106);
    expect(v[7]).toBe(100);
  });

  it('names the field and the day when a formula divides by zero', () => {
    expect(() => evaluateDaily('1 / (t - 4)', ctx, 'fulfilment.capacityOrdersPerDay')).toThrowError(
      'fulfilment.capacityOrdersPerDay: formula "1 / (t - 4)" gives Infinity on day 4 (division by zero?); expected a finite number',
    );
  });

  it('refuses functions that could escape the sandbox', () => {
    for (const f of ['import({x: 1})', 'evaluate("1+1")', 'parse("1")', 'createUnit("foo")']) {
      expect(() => evaluateDaily(f, ctx, 'x')).toThrow(FormulaError);
    }
  });
});

describe('checkFormula', () => {
  it('accepts known names and mathjs constants and functions', () => {
    expect(checkFormula('base * sin(2 * pi * dayOfYear / 365) + e', ctx.params)).toBeNull();
  });

  it('reports unknown names and lists the known ones', () => {
    expect(checkFormula('bse * 2', ctx.params)).toMatch(/unknown name bse; known: t, day, days, dow/);
  });

  it('reports syntax errors with the position', () => {
    expect(checkFormula('2 * (t + 1', {})).toMatch(/does not parse: .*char/);
  });

  it('rejects assignments', () => {
    expect(checkFormula('t = 3', {})).toMatch(/assigns a value/);
  });
});
