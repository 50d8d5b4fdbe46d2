// `shoplab policy eoq|newsvendor|safety-stock|base-stock|ss|rq|epq|eoq-discount|wagner-whitin|serial …`: the
// inventory maths of models/inventory on the command line, as a readable table or JSON. The
// policies themselves are catalogued in cli/policy/catalogue.ts.
import { flagBoolean, parseArgs, readNumberText, type FlagSpec } from '../args.ts';
import { POLICY_LIST_MAX, checkRange, policyRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { cliMessage, cliText, termText, unitText, type CliKey, type CliLang, type CliParam } from '../lang.ts';
import { renderTable } from '../table.ts';
import { suggestion } from '../did-you-mean.ts';
import { renderModelError } from '../../models/light.ts';
import { POLICIES, REQUIRED, type Kind, type Label, type Param, type Report, type Values } from '../policy/catalogue.ts';

const FLAG_OF: Record<string, string> = {
  unitPrice: 'price',
  unitCost: 'cost',
  salvageValue: 'salvage',
  shortagePenalty: 'penalty',
  shortageCost: 'shortage-cost',
  demandRate: 'demand',
  orderCost: 'order-cost',
  holdingCostRate: 'holding-cost',
  holdingCost: 'holding-cost',
  backorderCost: 'backorder-cost',
  reviewPeriod: 'review-period',
  leadTime: 'lead-time',
  observations: 'samples',
  productionRate: 'production-rate',
  holdingRate: 'holding-rate',
  breakpoints: 'breakpoints',
  unitCosts: 'unit-costs',
  demands: 'demands',
  purchaseCost: 'purchase-costs',
  backorderCostRate: 'backorder-cost',
  leadTimeDemandMean: 'lead-time-demand-mean',
  leadTimeDemandSd: 'lead-time-demand-sd',
  poissonMean: 'poisson',
  reorderPoint: 'reorder-point',
  orderQuantity: 'quantity',
  logMean: 'log-mean',
  logSd: 'log-sd',
  demandMean: 'demand-mean',
  demandSd: 'demand-sd',
  echelonHoldingCosts: 'echelon-holding-costs',
  leadTimes: 'lead-times',
  gridStep: 'grid-step',
};

/** Rewrites a leading "modelName:" (or "modelName[i]:", or with a Chinese colon) of a message as the flag's name. */
function asFlags(message: string): string {
  return message.replace(/^([A-Za-z]+)(\[\d+\])?([:：])/, (whole, key: string, index: string | undefined, colon: string) => (FLAG_OF[key] ? `--${FLAG_OF[key]}${index ?? ''}${colon}` : whole));
}

/** A policy's text (summary, parameter, note, row, title) in `lang`; a Term's string parameters are translated too. */
export function labelText(lang: CliLang, label: Label): string {
  if (typeof label === 'string') return termText(lang, label);
  const params: Record<string, CliParam> = {};
  for (const [name, value] of Object.entries(label.params)) params[name] = typeof value === 'number' ? value : (l: CliLang) => labelText(l, value);
  return termText(lang, label.text, params);
}

/** A parameter's unit in `lang`. */
const unitOf = (param: Param): CliParam => (lang: CliLang) => unitText(lang, param.unit);

/** A parameter's value: of its kind (else the kind's description), then within its stated range (policyRange). */
function readValue(param: Param, text: string): number | number[] {
  const fail = () => new UsageError(cliMessage('policy.expects', { flag: param.flag, kind: cliMessage(`policy.kind.${param.kind satisfies Kind}`), unit: unitOf(param), text }));
  const range = policyRange(param);
  if (param.kind === 'list') {
    const items = text.split(',').filter((s) => s.trim() !== '');
    const values = items.map(readNumberText);
    if (values.length === 0 || values.some((x) => !(x >= 0))) throw fail();
    if (values.length > POLICY_LIST_MAX) throw new UsageError(cliMessage('policy.tooMany', { flag: param.flag, max: POLICY_LIST_MAX.toLocaleString('en-US'), count: values.length.toLocaleString('en-US') }));
    values.forEach((x, i) => checkRange(cliMessage('policy.listValue', { flag: param.flag, i: i + 1 }), x, range, items[i].trim()));
    return values;
  }
  const x = readNumberText(text);
  const ok =
    Number.isFinite(x) &&
    (param.kind === 'number' ||
      (param.kind === 'positive' && x > 0) ||
      (param.kind === 'nonNegative' && x >= 0) ||
      (param.kind === 'probability' && x > 0 && x < 1) ||
      (param.kind === 'whole' && x >= 0 && Number.isInteger(x)) ||
      (param.kind === 'count' && x >= 1 && Number.isInteger(x)));
  if (!ok) throw fail();
  return checkRange(`--${param.flag}`, x, range, text.trim());
}

/** `shoplab policy --help`: every policy and its summary, in `lang`. */
export function policyOverview(lang: CliLang): string {
  const width = Math.max(...Object.keys(POLICIES).map((n) => n.length));
  const list = Object.entries(POLICIES).map(([name, p]) => `  ${name.padEnd(width)}  ${labelText(lang, p.summary)}`);
  return cliText(lang, 'policy.overview', { list: list.join('\n'), machine: cliText(lang, 'help.machineReadable') });
}

/** `shoplab policy NAME --help`: its parameters with units, in `lang`. */
export function policyHelp(name: string, lang: CliLang = 'en'): string {
  const policy = POLICIES[name];
  const required = new Set(REQUIRED[name]);
  const width = Math.max(...policy.params.map((p) => p.flag.length)) + 2;
  const lines = policy.params.map((p) => {
    const tag = required.has(p.flag) ? cliText(lang, 'policy.required') : p.default !== undefined ? cliText(lang, 'policy.default', { value: p.default }) : '';
    return `  --${p.flag.padEnd(width)}${labelText(lang, p.text)} [${unitText(lang, p.unit)}]${tag}`;
  });
  const summary = labelText(lang, policy.summary);
  const sentence = lang === 'zh' ? `${summary}。` : `${summary[0].toUpperCase()}${summary.slice(1)}.`;
  return [cliText(lang, 'policy.usage', { name }), '', sentence, '', cliText(lang, 'policy.parameters'), ...lines, `  --${'json'.padEnd(width)}${cliText(lang, 'policy.jsonFlag')}`, '', ...policy.notes.map((n) => labelText(lang, n)), ''].join('\n');
}

export const main: CommandMain = async (args, io) => {
  const lang = io.lang ?? 'en';
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(policyOverview(lang));
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const policy = POLICIES[name];
  if (!policy) throw new UsageError(cliMessage('policy.unknown', { name, hint: suggestion(name, Object.keys(POLICIES)), list: Object.keys(POLICIES).join(', ') }));
  const spec: FlagSpec = { help: 'boolean', h: 'boolean', json: 'boolean' };
  for (const p of policy.params) spec[p.flag] = 'string';
  const parsed = parseArgs(rest, spec);
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(policyHelp(name, lang));
    return EXIT.ok;
  }
  if (parsed.positional.length > 0) throw new UsageError(cliMessage('policy.onlyFlags', { name, word: parsed.positional[0] }));
  const values: Values = {};
  for (const p of policy.params) {
    const text = parsed.flags[p.flag];
    values[p.flag] = typeof text === 'string' ? readValue(p, text) : p.default;
  }
  const required = name === 'base-stock' && values.poisson === undefined ? [...REQUIRED[name], 'demand-mean', 'demand-sd'] : REQUIRED[name];
  const missing = required.filter((f) => values[f] === undefined);
  if (missing.length > 0) {
    const described = (l: CliLang) =>
      missing
        .map((f) => {
          const p = policy.params.find((q) => q.flag === f)!;
          return cliText(l, 'policy.param', { flag: f, text: labelText(l, p.text), unit: unitText(l, p.unit) });
        })
        .join(l === 'zh' ? '、' : ', ');
    throw new UsageError(cliMessage('policy.needsParams', { name, list: described }));
  }
  let report: Report;
  try {
    report = policy.compute(values);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(cliMessage('policy.failed', { name, message: (l) => asFlags(renderModelError(error, l)) }));
    throw error;
  }
  if (flagBoolean(parsed, 'json')) {
    const inputs = Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined));
    io.stdout(`${JSON.stringify({ policy: name, inputs, result: report.result }, null, 2)}\n`);
  } else {
    const rows = report.rows.map(([label, value, unit]) => [labelText(lang, label), value, labelText(lang, unit)]);
    const header = ['', ...(['policy.value', 'policy.unit'] satisfies CliKey[]).map((key) => cliText(lang, key))];
    io.stdout(`${labelText(lang, report.title)}\n\n${renderTable(header, rows, ['l', 'r', 'l'])}`);
  }
  return EXIT.ok;
};
