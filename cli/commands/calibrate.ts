// `shoplab calibrate FILE --target kpi=value … --fit path[:lo:hi] …`: fits scenario parameters so
// simulated KPI means hit targets, reports achieved vs target (and why a target was missed), and
// writes the fitted values into a copy of the file (comments kept) or prints them as a YAML patch.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import {
  calibrate,
  nestedPatch,
  type CalibrationParameter,
  type CalibrationResult,
  type CalibrationTarget,
  formatInterval,
  CalibrationInputError,
  simulationEvaluator,
  KPIS,
  type KpiName,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagNumber, flagString, parseArgs } from '../args.ts';
import { suggestion } from '../did-you-mean.ts';
import { formatKpi, formatPercent } from '../format.ts';
import { CLI_FLAG_RANGES, RUN_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { toJson, writeOutput } from '../options.ts';
import { cliEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { QUEUE_FLAGS_HELP } from '../queue/flags.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

const HELP = [
  'Usage: shoplab calibrate FILE --target KPI=VALUE … --fit PATH[:LO:HI] … [options]',
  '',
  'Fits the scenario fields named by --fit so that the simulated KPI means (over a fixed seed and',
  'set of replications: common random numbers) hit the --target values. The search is Nelder–Mead',
  'on a bounds-transformed space minimising the sum of squared relative errors.',
  '',
  'Options:',
  '  --target KPI=VALUE   a target, e.g. conversionRate=0.028, conversionRate=2.8%, aovCny=120',
  '                       (repeatable, or comma-separated)',
  '  --fit PATH[:LO:HI]   a scenario field to fit, e.g. funnel.addToCartRate or',
  '                       population.segments.base.visitsPerYear:1:20 (bounds default to the',
  '                       schema\'s range; repeatable, or comma-separated)',
  '  --tolerance T        relative error that counts as reached (default 0.05 = 5 %)',
  '  --reps R             replications per evaluation (default 5)',
  '  --seed N             seed of every evaluation (default: the scenario\'s seed)',
  '  --days D             horizon in days (default: the scenario\'s)',
  '  --max-evals N        most simulations of the scenario, each of R replications (default 150)',
  '  --workers N          worker threads for each evaluation\'s replications (default: one per core)',
  ...QUEUE_FLAGS_HELP.map((line) => line.replace(/^ {2}(--\S+ \S+) +/, (_, flag: string) => `  ${flag.padEnd(19)}  `)),
  '  --write OUT          write FILE with the fitted values to OUT (comments kept; OUT may be FILE);',
  '                       only when every target is reached, unless --force',
  '  --force              with --write: write the best values found even when targets are missed',
  '  --json OUT           write the result as JSON ("-" = stdout)',
  '',
  'Exit code: 0 when the fit ran — whether or not every target was reached (the report says',
  '"all targets reached" or "NOT REACHED" and why); 2 for bad input.',
  '',
  'Example: shoplab calibrate scenarios/002-ecommerce-ops/baseline.yaml \\',
  '           --target conversionRate=0.028 --target aovCny=120 \\',
  '           --fit funnel.addToCartRate --fit skus.premium.popularity:0.05:3 --reps 3',
  '',
].join('\n');

const FLAGS = {
  target: 'list',
  fit: 'list',
  tolerance: 'string',
  ...RUN_FLAG_RANGES,
  'max-evals': CLI_FLAG_RANGES.maxEvals,
  workers: CLI_FLAG_RANGES.workers,
  redis: 'string',
  queue: 'string',
  write: 'string',
  force: 'boolean',
  json: 'string',
  help: 'boolean',
  h: 'boolean',
} as const;

function parseNumber(text: string, what: string): number {
  const t = text.trim().replace(/_/g, '');
  const percent = t.endsWith('%');
  const value = Number(percent ? t.slice(0, -1) : t);
  if (t === '' || t === '%' || !Number.isFinite(value)) throw new UsageError(`${what}: "${text}" is not a number`);
  return percent ? Number((value / 100).toPrecision(12)) : value;
}

/** `kpi=value` items (repeated flags, commas allowed) → targets; unknown KPIs get a suggestion. */
export function parseTargets(items: readonly string[]): CalibrationTarget[] {
  return items.flatMap((item) => item.split(',')).filter((s) => s.trim() !== '').map((item) => {
    const eq = item.indexOf('=');
    if (eq < 0) throw new UsageError(`--target ${item}: write KPI=VALUE, e.g. conversionRate=0.028`);
    const kpi = item.slice(0, eq).trim();
    if (!(KPIS as readonly string[]).includes(kpi)) {
      throw new UsageError(`--target ${item}: unknown KPI "${kpi}"${suggestion(kpi, KPIS)}; KPIs: ${KPIS.join(', ')}`);
    }
    return { kpi, value: parseNumber(item.slice(eq + 1), `--target ${kpi}`) };
  });
}

/** `path[:lo:hi]` items → parameters with optional bounds. */
export function parseFits(items: readonly string[]): CalibrationParameter[] {
  return items.flatMap((item) => item.split(',')).filter((s) => s.trim() !== '').map((item) => {
    const [path, lo, hi, ...extra] = item.split(':');
    if (extra.length > 0 || (lo !== undefined && hi === undefined)) {
      throw new UsageError(`--fit ${item}: write PATH or PATH:LO:HI, e.g. funnel.addToCartRate:0.02:0.3`);
    }
    return {
      path: path.trim(),
      lo: lo === undefined || lo === '' ? undefined : parseNumber(lo, `--fit ${path} lower bound`),
      hi: hi === undefined || hi === '' ? undefined : parseNumber(hi, `--fit ${path} upper bound`),
    };
  });
}

const num = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));
const kpiText = (kpi: string, x: number) => ((KPIS as readonly string[]).includes(kpi) ? formatKpi(kpi as KpiName, x) : num(x));

