// `shoplab policy eoq|newsvendor|safety-stock|base-stock|ss|rq|epq|eoq-discount|wagner-whitin|serial …`: the
// inventory maths of models/inventory on the command line, as a readable table or JSON. The
// policies themselves are catalogued in cli/policy/catalogue.ts.
import { flagBoolean, parseArgs, readNumberText, type FlagSpec } from '../args.ts';
import { POLICY_LIST_MAX, checkRange, policyRange } from '../flag-bounds.ts';
import { EXIT, UsageError, type CommandMain } from '../io.ts';
import { renderTable } from '../table.ts';
import { suggestion } from '../did-you-mean.ts';
import { POLICIES, REQUIRED, type Kind, type Param, type Report, type Values } from '../policy/catalogue.ts';

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

/** Rewrites a leading "modelName:" (or "modelName[i]:") of a message as the flag's name. */
function asFlags(message: string): string {
  return message.replace(/^([A-Za-z]+)(\[\d+\])?:/, (whole, key: string, index?: string) => (FLAG_OF[key] ? `--${FLAG_OF[key]}${index ?? ''}:` : whole));
}

const KIND_TEXT: Record<Kind, string> = {
  number: 'a number',
  positive: 'a number > 0',
  nonNegative: 'a number ≥ 0',
  probability: 'a probability between 0 and 1 (exclusive), e.g. 0.95',
  whole: 'a whole number ≥ 0',
  count: 'a whole number ≥ 1',
  list: 'comma-separated numbers ≥ 0',
};

/** A parameter's value: of its kind (else the kind's description), then within its stated range (policyRange). */
function readValue(param: Param, text: string): number | number[] {
  const fail = () => new UsageError(`--${param.flag} expects ${KIND_TEXT[param.kind]} (${param.unit}), got "${text}"`);
  const range = policyRange(param);
  if (param.kind === 'list') {
    const items = text.split(',').filter((s) => s.trim() !== '');
    const values = items.map(readNumberText);
    if (values.length === 0 || values.some((x) => !(x >= 0))) throw fail();
    if (values.length > POLICY_LIST_MAX) throw new UsageError(`--${param.flag}: at most ${POLICY_LIST_MAX.toLocaleString('en-US')} values, got ${values.length.toLocaleString('en-US')}`);
    values.forEach((x, i) => checkRange(`--${param.flag} (value ${i + 1})`, x, range, items[i].trim()));
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

function overview(): string {
  const width = Math.max(...Object.keys(POLICIES).map((n) => n.length));
  return [
    'Usage: shoplab policy <policy> --param value … [--json]',
    '',
    'Inventory-policy maths. Policies:',
    ...Object.entries(POLICIES).map(([name, p]) => `  ${name.padEnd(width)}  ${p.summary}`),
    '',
    'Run `shoplab policy <policy> --help` for its parameters and units.',
    'Example: shoplab policy safety-stock --demand-mean 2500 --demand-sd 500 --lead-time 2 --csl 0.95',
    '',
  ].join('\n');
}

function policyHelp(name: string): string {
  const policy = POLICIES[name];
  const required = new Set(REQUIRED[name]);
  const width = Math.max(...policy.params.map((p) => p.flag.length)) + 2;
  const lines = policy.params.map((p) => {
    const tag = required.has(p.flag) ? ' (required)' : p.default !== undefined ? ` (default ${p.default})` : '';
    return `  --${p.flag.padEnd(width)}${p.text} [${p.unit}]${tag}`;
  });
  return [`Usage: shoplab policy ${name} --param value … [--json]`, '', `${policy.summary[0].toUpperCase()}${policy.summary.slice(1)}.`, '', 'Parameters:', ...lines, `  --${'json'.padEnd(width)}print the result as JSON`, '', ...policy.notes, ''].join('\n');
}

export const main: CommandMain = async (args, io) => {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview());
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const policy = POLICIES[name];
  if (!policy) throw new UsageError(`unknown policy "${name}"${suggestion(name, Object.keys(POLICIES))}; policies: ${Object.keys(POLICIES).join(', ')}`);
  const spec: FlagSpec = { help: 'boolean', h: 'boolean', json: 'boolean' };
  for (const p of policy.params) spec[p.flag] = 'string';
  const parsed = parseArgs(rest, spec);
  if (flagBoolean(parsed, 'help') || flagBoolean(parsed, 'h')) {
    io.stdout(policyHelp(name));
    return EXIT.ok;
  }
  if (parsed.positional.length > 0) throw new UsageError(`policy ${name} takes only --flags, got "${parsed.positional[0]}"`);
  const values: Values = {};
  for (const p of policy.params) {
    const text = parsed.flags[p.flag];
    values[p.flag] = typeof text === 'string' ? readValue(p, text) : p.default;
  }
  const required = name === 'base-stock' && values.poisson === undefined ? [...REQUIRED[name], 'demand-mean', 'demand-sd'] : REQUIRED[name];
  const missing = required.filter((f) => values[f] === undefined);
  if (missing.length > 0) {
    const described = missing.map((f) => {
      const p = policy.params.find((q) => q.flag === f)!;
      return `--${f} (${p.text}, ${p.unit})`;
    });
    throw new UsageError(`policy ${name} needs ${described.join(', ')}; see \`shoplab policy ${name} --help\``);
  }
  let report: Report;
  try {
    report = policy.compute(values);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`policy ${name}: ${asFlags(error.message)}`);
    throw error;
  }
  if (flagBoolean(parsed, 'json')) {
    const inputs = Object.fromEntries(Object.entries(values).filter(([, x]) => x !== undefined));
    io.stdout(`${JSON.stringify({ policy: name, inputs, result: report.result }, null, 2)}\n`);
  } else {
    io.stdout(`${report.title}\n\n${renderTable(['', 'value', 'unit'], report.rows, ['l', 'r', 'l'])}`);
  }
  return EXIT.ok;
};
