import { describe, expect, it } from 'vitest';
import { KPIS } from '../../../sim/result.ts';
import { InThreadTransport } from '../../../sim/experiment/in-thread.ts';
import { buildLevers } from '../../../sim/scenario/levers.ts';
import { defaultForm, leverRow, minimiseByDefault, todaysTotal, type OptimiseForm } from '../../../ui/optimise/form.ts';
import { answerYaml, readForm, runOptimisation, type OptimisePhase, type Translate } from '../../../ui/optimise/session.ts';
import { translate } from '../../../ui/i18n/translate.ts';
import { hillShop } from '../../sim/decide/hill-shop.fixture.ts';

const shop = hillShop({ a: 1000, b: 500, c: 300 }, { replications: 9, days: 6 });
const levers = buildLevers(shop);
const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);

function form(change: (f: OptimiseForm) => void = () => {}): OptimiseForm {
  const f = defaultForm(levers, shop.replications, shop.days);
  change(f);
  return f;
}

describe('the optimise form', () => {
  it('starts as the CLI does: profit maximised, every paid channel split at today\'s total, at most 5 replications', () => {
    const f = form();
    expect([f.objective, f.minimise, f.mode, f.replications, f.days, f.maxEvaluations]).toEqual(['profitCny', false, 'budget', 5, 6, 120]);
    expect(f.channels.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(todaysTotal(f, levers)).toBe(1800);
    const r = readForm(shop, f, en);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.run.problem.budget).toMatchObject({ total: 1800, min: [0, 0, 0], max: [1800, 1800, 1800], current: [1000, 500, 300] });
    expect(r.run.plan).toEqual({ seed: 5, replications: 5, days: 6 });
  });

  it('minimises by default exactly the KPIs the catalogue calls lower-is-better', () => {
    expect((['profitCny', 'cacCny', 'stockoutRate', 'marketingCny'] as const).map(minimiseByDefault)).toEqual([false, true, true, false]);
  });

  it('reads bounds in CNY/day or × today, an empty side meaning 0 or the total', () => {
    const r = readForm(shop, form((f) => {
      f.total = 2000;
      Object.assign(f.channels[0], { min: 0.5, max: 1.5, unit: 'times' });
      Object.assign(f.channels[1], { max: 800 });
      f.channels[2].selected = false;
    }), en);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.run.problem.budget).toMatchObject({ paths: ['channels.a.budgetPerDayCny', 'channels.b.budgetPerDayCny'], total: 2000, min: [500, 0], max: [1500, 800] });
  });

  it('puts a message beside every wrong field instead of throwing', () => {
    const r = readForm(shop, form((f) => {
      Object.assign(f.channels[1], { min: 900, max: 100 });
      f.constraints = ['roas>=4', 'roass<=50', ''];
      f.replications = 0;
      f.days = undefined;
      f.maxEvaluations = 2.5;
    }), en);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['channel:b', 'constraint:1', 'days', 'maxEvaluations', 'replications']);
    expect(r.errors['channel:b']).toMatch(/^Not a valid range: Range channels\.b\.budgetPerDayCny=900:100: LO \(900\) must be below HI \(100\)/);
    expect(r.errors['constraint:1']).toMatch(/^Not a valid constraint: .*unknown KPI "roass"; did you mean "roas"\?/);
    expect(r.errors.days).toBe('Enter a number.');
    expect(r.errors.replications).toMatch(/^Enter a whole number from 1 to \d+\.$/);
  });

  it('names an unreachable total and too few channels, in the user\'s language', () => {
    const total = readForm(shop, form((f) => {
      f.total = 100;
      Object.assign(f.channels[0], { min: 200, max: 300 });
    }), zh, 'zh');
    expect(total.ok ? {} : total.errors).toEqual({ total: '总预算无效：总预算（元/天） 100 低于各渠道下限之和（200）' });
    const constraint = readForm(shop, form((f) => (f.constraints = ['roass<=50'])), zh, 'zh');
    expect(constraint.ok ? {} : constraint.errors).toEqual({ 'constraint:0': '约束无效：约束 roass<=50: 未知的 KPI "roass"；你是不是想写 "roas"？（KPI：' + KPIS.join(', ') + '）' });
    const one = readForm(shop, form((f) => f.channels.forEach((c, i) => (c.selected = i === 0))), en);
    expect(one.ok ? {} : one.errors).toEqual({ channels: 'Pick two or more channels to split.' });
  });

  it('checks free levers against the setting\'s limits and refuses an empty list', () => {
    const none = readForm(shop, form((f) => (f.mode = 'levers')), en);
    expect(none.ok ? {} : none.errors).toEqual({ levers: 'Add at least one lever.' });
    const price = levers.find((l) => l.id === 'fulfilment.promiseHours')!;
    const bad = readForm(shop, form((f) => {
      f.mode = 'levers';
      f.levers = [{ ...leverRow(price), low: -5, high: 10 }, leverRow(price)];
    }), en);
    expect(bad.ok ? [] : Object.keys(bad.errors)).toEqual(['lever:0', 'lever:1']);
    if (!bad.ok) expect(bad.errors['lever:1']).toBe('This lever is already in the list.');
  });
});

