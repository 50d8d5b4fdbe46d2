// The programs some test suites need from the operating system (Chromium for the browser tests,
// redis-server for the queue tests): finds them, installs the missing ones from Debian where the
// machine has apt and root, and otherwise says exactly how to install them. `.ci/run` and
// `npm test` both use it; run it alone with `node scripts/system-deps.mjs [--check]`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each program: where it is looked for, its Debian package, and the suites that need it. */
export const SYSTEM_DEPS = [
  { name: 'chromium', paths: ['/usr/bin/chromium'], aptPackage: 'chromium', suites: 'the end-to-end browser tests (playwright test)' },
  { name: 'redis-server', paths: ['redis-server'], aptPackage: 'redis-server', suites: 'the distributed-queue tests (BullMQ on Redis)' },
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of a dependency's program (a bare name is looked up on PATH), or null. */
export function findSystemDep(name) {
  const dep = SYSTEM_DEPS.find((d) => d.name === name);
  if (!dep) throw new Error(`unknown system dependency ${name}`);
  for (const path of dep.paths) {
    if (path.includes('/')) {
      if (executable(path)) return path;
      continue;
    }
    for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && executable(join(dir, path))) return join(dir, path);
  }
  return null;
}

/** The command a person runs to install the given Debian packages. */
export function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = executable('/usr/bin/apt-get');

/** Root, or sudo that needs no password: the rights apt-get needs. */
function canInstall() {
  return hasApt && (isRoot || spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0);
}

function apt(args) {
  const [command, prefix] = isRoot ? ['apt-get', []] : ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get']];
  const r = spawnSync(command, [...prefix, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return r.status === 0;
}

/**
 * Finds every system dependency and, unless `check` is set, installs the missing ones with apt
 * when running as root (or with password-less sudo). Returns the names still missing afterwards; `log` gets one line each.
 */
export function ensureSystemDeps({ check = false, log = (line) => console.log(line) } = {}) {
  let missing = SYSTEM_DEPS.filter((d) => findSystemDep(d.name) === null);
  if (missing.length > 0 && !check && canInstall()) {
    log(`system-deps: installing ${missing.map((d) => d.aptPackage).join(', ')} from Debian (apt-get)…`);
    const ok = apt(['update', '-qq']) && apt(['install', '-y', '-qq', ...missing.map((d) => d.aptPackage)]);
    if (!ok) log('system-deps: apt-get failed (see its messages above)');
    missing = SYSTEM_DEPS.filter((d) => findSystemDep(d.name) === null);
  }
  for (const dep of SYSTEM_DEPS) {
    const path = findSystemDep(dep.name);
    log(path ? `system-deps: ${dep.name} found at ${path}` : `system-deps: ${dep.name} is MISSING`);
  }
  return missing.map((d) => d.name);
}

/** The loud notice printed at the top and the end of a test run that skips suites. */
export function skipNotice(missing) {
  if (missing.length === 0) return '';
  const deps = SYSTEM_DEPS.filter((d) => missing.includes(d.name));
  const bar = '!'.repeat(78);
  return [
    bar,
    `!! SKIPPED: ${deps.map((d) => d.suites).join('; ')}`,
    `!! because ${deps.map((d) => d.name).join(' and ')} ${deps.length === 1 ? 'is' : 'are'} not installed and could not be installed here`,
    `!! (installing needs root and apt). Install with:`,
    `!!   ${installCommand(deps.map((d) => d.aptPackage))}`,
    `!! then run npm test again. Every other suite ran.`,
    bar,
  ].join('\n');
}

// Run as a program (not imported by scripts/test.mjs): compare URLs, so a checkout whose path has
// spaces or other characters a URL escapes still installs what is missing.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const missing = ensureSystemDeps({ check: process.argv.includes('--check') });
  if (missing.length > 0) console.log(skipNotice(missing));
  process.exitCode = missing.length > 0 ? 3 : 0;
}
