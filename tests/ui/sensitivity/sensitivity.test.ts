import { describe, expect, it } from 'vitest';
import { SensitivityState } from '../../../ui/sensitivity/sensitivity.svelte.ts';
import { RiskTargets } from '../../../ui/risk/targets.svelte.ts';
import { I18n } from '../../../ui/i18n/i18n.svelte.ts';
import { scenarioApi } from '../../../ui/workers/scenario.api.ts';
import type { ScenarioValidator } from '../../../ui/workers/scenario-client.ts';
import type { WebWorkersTransport } from '../../../ui/workers/web-workers.ts';
import { InThreadTransport } from '../../../sim/experiment/in-thread.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { tornado, tornadoScenarios } from '../../../sim/decide/sensitivity.ts';
import { runnerEvaluator } from '../../../sim/decide/evaluator.ts';

const tiny = ScenarioSchema.parse({ name: 'Tiny', days: 10, replications: 3, population: { size: 800 } });
const validator = { planTornado: async (s: typeof tiny, share: number) => scenarioApi.planTornado(s, share) } as unknown as ScenarioValidator;
const state = () => new SensitivityState(validator, new InThreadTransport() as unknown as WebWorkersTransport, new I18n());

describe('the workbench tornado', () => {
  it('runs every editor lever low and high through the runner and reads the same tornado as sim for any KPI', async () => {
    const sens = state();
    sens.pct = 30;
    sens.replications = 2;
    await sens.run(tiny, 'text');
    expect(sens.progress.status).toBe('done');
    expect(sens.runs).toHaveLength(1 + 2 * sens.ranges.length);
    expect(sens.scenarioText).toBe('text');
    const plan = scenarioApi.planTornado(tiny, 0.3);
    if (!plan.ok) throw new Error(plan.message);
    expect(tornadoScenarios(tiny, plan.ranges)).toHaveLength(sens.runs.length);
    const direct = await tornado(tiny, 'visits', plan.ranges, runnerEvaluator(), { seed: tiny.seed, replications: 2 });
    sens.kpi = 'visits';
    expect(sens.tornado).toEqual(direct);
  });

  it('refuses a ± % outside 0–100 and a replication count that is not whole, saying which field', async () => {
    const sens = state();
    sens.pct = 150;
    await sens.run(tiny, 'text');
    expect(sens.progress.status).toBe('failed');
    expect(sens.progress.error).toContain('± %');
    sens.pct = 20;
    sens.replications = 2.5;
    await sens.run(tiny, 'text');
    expect(sens.progress.error).toContain('Replications');
    expect(sens.tornado).toBeNull();
  });
});

describe('the shared risk targets', () => {
  it('replace their conditions only when every target reads, and keep where the bad one is', () => {
    const targets = new RiskTargets();
    expect(targets.set('roi>=4')).toBe(true);
    expect(targets.set('roi>=4; cac<=50')).toBe(false);
    expect(targets.conditions.map((c) => c.text)).toEqual(['roi>=4']);
    expect(targets.error).toMatchObject({ index: 2, column: 9 });
    expect(targets.set('')).toBe(true);
    expect([targets.conditions, targets.error]).toEqual([[], null]);
  });
});
