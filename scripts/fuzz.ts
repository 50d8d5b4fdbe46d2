// `npm run fuzz [SCENARIOS] [CSVS] [CLI]`: the fuzzing suite at full size, printing cases per
// second per target and the counts of crashes, hangs and unlocated messages. Exit 1 if any.
// The cases are split over FUZZ_PROCESSES processes (default: 2, or 1 on a one-core machine),
// each with its own seeds, and their counts merged; FUZZ_SEED moves every seed.
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fuzzCli } from '../tests/fuzz/cli-target.ts';
import { cliFuzzDir } from '../tests/fuzz/fixture.ts';
import { mergeReports, type FuzzReport } from '../tests/fuzz/report.ts';
import { fuzzCsv, fuzzScenarios } from '../tests/fuzz/targets.ts';

/** Seeds of part k are the target's seed plus k × SEED_STRIDE, so no two parts draw the same cases. */
const SEED_STRIDE = 1000;

/** Cases of part `k` of `parts` when `total` are shared out as evenly as possible. */
const share = (total: number, k: number, parts: number) => Math.floor((total * (k + 1)) / parts) - Math.floor((total * k) / parts);

/** Runs part `k` of every target in this process. */
async function runPart(counts: readonly number[], k: number, parts: number): Promise<FuzzReport[]> {
  const base = Number(process.env.FUZZ_SEED ?? 0);
  const seed = (target: number) => base + target + k * SEED_STRIDE;
  return [
    fuzzScenarios(share(counts[0], k, parts), seed(1)),
    fuzzCsv(share(counts[1], k, parts), seed(2)),
    await fuzzCli(share(counts[2], k, parts), cliFuzzDir(), seed(3)),
  ];
}

/** Starts part `k` in a child process (same Node options, so tsx loads it) and resolves with its reports. */
function runChild(counts: readonly number[], k: number, parts: number): Promise<FuzzReport[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--part', String(k), String(parts), ...counts.map(String)], { execArgv: process.execArgv });
    let reports: FuzzReport[] | undefined;
    child.on('message', (message: FuzzReport[]) => (reports = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => (reports ? resolve(reports) : reject(new Error(`fuzz part ${k} ended without a report (exit ${code ?? signal})`))));
  });
}

function show(r: FuzzReport): void {
  console.log(
    `${r.target.padEnd(22)} ${String(r.cases).padStart(7)} cases  ${(r.cases / r.seconds).toFixed(1).padStart(8)} cases/s  accepted ${r.accepted}, rejected ${r.rejected}; crashes ${r.crashes}, hangs ${r.hangs}, unlocated ${r.unlocated}`,
  );
  for (const e of r.examples) console.log(`  ${e}`);
}

const args = process.argv.slice(2);
if (args[0] === '--part') {
  const [k, parts, ...counts] = args.slice(1).map(Number);
  process.send!(await runPart(counts, k, parts));
} else {
  const [scenarios = 100_000, csvs = 10_000, cli = 200] = args.map(Number);
  const counts = [scenarios, csvs, cli];
  const parts = Math.max(1, Number(process.env.FUZZ_PROCESSES ?? Math.min(2, availableParallelism())));
  const started = performance.now();
  const results = parts === 1 ? [await runPart(counts, 0, 1)] : await Promise.all(Array.from({ length: parts }, (_, k) => runChild(counts, k, parts)));
  const merged = results[0].map((_, t) => mergeReports(results.map((r) => r[t])));
  console.log(`${parts} process${parts === 1 ? '' : 'es'}, ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
  merged.forEach(show);
  process.exitCode = merged.some((r) => r.crashes + r.hangs + r.unlocated > 0) ? 1 : 0;
}
