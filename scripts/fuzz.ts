// `npm run fuzz [SCENARIOS] [CSVS] [CLI]`: the fuzzing suite at full size, printing cases per
// second per target and the counts of crashes, hangs and unlocated messages. Exit 1 if any.
import { cliFuzzDir } from '../tests/fuzz/fixture.ts';
import { fuzzCli, fuzzCsv, fuzzScenarios, type FuzzReport } from '../tests/fuzz/targets.ts';

const [scenarios = 100_000, csvs = 10_000, cli = 200] = process.argv.slice(2).map(Number);
const reports: FuzzReport[] = [];
const show = (r: FuzzReport) => {
  reports.push(r);
  console.log(
    `${r.target.padEnd(22)} ${String(r.cases).padStart(7)} cases  ${(r.cases / r.seconds).toFixed(1).padStart(8)} cases/s  accepted ${r.accepted}, rejected ${r.rejected}; crashes ${r.crashes}, hangs ${r.hangs}, unlocated ${r.unlocated}`,
  );
  for (const e of r.examples) console.log(`  ${e}`);
};
show(fuzzScenarios(scenarios, Number(process.env.FUZZ_SEED ?? 1)));
show(fuzzCsv(csvs, Number(process.env.FUZZ_SEED ?? 2)));
show(await fuzzCli(cli, cliFuzzDir()));
process.exitCode = reports.some((r) => r.crashes + r.hangs + r.unlocated > 0) ? 1 : 0;
