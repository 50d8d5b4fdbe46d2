import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioText, type LoadResult } from '../../../sim/scenario/index.ts';
import { lines } from './memoryFiles.ts';

const messages = (r: LoadResult) => (r.ok ? [] : r.issues.map(formatIssue));
const paid = (budget: string) => lines('days: 30', 'startDate: 2026-11-01', 'channels:', '  paid:', `    budgetPerDayCny: ${budget}`);

describe('formula fields when a scenario loads', () => {
  it('accepts a formula of time, calendar and params', () => {
    const text = lines('params: {base: 2000, lift: 3}', 'channels:', '  paid: {budgetPerDayCny: "base * (1 + lift * (dayOfMonth == 11))"}');
    const r = parseScenarioText(text, { fileName: 's.yaml' });
    expect(r.ok && r.scenario.channels.paid.budgetPerDayCny).toBe('base * (1 + lift * (dayOfMonth == 11))');
  });

  it('reports a formula that does not parse', () => {
    expect(messages(parseScenarioText(paid('"2000 * (1 + "'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:5:22: channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "2000 * (1 + " (formula does not parse: Unexpected end of expression (char 13))',
    ]);
  });

  it('reads a plain word as an unknown name', () => {
    expect(messages(parseScenarioText(paid('abc'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:5:22: channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "abc" (unknown name abc)',
    ]);
  });

  it('suggests a close variable or param for an unknown name', () => {
    const text = lines('params: {baseBudget: 100}', 'channels:', '  paid: {budgetPerDayCny: "basebudget * dayofyear"}');
    expect(messages(parseScenarioText(text, { fileName: 's.yaml' }))).toEqual([
      's.yaml:3:27: channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "basebudget * dayofyear" (unknown names basebudget, did you mean "baseBudget"?; dayofyear, did you mean "dayOfYear"?)',
    ]);
  });

  it('names the day a formula divides by zero', () => {
    expect(messages(parseScenarioText(paid('"100 / (t - 4)"'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:5:22: channels.paid.budgetPerDayCny: formula "100 / (t - 4)" gives Infinity on day 4 (division by zero?); expected a finite number',
    ]);
  });

  it('names the first day and date a formula leaves its range', () => {
    expect(messages(parseScenarioText(paid('"1000 * cos(2 * pi * t / 7)"'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:5:22: channels.paid.budgetPerDayCny: formula "1000 * cos(2 * pi * t / 7)" gives -222.521 on day 2 (2026-11-03); expected ≥ 0 on every day',
    ]);
  });

  it('checks only the days of the horizon', () => {
    const r = parseScenarioText(lines('days: 10', 'fulfilment: {capacityOrdersPerDay: "2000 - 200 * t"}'), { fileName: 's.yaml' });
    expect(r.ok).toBe(true);
    const longer = parseScenarioText(lines('days: 12', 'fulfilment: {capacityOrdersPerDay: "2000 - 200 * t"}'), { fileName: 's.yaml' });
    expect(messages(longer)).toEqual([
      's.yaml:2:36: fulfilment.capacityOrdersPerDay: formula "2000 - 200 * t" gives -200 on day 11 (2026-01-12); expected ≥ 0 on every day',
    ]);
  });

  it('refuses a negative plain number in a formula field that must stay ≥ 0', () => {
    expect(messages(parseScenarioText(lines('skus:', '  top: {seasonality: -0.5}'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:2:22: skus.top.seasonality: expected a number from 0 to 100 or a formula, got -0.5',
    ]);
  });

  it('refuses a value that is neither a number nor text', () => {
    expect(messages(parseScenarioText(lines('population: {newShoppersPerDay: [1, 2]}'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:1:33: population.newShoppersPerDay: expected a number from 0 to 1000000 or a formula, got a list of 2',
    ]);
  });

  it('refuses a formula that assigns instead of giving a number', () => {
    const [msg] = messages(parseScenarioText(lines('finance: {fixedCostsPerDayCny: "x = 3"}'), { fileName: 's.yaml' }));
    expect(msg).toBe('s.yaml:1:32: finance.fixedCostsPerDayCny: expected a number from 0 to 1000000000 or a formula, got "x = 3" (a formula must give a number, not assign one)');
  });

  it('refuses functions that reach outside the formula sandbox', () => {
    const [msg] = messages(parseScenarioText(paid('"evaluate(\\"1\\")"'), { fileName: 's.yaml' }));
    expect(msg).toBe('s.yaml:5:22: channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "evaluate(\\"1\\")" (evaluate() is not allowed in scenario formulas; allowed functions: abs, sign, ceil, floor, fix, round, sqrt, cbrt, square, cube, exp, expm1, log, log10, log2, log1p, pow, mod, hypot, min, max, mean, sum, sin, cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh)');
  });

  it('reports every bad formula in the file', () => {
    const text = lines('channels:', '  a: {budgetPerDayCny: "1/0"}', '  b: {visitsMultiplier: nope}');
    expect(messages(parseScenarioText(text, { fileName: 's.yaml' })).map((m) => m.split(': ')[1])).toEqual([
      'channels.a.budgetPerDayCny',
      'channels.b.visitsMultiplier',
    ]);
  });

  it('names a complex result and hints at its likely cause', () => {
    expect(messages(parseScenarioText(paid('"sqrt(t - 5)"'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:5:22: channels.paid.budgetPerDayCny: formula "sqrt(t - 5)" gives a complex number (square root or logarithm of a negative number?) on day 0; expected a finite number',
    ]);
  });

  it('explains a number written with thousands separators', () => {
    expect(messages(parseScenarioText(paid('"3,000"'), { fileName: 's.yaml' }))).toEqual([
      's.yaml:5:22: channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "3,000" (write numbers without thousands separators: 3000)',
    ]);
  });

  it('offers no variable as a suggestion for an unknown function', () => {
    const [msg] = messages(parseScenarioText(paid('"dwo(t)"'), { fileName: 's.yaml' }));
    expect(msg).toMatch(/\(unknown name dwo\(\)\)$/);
  });

  it('does not blame a formula for a param the schema already refused', () => {
    const text = lines('params: {lift: high}', 'channels:', '  paid: {budgetPerDayCny: "1000 * lift + boost"}');
    expect(messages(parseScenarioText(text, { fileName: 's.yaml' }))).toEqual([
      's.yaml:1:16: params.lift: expected a number, got "high"',
      's.yaml:3:27: channels.paid.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "1000 * lift + boost" (unknown name boost)',
    ]);
  });

  it('does not evaluate formulas over a horizon the schema refused, but still checks their names', () => {
    const text = lines('days: 30d', 'channels:', '  a: {budgetPerDayCny: "100 - t"}', '  b: {budgetPerDayCny: "tt"}');
    expect(messages(parseScenarioText(text, { fileName: 's.yaml' }))).toEqual([
      's.yaml:1:7: days: expected a whole number from 1 to 3650, got "30d"',
      's.yaml:4:24: channels.b.budgetPerDayCny: expected a number from 0 to 1000000000 or a formula, got "tt" (unknown name tt, did you mean "t"?)',
    ]);
  });
});