/** The report a person reads: parameters, targets, verdict and notes. */
export function calibrationReport(file: string, result: CalibrationResult): string {
  const params = renderTable(
    ['Parameter', 'Start', 'Fitted', 'Range', 'On bound'],
    result.parameters.map((p) => [p.path, num(p.initial), num(p.fitted), formatInterval(p.interval), p.atBound ?? '–']),
  );
  const targets = renderTable(
    ['KPI', 'Target', 'Start', 'Achieved', 'Error', 'Status'],
    result.targets.map((t) => [
      t.kpi,
      kpiText(t.kpi, t.target),
      kpiText(t.kpi, t.initial),
      kpiText(t.kpi, t.achieved),
      `${t.relativeError >= 0 ? '+' : ''}${formatPercent(t.relativeError)}`,
      t.reached ? 'reached' : 'NOT REACHED',
    ]),
  );
  const tol = formatPercent(result.tolerance);
  const verdict =
    result.status === 'reached'
      ? `All ${result.targets.length} targets reached within ${tol} (${result.evaluations} evaluations).`
      : `NOT REACHED: ${result.targets.filter((t) => !t.reached).length} of ${result.targets.length} targets outside ${tol} after ${result.evaluations} evaluations.`;
  const reasons = result.targets.filter((t) => !t.reached).map((t) => `  - ${t.kpi}: ${t.reason}`);
  const notes = result.notes.slice(1).map((n) => `  - ${n}`);
  return [`Calibration of ${file}`, '', params.trimEnd(), '', targets.trimEnd(), '', verdict, ...reasons, ...notes, ''].join('\n');
}

/** The fitted values as a nested YAML fragment to merge into the scenario file. */
export function yamlPatch(result: CalibrationResult, provenance: string): string {
  return `# ${provenance}\n${stringify(nestedPatch(result.parameters.map((p) => [p.path, Number(p.fitted.toPrecision(6))])))}`;
}

/**
 * `text` (a scenario file) with each fitted value set and commented. Values already in the file
 * are edited in place, so the rest of the file stays byte for byte; a value inside a flow map
 * (`{ a: 1, b: 2 }`) gets no comment of its own. Paths the file lacks are added through the YAML
 * document, which re-renders the file (comments kept, layout normalised).
 */
export function writeFitted(text: string, result: CalibrationResult, provenance: string): string {
  const doc = parseDocument(text);
  const edits: { from: number; to: number; value: string; comment: boolean }[] = [];
  const missing: typeof result.parameters = [];
  for (const p of result.parameters) {
    const node = doc.getIn(p.path.split('.'), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range && typeof doc.getIn(p.path.split('.')) === 'number') {
      const lineEnd = text.indexOf('\n', node.range[1]);
      const rest = text.slice(node.range[1], lineEnd < 0 ? text.length : lineEnd).trim();
      edits.push({ from: node.range[0], to: node.range[1], value: String(Number(p.fitted.toPrecision(6))), comment: rest === '' || rest.startsWith('#') });
    } else missing.push(p);
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.from - a.from)) {
    let lineEnd = out.indexOf('\n', e.to);
    if (lineEnd < 0) lineEnd = out.length;
    const tail = e.comment ? ` # ${provenance}` : out.slice(e.to, lineEnd);
    out = out.slice(0, e.from) + e.value + tail + out.slice(lineEnd);
  }
  if (missing.length === 0) return out;
  const full = parseDocument(out);
  for (const p of missing) {
    const keys = p.path.split('.');
    full.setIn(keys, Number(p.fitted.toPrecision(6)));
    const node = full.getIn(keys, true) as { comment?: string | null } | undefined;
    if (node && typeof node === 'object') node.comment = ` ${provenance}`;
  }
  return full.toString({ lineWidth: 0 });
}

