// Decision tools benchmark: the allocator on 003's channel split (three paid channels sharing the
// 159,000 CNY marketing budget) against the best point of a 10 %-step grid on the same seeds, on
// two worker threads; and a tornado of ten parameters of the 003 baseline.
import { resolve } from 'node:path';
import type { CliIO } from '../../cli/io.ts';
import { cliTransport } from '../../cli/batch.ts';
import { cliEvaluator } from '../../cli/evaluator.ts';
import { loadScenarioFile } from '../../cli/scenario-file.ts';
import { optimise } from '../../sim/decide/optimise.ts';
import { defaultSensitivityRanges, tornado } from '../../sim/decide/sensitivity.ts';
import { withLeverValues } from '../../sim/decide/optimise.ts';
import { finiteValues, mean } from '../../sim/experiment/stats.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const io: CliIO = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: repo, defaultWorkers: 2 };
const PATHS = ['params.searchBudget', 'params.socialBudget', 'params.crmBudget'];
const TOTAL = 159_000;

/** Every split of TOTAL over three channels in steps of `step` (a share, e.g. 0.1). */
function grid(step: number): number[][] {
  const n = Math.round(1 / step);
  const out: number[][] = [];
  for (let i = 0; i <= n; i++) for (let j = 0; i + j <= n; j++) out.push([i, j, n - i - j].map((k) => (k * TOTAL) / n));
  return out;
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const scenario = loadScenarioFile('docs/decide/003-channel-split.yaml', io);
  const plan = { seed: scenario.seed, replications: quick ? 1 : 2 };
  // One warm pool of two worker threads for every batch, as the decision commands use.
  const transport = cliTransport(2, Number.MAX_SAFE_INTEGER);
  const evaluate = cliEvaluator(2, io, undefined, transport);
  try {
    print(`003 channel split, ${plan.replications} replications per candidate, seed ${plan.seed}, 2 workers`);

    let t = performance.now();
    const result = await optimise(
      { scenario, objective: 'profitCny', levers: [], budget: { paths: PATHS, total: TOTAL, min: [0, 0, 0], max: [TOTAL, TOTAL, TOTAL], current: [87_450, 55_650, 15_900], resolution: 1 }, constraints: [] },
      { evaluate, plan, maxEvaluations: quick ? 30 : 80 },
    );
    const optSeconds = (performance.now() - t) / 1000;
    const firstWithin = (goal: number) => result.trace.findIndex((v) => v >= goal) + 1;
    print(`optimiser: ${result.evaluations} candidates, ${result.iterations} polls, ${optSeconds.toFixed(1)} s (incl. the fresh-seed check), best profit ${result.best.objective.toFixed(0)} at ${PATHS.map((p) => result.best.values[p]).join(' / ')} (start ${result.start.objective.toFixed(0)})`);
    const c = result.check;
    print(`fresh-seed check (seed ${c.plan.seed}, ${c.plan.replications} pairs): best − start ${c.meanDelta.toFixed(0)} CNY (95 % CI ${c.ciLow.toFixed(0)} … ${c.ciHigh.toFixed(0)}), P(better) ${(c.pBetter * 100).toFixed(0)} %`);

    const points = grid(quick ? 0.2 : 0.1);
    t = performance.now();
    const runs = await evaluate(points.map((p) => withLeverValues(scenario, Object.fromEntries(PATHS.map((path, i) => [path, p[i]])))), plan);
    const gridSeconds = (performance.now() - t) / 1000;
    const means = runs.map((rs) => mean(finiteValues(rs.map((r) => r.kpis.profitCny))));
    const bestAt = means.indexOf(Math.max(...means));
    const gridBest = means[bestAt];
    print(`grid (${quick ? 20 : 10} % steps): ${points.length} points, ${gridSeconds.toFixed(1)} s, best profit ${gridBest.toFixed(0)} at ${points[bestAt].map((v) => v.toFixed(0)).join(' / ')}`);
    const goal = gridBest - 0.01 * Math.abs(gridBest);
    print(`optimiser vs grid best: ${(((result.best.objective - gridBest) / Math.abs(gridBest)) * 100).toFixed(2)} %; first within 1 % of the grid best after ${firstWithin(goal) || 'never'} candidates`);

    const ranges = defaultSensitivityRanges(loadScenarioFile('scenarios/003-double11/baseline.yaml', io)).slice(0, quick ? 4 : 10);
    t = performance.now();
    const tor = await tornado(loadScenarioFile('scenarios/003-double11/baseline.yaml', io), 'profitCny', ranges, evaluate, plan);
    print(`tornado of ${ranges.length} parameters (${1 + 2 * ranges.length} scenarios × ${plan.replications}): ${((performance.now() - t) / 1000).toFixed(1)} s; widest: ${tor.bars[0].path} (swing ${tor.bars[0].swing.toFixed(0)} CNY)`);
  } finally {
    await transport.close();
  }
}
