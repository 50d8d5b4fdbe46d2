// The `shoplab` dispatcher: finds the command, loads its module lazily, and turns every
// failure into a clear message and an exit code (0 ok, 2 bad input, 1 internal error).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { VERSION } from '../sim/light.ts';
import { suggestion } from './did-you-mean.ts';
import { EXIT, type CliIO, type CommandMain } from './io.ts';
import { cliText, pickCliLang, type CliLang } from './lang.ts';

/** Every command and its one-line summary, in the order `shoplab help` lists them. */
export const COMMANDS: Readonly<Record<string, string>> = {
  run: 'simulate a scenario (Monte Carlo replications) and print its KPIs',
  compare: 'run scenarios with the same seed and compare them with the first (paired deltas, P(better))',
  sweep: 'run a grid of lever values and write a tidy CSV of the KPIs',
  validate: 'check a scenario file and list every problem with file:line:col',
  forecast: 'forecast and backtest sales series from a long-format CSV',
  policy: 'inventory policy maths: safety stock, reorder point, newsvendor',
  'gen-sales': 'generate a sales history CSV from a simulated scenario',
  calibrate: 'fit scenario parameters to target KPIs',
  worker: 'serve simulation tasks from a Redis queue (scale-out: run|compare|sweep --redis URL)',
  sensitivity: 'tornado of a KPI against each setting at low and high values (common random numbers)',
  explain: 'why GMV and profit differ between two scenarios: effects that add up exactly (Shapley)',
  optimise: 'find the best lever values or budget split for a KPI, under constraints (alias: optimize)',
  classroom: 'run a live classroom of the Beer Game: learners join from their browsers on the local network',
  help: 'show help for ShopLab or for one command',
};

/** Other spellings of commands. */
export const ALIASES: Readonly<Record<string, string>> = { optimize: 'optimise' };

/** The usage text of `shoplab` itself, in English or Chinese. */
export function usage(lang: CliLang = 'en'): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(width)}  ${cliText(lang, `cmd.${name}`, {}, text)}`);
  return [
    `ShopLab ${VERSION} — ${cliText(lang, 'tagline')}`,
    '',
    cliText(lang, 'usage'),
    '',
    cliText(lang, 'commands'),
    ...lines,
    '',
    cliText(lang, 'more'),
    '',
  ].join('\n');
}

/** Where the command modules live (`<name>.ts` each, or `<name>.js` once compiled to dist/). */
const COMMANDS_DIR = new URL('./commands/', import.meta.url);
/** `.ts` when running from the sources, `.js` when running the compiled CLI. */
const MODULE_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

async function loadCommand(name: string, dir: URL): Promise<CommandMain | undefined> {
  const url = new URL(`${name}${MODULE_EXTENSION}`, dir);
  if (!existsSync(url)) return undefined;
  const module = (await import(url.href)) as { main?: CommandMain };
  return module.main;
}

/**
 * Runs `shoplab` with `argv` (the words after the program name) and returns the exit code.
 * `commandsDir` is where command modules are looked up (tests point it elsewhere).
 */
export async function main(argv: readonly string[], io: CliIO, commandsDir: URL = COMMANDS_DIR): Promise<number> {
  const picked = pickCliLang(argv, io.env ?? {});
  const lang = picked.lang;
  if (picked.problem) {
    io.stderr(`shoplab: ${picked.problem}\n`);
    return EXIT.badInput;
  }
  io.lang = lang;
  const [first, ...rest] = picked.args;
  if (first === undefined || first === '--help' || first === '-h') {
    io.stdout(usage(lang));
    return first === undefined ? EXIT.badInput : EXIT.ok;
  }
  if (first === '--version' || first === '-v' || first === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  let name = ALIASES[first] ?? first;
  let args = rest;
  if (first === 'help') {
    if (rest.length === 0) {
      io.stdout(usage(lang));
      return EXIT.ok;
    }
    name = ALIASES[rest[0]] ?? rest[0];
    args = ['--help'];
  }
  if (!Object.hasOwn(COMMANDS, name) || name === 'help') {
    const hint = name.startsWith('-') ? suggestion(name.replace(/^-+/, ''), ['help', 'version'], '--') : suggestion(name, Object.keys(COMMANDS));
    io.stderr(cliText(lang, name.startsWith('-') ? 'unknownOption' : 'unknownCommand', { name, hint }));
    return EXIT.badInput;
  }
  try {
    const command = await loadCommand(name, commandsDir);
    if (command === undefined) {
      io.stderr(cliText(lang, 'unavailable', { name }));
      return EXIT.internal;
    }
    return await command(args, io);
  } catch (error) {
    // Loaded on failure only: it pulls in the scenario schema, which `--version` should not pay for.
    const { describeError } = await import('./errors.ts');
    const { message, code } = describeError(error, lang);
    io.stderr(message.endsWith('\n') ? message : `${message}\n`);
    return code;
  }
}

/** The real process: wires stdout/stderr, Ctrl-C and the exit code. */
export async function runFromProcess(): Promise<void> {
  // `shoplab run … | head` closes the pipe early: stop quietly instead of throwing EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
  const io: CliIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    defaultWorkers: availableParallelism(),
    env: process.env,
    interrupt: interruptSignal(),
  };
  process.exitCode = await main(process.argv.slice(2), io);
}


/** An AbortSignal that fires on the first Ctrl-C; a second Ctrl-C exits at once. */
function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.on('SIGINT', () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(cliText(pickCliLang(process.argv.slice(2), process.env).lang, 'interrupted'));
    controller.abort();
  });
  return controller.signal;
}
