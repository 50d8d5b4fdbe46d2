// ShopLab as an installable package: `npm pack`, install the tarball into an empty folder (from the
// npm cache), then use it as a stranger would: `npx shoplab`, the `shoplab/sim` and
// `shoplab/models` entry points (loadScenario, simulate, runExperiment, forecasters) from JavaScript, and their types from a type-checked TypeScript file.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../sim/scenario/index.ts';
import { simulate } from '../sim/engine/simulate.ts';
import { VERSION } from '../sim/version.ts';

const root = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'shoplab-pack-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }), 180_000);

const SCENARIO = 'name: Packed shop\nseed: 5\ndays: 20\npopulation:\n  size: 800\n';

const USE_MJS = `import { readFileSync } from 'node:fs';
import { loadScenario, simulate, runExperiment, KPI_CATALOGUE } from 'shoplab/sim';
import { seasonalNaive, mase } from 'shoplab/models';
const loaded = loadScenario('shop.yaml', (p) => readFileSync(p, 'utf8'));
if (!loaded.ok) throw new Error('scenario did not load');
const result = simulate(loaded.scenario, { replication: 1 });
const [orders] = await runExperiment([{ scenario: loaded.scenario, seed: 5, replications: 2 }], { map: (r) => r.kpis.orders });
const history = Float64Array.from({ length: 28 }, (_, t) => 10 + (t % 7));
const forecast = seasonalNaive.forecast({ y: history, seasonLength: 7 }, 7);
console.log(JSON.stringify({ orders: result.kpis.orders, experimentOrders: orders, gmvCny: result.kpis.gmvCny, label: KPI_CATALOGUE.gmvCny.label, mean: Array.from(forecast.mean), mase: mase(history.subarray(21), history.subarray(14, 21), history.subarray(0, 21), 7) }));
`;

const CHECK_TS = `import { loadScenario, runExperiment, simulate, type RunResult, type Scenario } from 'shoplab/sim';
import { seasonalNaive, type Forecaster } from 'shoplab/models';
const loaded = loadScenario('shop.yaml', () => '');
const scenario: Scenario | undefined = loaded.ok ? loaded.scenario : undefined;
const result: RunResult | undefined = scenario ? simulate(scenario, { days: 5 }) : undefined;
const orders: number | undefined = result?.kpis.orders;
const experiment: Promise<number[][]> | undefined = scenario ? runExperiment([{ scenario, seed: 1, replications: 2 }], { map: (r) => r.kpis.gmvCny }) : undefined;
const model: Forecaster = seasonalNaive;
export { orders, model, experiment };
`;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
}

describe('the packed package', () => {
  it('installs from its tarball into an empty folder and offers the CLI, shoplab/sim and shoplab/models with types', () => {
    run(process.execPath, [join(root, 'scripts', 'build-lib.mjs')], root);
    const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], root)) as { filename: string; files: { path: string }[] }[];
    const shipped = packed.files.map((f) => f.path);
    expect(shipped).toContain('lib/cli/main.js');
    expect(shipped).toContain('lib/sim/index.d.ts');
    expect(shipped).toContain('lib/workbook/index.js');
    expect(shipped.filter((p) => /^(ui|tests|sim|models|cli|workbook)\//.test(p))).toEqual([]);

    const app = join(temp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    writeFileSync(join(app, 'shop.yaml'), SCENARIO);
    // From the npm cache that installing ShopLab filled (the registry only for package metadata it
    // lacks); the optional native TensorFlow is left out, as its install step needs the internet.
    run('npm', ['install', join(temp, packed.filename), '--prefer-offline', '--omit=optional', '--no-audit', '--no-fund'], app);

    expect(run('npx', ['--offline', 'shoplab', '--version'], app)).toBe(`${VERSION}\n`);
    const bad = spawnSync('npx', ['--offline', 'shoplab', 'run', 'missing.yaml'], { cwd: app, encoding: 'utf8' });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/missing\.yaml/)]);

    writeFileSync(join(app, 'use.mjs'), USE_MJS);
    const used = JSON.parse(run(process.execPath, ['use.mjs'], app));
    const here = loadScenario(join(app, 'shop.yaml'), (p) => readFileSync(p, 'utf8'));
    if (!here.ok) throw new Error('scenario did not load here');
    const expected = simulate(here.scenario, { replication: 1 }).kpis;
    expect(used).toMatchObject({ orders: expected.orders, experimentOrders: [simulate(here.scenario, { replication: 0 }).kpis.orders, expected.orders], gmvCny: expected.gmvCny, label: 'GMV', mean: [10, 11, 12, 13, 14, 15, 16] });
    // seasonal naive is exact on a series that repeats weekly
    expect(used.mase).toBeCloseTo(0, 12);

    writeFileSync(join(app, 'check.ts'), CHECK_TS);
    writeFileSync(join(app, 'wrong.ts'), "import { simulate } from 'shoplab/sim';\nexport const x: string = simulate;\n");
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const options = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: true, types: [] };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['check.ts'] }));
    const checked = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: app, encoding: 'utf8' });
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['wrong.ts'] }));
    const wrong = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: app, encoding: 'utf8' });
    expect(wrong.stdout).toMatch(/wrong\.ts\(2,14\): error TS2322/);
  }, 420_000);
});