function commandLine(file: string, targets: CalibrationTarget[], fits: CalibrationParameter[], options: string[]): string {
  const t = targets.map((x) => `--target ${x.kpi}=${x.value}`).join(' ');
  const f = fits.map((x) => `--fit ${x.path}${x.lo !== undefined || x.hi !== undefined ? `:${x.lo ?? ''}:${x.hi ?? ''}` : ''}`).join(' ');
  return [`shoplab calibrate ${file}`, t, f, ...options].join(' ');
}

/** The flags that change what a fit finds, as given (so the provenance comment reproduces the run). */
function fitOptions(parsed: ReturnType<typeof parseArgs>): string[] {
  return ['reps', 'seed', 'days', 'tolerance', 'max-evals'].filter((k) => parsed.flags[k] !== undefined).map((k) => `--${k} ${parsed.flags[k]}`);
}

export const main: CommandMain = async (args: string[], io: CliIO) => {
  const parsed = parseArgs(args, FLAGS);
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) {
    throw new UsageError(`calibrate takes one scenario file, got ${parsed.positional.length}\n\n${HELP}`);
  }
  const file = parsed.positional[0];
  const targets = parseTargets(flagList(parsed, 'target'));
  const fits = parseFits(flagList(parsed, 'fit'));
  if (targets.length === 0) throw new UsageError('give at least one --target KPI=VALUE (e.g. --target conversionRate=0.028)');
  if (fits.length === 0) throw new UsageError('give at least one --fit PATH (e.g. --fit funnel.addToCartRate)');
  const toleranceText = flagString(parsed, 'tolerance');
  const tolerance = toleranceText === undefined ? 0.05 : checkRange('--tolerance', parseNumber(toleranceText, '--tolerance'), CLI_FLAG_RANGES.tolerance, toleranceText);
  const maxEvaluations = flagNumber(parsed, 'max-evals') ?? 150;
  if (maxEvaluations < fits.length + 3) {
    throw new UsageError(`--max-evals must be at least ${fits.length + 3} for ${fits.length} parameter${fits.length > 1 ? 's' : ''} (start, search, final check and diagnosis)`);
  }

  const scenario = loadScenarioFile(file, io);
  const transport = await decisionTransport(parsed, io);
  const replications = flagNumber(parsed, 'reps') ?? 5;
  const evaluate = simulationEvaluator({
    replications,
    seed: flagNumber(parsed, 'seed'),
    days: flagNumber(parsed, 'days'),
    evaluator: cliEvaluator(decisionWorkers(parsed, io), io, undefined, transport),
  });
  const onProgress = io.isTTY
    ? (n: number, worst: number) => io.stderr(`\revaluation ${n}/${maxEvaluations} · worst error ${formatPercent(worst)}   `)
    : undefined;
  let result: CalibrationResult;
  try {
    result = await calibrate(scenario, { targets, parameters: fits, evaluate, tolerance, maxEvaluations, onProgress });
  } catch (error) {
    if (error instanceof CalibrationInputError) throw new UsageError(error.message);
    throw error;
  } finally {
    if (onProgress) io.stderr('\n');
    await transport.close();
  }

  const date = new Date().toISOString().slice(0, 10);
  const provenance = `calibrated: ${commandLine(file, targets, fits, fitOptions(parsed))} (${date})`;
  io.stdout(calibrationReport(file, result));
  const out = flagString(parsed, 'write');
  if (out !== undefined && result.status !== 'reached' && !flagBoolean(parsed, 'force')) {
    io.stdout(`\nNot written to ${out}: targets were not reached (add --force to write the best values found).\n`);
  } else if (out !== undefined) {
    const text = readFileSync(resolve(io.cwd, file), 'utf8');
    writeOutput(io, out, writeFitted(text, result, provenance));
    io.stdout(`Wrote the fitted values to ${out}.\n`);
  } else {
    io.stdout(`\nYAML patch (merge into ${file}, or rerun with --write OUT):\n${yamlPatch(result, provenance)}`);
  }
  const json = flagString(parsed, 'json');
  if (json !== undefined) {
    writeOutput(io, json, toJson({ tool: 'shoplab', command: 'calibrate', file, provenance, ...result, scenario: undefined }));
  }
  return EXIT.ok;
};