describe('an optimisation from the workbench', () => {
  it('runs through the experiment runner, keeps the total exact and draws a curve per channel around the answer', async () => {
    const r = readForm(shop, form((f) => {
      f.objective = 'visits';
      f.replications = 1;
      f.maxEvaluations = 7;
      f.curvePoints = 3;
    }), en);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const phases: OptimisePhase[] = [];
    const searched: number[] = [];
    const outcome = await runOptimisation(r.run, new InThreadTransport(), new AbortController().signal, { onPhase: (p) => phases.push(p), onSearch: (n) => searched.push(n) });
    const best = Object.values(outcome.result.best.values);
    expect(best.reduce((a, b) => a + b, 0)).toBe(1800);
    expect(outcome.result.evaluations).toBeLessThanOrEqual(7);
    expect(outcome.result.best.objective).toBeGreaterThanOrEqual(outcome.result.start.objective);
    expect(phases).toEqual(['search', 'check', 'curves']);
    expect(outcome.today).toEqual({ 'channels.a.budgetPerDayCny': 1000, 'channels.b.budgetPerDayCny': 500, 'channels.c.budgetPerDayCny': 300 });
    expect(searched.at(-1)).toBe(outcome.result.evaluations);
    expect(outcome.curves.map((c) => [c.path, c.points.length, c.current, c.chosen])).toEqual(
      ['a', 'b', 'c'].map((k, i) => [`channels.${k}.budgetPerDayCny`, 3, [1000, 500, 300][i], outcome.result.best.values[`channels.${k}.budgetPerDayCny`]]),
    );
    const yaml = answerYaml('./hill.yaml', outcome);
    expect(yaml).toMatch(/^extends: \.\/hill\.yaml$/m);
    expect(yaml).toContain(`budgetPerDayCny: ${outcome.result.best.values['channels.a.budgetPerDayCny']}`);
  }, 60_000);

  it('moves a free lever to the end of its range when more is better (spend), with one curve over that range', async () => {
    const budgetA = levers.find((l) => l.id === 'channels.a.budgetPerDayCny')!;
    const r = readForm(shop, form((f) => {
      Object.assign(f, { mode: 'levers', objective: 'marketingCny', replications: 1, maxEvaluations: 8, curvePoints: 2 });
      f.levers = [{ ...leverRow(budgetA), low: 0, high: 2000 }];
    }), en);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.run.problem.budget).toBeUndefined();
    const { result, curves } = await runOptimisation(r.run, new InThreadTransport(), new AbortController().signal);
    expect(result.best.values).toEqual({ 'channels.a.budgetPerDayCny': 2000 });
    expect(curves.map((c) => [c.points.map((p) => p.value), c.current, c.chosen])).toEqual([[[0, 2000], 1000, 2000]]);
    expect(curves[0].points[1].mean - curves[0].points[0].mean).toBeCloseTo(2000 * 6, 6);
    expect(curves[0].points[1].marginal).toBeCloseTo(6, 9);
  }, 60_000);

  it('stops with an AbortError when cancelled', async () => {
    const r = readForm(shop, form((f) => (f.replications = 1)), en);
    if (!r.ok) throw new Error('form');
    const controller = new AbortController();
    controller.abort();
    await expect(runOptimisation(r.run, new InThreadTransport(), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });
});
