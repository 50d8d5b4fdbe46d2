import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../../ui/risk/targets.ts';
import { probabilityText, riskRows } from '../../../ui/risk/risk-view.ts';
import { assessRisk } from '../../../sim/experiment/risk.ts';
import { parseCondition } from '../../../sim/experiment/kpi-condition.ts';
import { fakeRun } from '../fixtures.ts';

const percent = (f: number, digits = 1) => `${(f * 100).toFixed(digits)}%`;

describe('risk targets typed in the workbench', () => {
  it('reads targets separated by commas or semicolons, percentages as fractions', () => {
    const parsed = parseTargets(' roi>=4, cacCny <= 50; onTimeRate>=98% ,');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.conditions.map((c) => [c.kpi, c.op, c.value])).toEqual([['roi', '>=', 4], ['cacCny', '<=', 50], ['onTimeRate', '>=', 0.98]]);
  });

  it('reads an empty line as no targets', () => {
    expect(parseTargets('  ')).toEqual({ ok: true, conditions: [] });
  });

  it('names the bad target by its number and column and says what was expected', () => {
    const parsed = parseTargets('roi>=4,  rio>=3');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.index).toBe(2);
      expect(parsed.column).toBe(10);
      expect(parsed.message).toContain('unknown KPI "rio"');
      expect(parsed.message).toContain('roi');
    }
    const equal = parseTargets('roi=4');
    expect(!equal.ok && equal.message).toContain('use >= or <=');
  });
});

describe('risk rows and probabilities as text', () => {
  it('writes a probability with its Wilson interval, alone for one replication, and a dash when undefined', () => {
    expect(probabilityText({ p: 0.25, low: 0.1, high: 0.5, n: 8 }, percent)).toBe('25% (10%–50%)');
    expect(probabilityText({ p: 1, low: 0.2, high: 1, n: 1 }, percent)).toBe('100%');
    expect(probabilityText({ p: NaN, low: NaN, high: NaN, n: 0 }, percent)).toBe('—');
  });

  it('lists loss, cash, CVaR and then each target, one value per scenario', () => {
    const runs = [0, 1, 2, 3].map((r) => fakeRun(r, 3));
    runs[0].kpis.profitCny = -500;
    const target = parseCondition('roi>=2500');
    const rows = riskRows([assessRisk(runs, [target]), assessRisk(runs.slice(1), [target])]);
    expect(rows.map((r) => r.kind)).toEqual(['loss', 'cash', 'cvar', 'target']);
    expect(rows[0].values.map((p) => (typeof p === 'number' ? p : p.p))).toEqual([0.25, 0]);
    expect(rows[2].values).toEqual([-500, 2000]);
    const met = rows[3];
    expect(met.kind === 'target' && met.target).toBe('roi>=2500');
    expect(met.values.map((p) => (typeof p === 'number' ? p : p.p))).toEqual([0.5, 2 / 3]);
  });
});
