// sim/'s run-time errors carry a message code: English `message` as before, the same place in every
// language, and a copy that crosses a worker (or a queue) renders the same as the original.
import { describe, expect, it } from 'vitest';
import { failureError, failureReason } from '../../../cli/queue/protocol.ts';
import { BeerGame } from '../../../sim/beergame/index.ts';
import { resolveParameter } from '../../../sim/calibrate/parameterPath.ts';
import { parseRange } from '../../../sim/decide/range.ts';
import { ScenarioRunError } from '../../../sim/engine/errors.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { LeverError, setPath } from '../../../sim/experiment/set-path.ts';
import { codedCopy, codedFields, errorText } from '../../../sim/scenario/codedError.ts';
import { evaluateDaily, FormulaError } from '../../../sim/scenario/formula.ts';
import { smallShop } from '../../fixtures/scenario.ts';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('coded run-time errors', () => {
  it('a lever error keeps its English message and renders in Chinese with the same path in front', () => {
    const error = thrown(() => setPath(smallShop(), 'funnel.cartRate', 0.2));
    expect(error).toBeInstanceOf(LeverError);
    expect((error as LeverError).message).toBe('funnel.cartRate: no setting "cartRate" at funnel; available: productViewRate, addToCartRate, checkoutRate, pageQuality');
    expect(codedFields(error)).toMatchObject({ code: 'lever.noSetting', where: 'funnel.cartRate' });
    expect(errorText(error, 'zh')).toBe('funnel.cartRate: funnel 下没有设置 "cartRate"；可用的有：productViewRate, addToCartRate, checkoutRate, pageQuality');
  });

  it('a lever value the schema refuses is told with the loader\'s own code, at the path and value', () => {
    const error = thrown(() => setPath(smallShop(), 'funnel.checkoutRate', 1.5)) as LeverError;
    expect(error.code).toBe('schema.wrongValue');
    expect(error.message).toBe('funnel.checkoutRate = 1.5: expected a number from 0 to 1, got 1.5');
    expect(errorText(error, 'zh')).toBe('funnel.checkoutRate = 1.5: 应为 0 到 1 之间的数字，实际为 1.5');
  });

  it('a formula that is not finite on a day names the field, the formula and the day in both languages', () => {
    const error = thrown(() => evaluateDaily('100 / (t - 2)', { days: 5, startDate: '2026-01-01', params: {} }, 'channels.paid.budgetPerDayCny')) as FormulaError;
    expect(error).toBeInstanceOf(FormulaError);
    expect(error.message).toBe('channels.paid.budgetPerDayCny: formula "100 / (t - 2)" gives Infinity on day 2 (division by zero?); expected a finite number');
    expect(error.in('zh')).toBe('channels.paid.budgetPerDayCny: 公式 "100 / (t - 2)" 在第 2 天得到正无穷大（除以零？）；应为有限的数');
  });

  it('an engine refusal keeps its field path; a wrapped calibration error adds the flag', () => {
    const shop = smallShop();
    const run = thrown(() => simulate({ ...shop, population: { ...shop.population, segments: {} } }, { seed: 1 })) as ScenarioRunError;
    expect(run).toBeInstanceOf(ScenarioRunError);
    expect([run.path, run.message]).toEqual(['population.segments', 'population.segments: at least one segment is needed']);
    expect(errorText(run, 'zh')).toBe('population.segments: 至少需要一个客群');
    const fit = thrown(() => resolveParameter(shop, 'funnel.checkoutRate', { lo: 0.9, hi: 0.1 }));
    expect(errorText(fit, 'zh')).toBe('funnel.checkoutRate: 下限 0.9 必须小于上限 0.1');
    const range = thrown(() => parseRange('funnel.nope=1:2', shop, '--lever'));
    expect(errorText(range, 'en')).toBe('--lever funnel.nope: funnel has no field "nope" (it has: productViewRate, addToCartRate, checkoutRate, pageQuality)');
    expect(errorText(range, 'zh')).toBe('--lever funnel.nope: funnel 下没有字段 "nope"（已有：productViewRate, addToCartRate, checkoutRate, pageQuality）');
  });

  it('a caller\'s impossible value is still a RangeError, with a code', () => {
    const error = thrown(() => summarise([]));
    expect(error).toBeInstanceOf(RangeError);
    expect(errorText(error, 'zh')).toBe('汇总至少需要一次模拟的结果');
    const beer = thrown(() => new BeerGame().step({ retailer: -1 }));
    expect(errorText(beer, 'zh')).toBe('零售商（retailer）的订单：应为 0 到 10000 之间的整箱数，实际为 -1');
  });

  it('a copy made from a worker thread\'s or a queue\'s message renders like the original; other errors keep their message', () => {
    const original = thrown(() => setPath(smallShop(), 'days', Infinity));
    const copy = Object.assign(new Error((original as Error).message), { name: 'LeverError' }, codedCopy(original));
    expect(errorText(copy, 'zh')).toBe(errorText(original, 'zh'));
    expect(errorText(copy, 'zh')).toBe('days: 取值必须是有限的数，实际为 +∞');
    const queued = failureError(failureReason('task', 'LeverError', (original as Error).message, codedCopy(original)), 'replication 0');
    expect([queued.name, queued.message, errorText(queued, 'zh')]).toEqual(['LeverError', 'days: the value must be a finite number, got Infinity', errorText(original, 'zh')]);
    expect(errorText(new TypeError('x is undefined'), 'zh')).toBe('x is undefined');
    expect(errorText({ code: 'gone.code', params: {}, message: 'from an older worker' }, 'zh')).toBe('from an older worker');
  });
});
