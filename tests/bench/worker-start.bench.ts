// Start-up of a fresh simulation web worker, as the workbench builds it: the CPU to evaluate the
// worker's bundle, then the CPU of its first task (a 1-day replication of the default scenario,
// which creates the whole market) — with the formulas evaluated beforehand by the validation
// worker (what the workbench does) and without (the worker builds the formula evaluator).
// Each measurement is a fresh Node process running the Vite-built bundle with a stub `self`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';
import { formulaMemo } from '../../sim/scenario/formulaMemo.ts';
import { quantileSorted } from '../../sim/math/quantile.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs in the fresh process: loads the worker bundle, sends it one task over comlink's wire format, prints CPU ms. */
const PROBE = `
import { readFileSync } from 'node:fs';
const [workerFile, scenarioFile, memoFile, days] = process.argv.slice(2);
const listeners = [];
globalThis.self = globalThis;
globalThis.addEventListener = (type, listener) => listeners.push(listener);
let answer;
const answered = new Promise((resolve) => (answer = resolve));
globalThis.postMessage = (message) => answer(message);
const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8'));
let formulas;
if (memoFile !== '-') {
  formulas = JSON.parse(readFileSync(memoFile, 'utf8'));
  for (const key of Object.keys(formulas.values)) formulas.values[key] = Float64Array.from(formulas.values[key]);
}
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const start = cpuMs();
await import(workerFile);
const loaded = cpuMs();
const task = { kind: 'replication', index: 0, scenario, seed: 1, replication: 0, days: Number(days), formulas };
for (const listener of listeners) listener({ data: { id: 'probe', type: 'APPLY', path: ['run'], argumentList: [{ type: 'RAW', value: task }, { type: 'RAW', value: false }, { type: 'RAW', value: undefined }] } });
const message = await answered;
const done = cpuMs();
if (message?.value?.kpis === undefined) throw new Error('the worker answered without a result: ' + JSON.stringify(message).slice(0, 300));
console.log(JSON.stringify({ bundleMs: loaded - start, firstTaskMs: done - loaded }));
`;

const median = (xs: number[]) => quantileSorted([...xs].sort((a, b) => a - b), 0.5);

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-worker-start-'));
  try {
    const { build } = await import('vite');
    await build({ configFile: join(repoRoot, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
    const assets = join(dir, 'dist', 'assets');
    const workerFile = readdirSync(assets).find((f) => /^sim\.worker-.*\.js$/.test(f));
    if (!workerFile) throw new Error('the build has no sim.worker bundle');
    const scenario = ScenarioSchema.parse({});
    const memo = formulaMemo(scenario, 1);
    const plainMemo = { ...memo, values: Object.fromEntries(Object.entries(memo.values).map(([k, v]) => [k, [...v]])) };
    writeFileSync(join(dir, 'probe.mjs'), PROBE);
    writeFileSync(join(dir, 'scenario.json'), JSON.stringify(scenario));
    writeFileSync(join(dir, 'memo.json'), JSON.stringify(plainMemo));
    const probe = (withMemo: boolean) =>
      JSON.parse(
        execFileSync(process.execPath, [join(dir, 'probe.mjs'), join(assets, workerFile), join(dir, 'scenario.json'), withMemo ? join(dir, 'memo.json') : '-', '1'], { encoding: 'utf8' }),
      ) as { bundleMs: number; firstTaskMs: number };
    const rounds = quick ? 3 : 7;
    const runs: Record<'with' | 'without', { bundleMs: number; firstTaskMs: number }[]> = { with: [], without: [] };
    for (let i = 0; i < rounds; i++) {
      runs.with.push(probe(true));
      runs.without.push(probe(false));
    }
    print(`sim worker bundle ${workerFile}: default scenario, fresh process each, median of ${rounds}`);
    for (const [label, key] of [
      ['formulas evaluated by the validation worker (the workbench)', 'with'],
      ['formulas not in a memo (the worker loads the schema and the evaluator on need)', 'without'],
    ] as const) {
      const bundle = median(runs[key].map((r) => r.bundleMs));
      const first = median(runs[key].map((r) => r.firstTaskMs));
      const total = median(runs[key].map((r) => r.bundleMs + r.firstTaskMs));
      print(`${label}: bundle ${bundle.toFixed(0)} CPU-ms + first 1-day replication ${first.toFixed(0)} CPU-ms = ${total.toFixed(0)} CPU-ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
