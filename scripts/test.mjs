// `npm test`: installs or names the system programs some suites need (scripts/system-deps.mjs),
// compiles lib/, typechecks, runs vitest, then Playwright. A suite whose program is missing is
// skipped, and the skip is announced at the top and at the end of the output.
import { spawnSync } from 'node:child_process';
import { ensureSystemDeps, skipNotice } from './system-deps.mjs';

const missing = ensureSystemDeps();
const notice = skipNotice(missing);
if (notice) console.log(`\n${notice}\n`);

const steps = [
  ['npm', ['run', 'build:lib']],
  ['npm', ['run', 'typecheck']],
  ['npx', ['vitest', 'run', ...process.argv.slice(2)]],
  ...(missing.includes('chromium') ? [] : [['npx', ['playwright', 'test']]]),
];
let status = 0;
for (const [command, args] of steps) {
  const r = spawnSync(command, args, { stdio: 'inherit' });
  status = r.status ?? 1;
  if (status !== 0) {
    console.error(`\nnpm test: \`${command} ${args.join(' ')}\` failed (exit ${status})`);
    break;
  }
}
if (notice) console.log(`\n${notice}\n`);
process.exit(status);
