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
  simulationEvaluator,
  KPIS,
  type KpiName,
  renderMessage as renderCoded,
} from '../../sim/index.ts';
import { flagBoolean, flagList, flagNumber, flagString, parseArgs } from '../args.ts';
import { suggestion } from '../did-you-mean.ts';
import { formatKpi, formatPercent } from '../format.ts';
import { CLI_FLAG_RANGES, RUN_FLAG_RANGES, checkRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CliIO, type CommandMain } from '../io.ts';
import { toJson, writeOutput } from '../options.ts';
import { cliEvaluator, decisionTransport, decisionWorkers } from '../evaluator.ts';
import { queueFlagsHelp } from '../queue/flags.ts';
import { cliMessage, cliText, plural, type CliKey, type CliLang, type CliParam } from '../lang.ts';
import { loadScenarioFile } from '../scenario-file.ts';
import { renderTable } from '../table.ts';

/** The `--help` text in `lang` (the queue flags aligned with this command's wider column). */
export function calibrateHelp(lang: CliLang): string {
  const queueFlags = queueFlagsHelp(lang).map((line) => line.replace(/^ {2}(--\S+ \S+) +/, (_, flag: string) => `  ${flag.padEnd(19)}  `));
  return cliText(lang, 'calibrate.help', { queueFlags: queueFlags.join('\n'), machine: cliText(lang, 'help.machineReadable') });
}

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

function parseNumber(text: string, what: CliParam): number {
  const t = text.trim().replace(/_/g, '');
  const percent = t.endsWith('%');
  const value = Number(percent ? t.slice(0, -1) : t);
  if (t === '' || t === '%' || !Number.isFinite(value)) throw new UsageError(cliMessage('calibrate.notNumber', { what, text }));
  return percent ? Number((value / 100).toPrecision(12)) : value;
}

/** `kpi=value` items (repeated flags, commas allowed) → targets; unknown KPIs get a suggestion. */
export function parseTargets(items: readonly string[]): CalibrationTarget[] {
  return items.flatMap((item) => item.split(',')).filter((s) => s.trim() !== '').map((item) => {
    const eq = item.indexOf('=');
    if (eq < 0) throw new UsageError(cliMessage('calibrate.targetForm', { item }));
    const kpi = item.slice(0, eq).trim();
    if (!(KPIS as readonly string[]).includes(kpi)) {
      throw new UsageError(cliMessage('calibrate.unknownKpi', { item, kpi, hint: suggestion(kpi, KPIS), list: KPIS.join(', ') }));
    }
    return { kpi, value: parseNumber(item.slice(eq + 1), `--target ${kpi}`) };
  });
}

/** `path[:lo:hi]` items → parameters with optional bounds. */
export function parseFits(items: readonly string[]): CalibrationParameter[] {
  return items.flatMap((item) => item.split(',')).filter((s) => s.trim() !== '').map((item) => {
    const [path, lo, hi, ...extra] = item.split(':');
    if (extra.length > 0 || (lo !== undefined && hi === undefined)) {
      throw new UsageError(cliMessage('calibrate.fitForm', { item }));
    }
    return {
      path: path.trim(),
      lo: lo === undefined || lo === '' ? undefined : parseNumber(lo, cliMessage('calibrate.lowerBound', { path })),
      hi: hi === undefined || hi === '' ? undefined : parseNumber(hi, cliMessage('calibrate.upperBound', { path })),
    };
  });
}

const num = (x: number) => (Number.isFinite(x) ? String(Number(x.toPrecision(6))) : String(x));
const kpiText = (kpi: string, x: number, lang: CliLang) => ((KPIS as readonly string[]).includes(kpi) ? formatKpi(kpi as KpiName, x, lang) : num(x));

