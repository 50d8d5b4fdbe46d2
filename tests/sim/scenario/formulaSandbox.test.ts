import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { evaluateDaily, FormulaError, inspectFormula } from '../../../sim/scenario/formula.ts';
import { FORMULA_LIMITS } from '../../../sim/scenario/formulaLimits.ts';
import { formatIssue, parseScenarioText, type LoadResult } from '../../../sim/scenario/index.ts';
import { lines } from './memoryFiles.ts';

/** An unrestricted mathjs, only as the reference for numbers. */
const reference = create(all);
const ctx = { days: 5, startDate: '2026-11-09', params: { k: 2, base: 100 } };
const messages = (r: LoadResult) => (r.ok ? [] : r.issues.map(formatIssue));
const shoppers = (formula: string) => lines('days: 10', 'params: {k: 2}', 'population:', `  newShoppersPerDay: ${JSON.stringify(formula)}`);

/**
 * Published mathjs sandbox escapes and their families (mathjs issues #821, #3255, #3656 and the
 * security page): constructor and prototype access through functions and objects, the parser's
 * own functions, import/createUnit/reviver, and chained function-constructor tricks.
 */
const ESCAPES = [
  'cos.constructor("return process")()',
  'cos.constructor("return process.mainModule.require")()("child_process").execSync("id")',
  '["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process")',
  'import({matrix:cos.constructor},{override:1});x=["process.exit(1)"];x()',
  'a=["process.exit(1)"]._data;a.isRange=true;x={subset:cos.constructor}[a];x()',
  '{}.constructor.constructor("return this")()',
  '{constructor: 1}',
  'f = cos.constructor; f("return 1")()',
  'evaluate("1 + 1")',
  'parse("1").compile().evaluate()',
  'compile("1").evaluate()',
  'import({x: 1})',
  'createUnit("foo")',
  'reviver("x", 1)',
  'simplify("x + x")',
  'derivative("x^2", "x")',
  'resolve("x", {x: 1})',
  'config({number: "BigNumber"})',
  'typed("f", {"number": f(x) = x})',
  'chain(1).constructor("return 1")',
  'cos["constructor"]("return 1")()',
  'f(x) = x; f.constructor("return 1")()',
  'matrix([1]).valueOf().constructor.constructor("return process")()',
  '(x) = 1',
  'help(cos)',
  'map([1, 2], cos.constructor)',
  'apply([1], 1, cos)',
  '__proto__',
  'toString()',
  'hasOwnProperty("x")',
];

describe('the formula sandbox', () => {
  it('refuses every published mathjs sandbox escape before evaluating anything', () => {
    for (const payload of ESCAPES) {
      expect(inspectFormula(payload, ctx.params), payload).not.toBeNull();
      expect(() => evaluateDaily(payload, ctx, 'f'), payload).toThrow(FormulaError);
    }
  });

  it('rejects an assignment at any depth, not only at the top', () => {
    for (const f of ['(k = k * 2) * 0 + 1000 * k', '(t = 5) + t', 'max(0, (k = 3))', 't > 2 ? (k = 1) : k']) {
      expect(inspectFormula(f, ctx.params), f).toEqual({ kind: 'assignment' });
    }
  });

  it('refuses lists and ranges, so no formula can build a large intermediate value', () => {
    expect(inspectFormula('size(1:1e6)', {})).toMatchObject({ kind: 'function', names: ['size()'] });
    expect(inspectFormula('sum(1:1e9)', {})).toEqual({ kind: 'forbidden', what: 'a range (a:b)' });
    expect(inspectFormula('max([1, 2, t])', {})).toEqual({ kind: 'forbidden', what: 'a list or matrix ([…])' });
  });

  it('states its budgets on length, nesting and size', () => {
    expect(inspectFormula(Array(5000).fill('1').join('+'), {})).toEqual({ kind: 'tooLong', chars: 9999, max: FORMULA_LIMITS.maxChars });
    expect(inspectFormula(`${'('.repeat(25)}t${')'.repeat(25)}`, {})).toEqual({ kind: 'tooDeep', max: FORMULA_LIMITS.maxNesting, char: 21 });
    expect(inspectFormula(Array(400).fill('t').join('+'), {})).toEqual({ kind: 'tooLarge', max: FORMULA_LIMITS.maxNodes });
  });

  it('counts the arguments of each allowed function', () => {
    expect(inspectFormula('round(t, 1, 2)', {})).toEqual({ kind: 'arity', name: 'round', min: 1, max: 2, got: 3 });
  });

  it('gives the same numbers as mathjs for the operators and functions it allows', () => {
    const formulas = [
      'base * (1 + 0.5 * (dayOfMonth == 11)) + mod(-t, 3) + round(2.5) + max(1, dow) ^ 2',
      '(t > 2 ? 1 : 0) + (1 < t <= 3) + (t != 1 and not (t == 4)) + 2pi t',
      '1000 * (1 + 0.3 * sin(2 * pi * dayOfYear / 365)) / hypot(3, 4) + log(t + 1, 2) - exp(-t) % 0.7',
      '0.1 + 0.2 == 0.3',
    ];
    for (const f of formulas) {
      const ours = evaluateDaily(f, ctx);
      const days = [0, 1, 2, 3, 4].map((t) => {
        const d = new Date(Date.UTC(2026, 10, 9 + t));
        const scope = { ...ctx.params, t, dow: (d.getUTCDay() + 6) % 7, dayOfMonth: d.getUTCDate(), dayOfYear: 312 + t + 1 };
        return Number(reference.evaluate(f, scope));
      });
      expect([...ours], f).toEqual(days);
    }
  });

  it('still reports a complex intermediate as such', () => {
    expect(() => evaluateDaily('1 + sqrt(t - 5)', ctx, 'f')).toThrow('gives a complex number (square root or logarithm of a negative number?) on day 0');
  });
});

describe('formula problems in a scenario file', () => {
  it('locates an object literal instead of failing with a stack', () => {
    expect(messages(parseScenarioText(shoppers('{constructor: 1}'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:4:22: population.newShoppersPerDay: expected a number from 0 to 1000000 or a formula, got "{constructor: 1}" (formulas cannot contain an object literal ({…}))',
    ]);
  });

  it('locates a 5,000-term sum as too long', () => {
    const [msg] = messages(parseScenarioText(shoppers(Array(5000).fill('1').join('+')), { fileName: 's.yaml' }));
    expect(msg).toMatch(/^s\.yaml:4:22: population\.newShoppersPerDay: .*\(formula is 9,999 characters long; at most 1,000 characters are allowed\)$/);
  });

  it('locates a nested assignment', () => {
    expect(messages(parseScenarioText(shoppers('(k = k * 2) * 0 + 1000 * k'), { fileName: 's.yaml' }))[0]).toMatch(/^s\.yaml:4:22: .*\(a formula must give a number, not assign one\)$/);
  });

  it('never lets one scenario change how the next one is read', () => {
    const first = parseScenarioText(shoppers('config({number: "BigNumber"})'), { fileName: 'a.yaml' });
    expect(messages(first)[0]).toMatch(/config\(\) is not allowed in scenario formulas/);
    const second = parseScenarioText(shoppers('1000 * (1 + sin(2 * pi * t / 7))'), { fileName: 'b.yaml' });
    expect(second.ok).toBe(true);
  });
});