/** The report a person reads: parameters, targets, verdict and notes (the fit's own notes as sim/ words them). */
export function calibrationReport(file: string, result: CalibrationResult, lang: CliLang = 'en'): string {
  const t = (key: CliKey, params = {}) => cliText(lang, key, params);
  const params = renderTable(
    (['calibrate.parameter', 'calibrate.start', 'calibrate.fitted', 'calibrate.range', 'calibrate.onBound'] satisfies CliKey[]).map((key) => t(key)),
    result.parameters.map((p) => [p.path, num(p.initial), num(p.fitted), formatInterval(p.interval), p.atBound ? t(`calibrate.bound.${p.atBound}`) : '–']),
  );
  const targets = renderTable(
    (['calibrate.kpi', 'calibrate.target', 'calibrate.start', 'calibrate.achieved', 'calibrate.error', 'calibrate.status'] satisfies CliKey[]).map((key) => t(key)),
    result.targets.map((x) => [
      x.kpi,
      kpiText(x.kpi, x.target, lang),
      kpiText(x.kpi, x.initial, lang),
      kpiText(x.kpi, x.achieved, lang),
      `${x.relativeError >= 0 ? '+' : ''}${formatPercent(x.relativeError)}`,
      t(x.reached ? 'calibrate.reached' : 'calibrate.notReached'),
    ]),
  );
  const tol = formatPercent(result.tolerance);
  const count = result.targets.length;
  const verdict =
    result.status === 'reached'
      ? t('calibrate.allReached', { count, tol, evaluations: result.evaluations })
      : t('calibrate.someMissed', { missed: result.targets.filter((x) => !x.reached).length, count, tol, evaluations: result.evaluations });
  // sim/ words the reasons and notes; their codes render them in `lang`.
  const reasons = result.targets.filter((x) => !x.reached).map((x) => `  - ${x.kpi}: ${x.why ? renderCoded(x.why, lang) : x.reason}`);
  const notes = (result.notedWhy?.map((n) => renderCoded(n, lang)) ?? result.notes).slice(1).map((n) => `  - ${n}`);
  return [t('calibrate.title', { file }), '', params.trimEnd(), '', targets.trimEnd(), '', verdict, ...reasons, ...notes, ''].join('\n');
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
  const lang = io.lang ?? 'en';
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(calibrateHelp(lang));
    return EXIT.ok;
  }
  if (parsed.positional.length !== 1) {
    throw new UsageError(cliMessage('calibrate.takesOne', { count: parsed.positional.length, help: calibrateHelp }));
  }
  const file = parsed.positional[0];
  const targets = parseTargets(flagList(parsed, 'target'));
  const fits = parseFits(flagList(parsed, 'fit'));
  if (targets.length === 0) throw new UsageError(cliMessage('calibrate.needsTarget'));
  if (fits.length === 0) throw new UsageError(cliMessage('calibrate.needsFit'));
  const toleranceText = flagString(parsed, 'tolerance');
  const tolerance = toleranceText === undefined ? 0.05 : checkRange('--tolerance', parseNumber(toleranceText, '--tolerance'), CLI_FLAG_RANGES.tolerance, toleranceText);
  const maxEvaluations = flagNumber(parsed, 'max-evals') ?? 150;
  if (maxEvaluations < fits.length + 3) {
    throw new UsageError(cliMessage('calibrate.maxEvals', { min: fits.length + 3, count: fits.length, s: plural(fits.length) }));
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
    ? (n: number, worst: number) => io.stderr(cliText(lang, 'calibrate.progress', { n, max: maxEvaluations, worst: formatPercent(worst) }))
    : undefined;
  let result: CalibrationResult;
  try {
    result = await calibrate(scenario, { targets, parameters: fits, evaluate, tolerance, maxEvaluations, onProgress });
  } finally {
    if (onProgress) io.stderr('\n');
    await transport.close();
  }

  const date = new Date().toISOString().slice(0, 10);
  const provenance = `calibrated: ${commandLine(file, targets, fits, fitOptions(parsed))} (${date})`;
  io.stdout(calibrationReport(file, result, lang));
  const out = flagString(parsed, 'write');
  if (out !== undefined && result.status !== 'reached' && !flagBoolean(parsed, 'force')) {
    io.stdout(cliText(lang, 'calibrate.notWritten', { file: out }));
  } else if (out !== undefined) {
    const text = readFileSync(resolve(io.cwd, file), 'utf8');
    writeOutput(io, out, writeFitted(text, result, provenance));
    io.stdout(cliText(lang, 'calibrate.wrote', { file: out }));
  } else {
    io.stdout(`${cliText(lang, 'calibrate.patch', { file })}${yamlPatch(result, provenance)}`);
  }
  const json = flagString(parsed, 'json');
  if (json !== undefined) {
    writeOutput(io, json, toJson({ tool: 'shoplab', command: 'calibrate', file, provenance, ...result, targets: result.targets.map((x) => ({ ...x, why: undefined })), notedWhy: undefined, scenario: undefined }));
  }
  return EXIT.ok;
};
