// The loader's messages in English, one renderer per code.
import type { BeyondHorizon, MessageTable } from './codes.ts';
import { DECIDE_EN } from './decide.ts';
import { LESSONS_EN } from './lessons.ts';
import { RUN_EN } from './run.ts';
import { expectedEn as expected, formulaResultEn, formulaWhyEn, shownEn as shown, suggestEn as suggest } from './en-parts.ts';

const bytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/** Hints for the yaml library's common error codes. */
const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'a tab is used for indentation; indent with spaces',
  DUPLICATE_KEY: 'the same key appears twice in one mapping',
  BLOCK_AS_IMPLICIT_KEY: 'a "key: value" pair is nested where it cannot be (check the indentation; quote text that contains ": ")',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a "---" line starts another); a scenario is one document',
  BAD_SCALAR_START: 'a value starting with @ or ` must be quoted',
  MULTILINE_IMPLICIT_KEY: 'a key must be followed by ":" on the same line (is a colon missing?)',
  UNEXPECTED_TOKEN: 'text continues after a value has ended (a quote closed too early, or a missing comma?)',
};

const BEYOND: Record<BeyondHorizon, string> = {
  'promotion.neverRuns': 'the promotion never runs',
  'promotion.cutOff': 'the promotion is cut off at the end of the run',
  'campaignPhase.neverRuns': 'the campaign phase never runs',
  'campaignPhase.cutOff': 'the campaign phase is cut off at the end of the run',
  'presale.neverShips': 'pre-orders would never ship within the run',
  'investment.neverPaid': 'the investment is never paid within the run',
  'shock.neverHappens': 'the shock never happens',
  'sku.neverOnSale': 'the SKU never goes on sale',
};

const TARGET = { skus: 'SKU', segments: 'segment' } as const;
const DEFAULTS = { channels: 'channels', skus: 'SKUs', segments: 'segments' } as const;

/** Every code in English. */
export const ENGLISH: MessageTable = {
  ...LESSONS_EN,
  ...RUN_EN,
  ...DECIDE_EN,
  'file.tooLarge': (p) => `the file is ${bytes(p.bytes)}; a scenario file may be at most ${bytes(p.max)}`,
  'file.notRegular': (p) => `is a ${p.kind}, not a scenario file`,
  'file.folder': () => 'is a folder, not a scenario file',
  'text.binary': (p) => `the file holds binary data (a zero byte at byte ${p.offset}), not YAML or JSON text`,
  'text.notUtf8': (p) => `the file is not UTF-8 text (invalid byte sequence at byte ${p.offset}); save it as UTF-8`,
  'yaml.tooDeep': (p) => `mappings and lists are nested more than ${p.max} levels deep`,
  'yaml.aliasBomb': (p) => `the alias *${p.alias} expands to too many copies (more than ${p.max} nodes in all); write the values out or use fewer aliases`,
  'yaml.badMerge': (p) => `a merge key (<<) must be followed by a mapping or an alias of one, got ${shown(p.got)}`,
  'yaml.duplicateKey': (p) => `the same key appears twice in one mapping (${JSON.stringify(p.key)})`,
  'yaml.collectionKey': (p) => `a key must be a plain name, not a ${p.kind}`,
  'file.notFound': (p) => `file not found: ${p.file}`,
  'file.unreadable': (p) => `cannot read ${p.file}: ${p.detail}`,
  'file.topLevel': (p) => `the top level must be a mapping of scenario fields (such as "name:" and "days:"), got ${shown(p.got)}`,
  'syntax.json': (p) => `not valid JSON: ${p.detail}`,
  'syntax.yaml': (p) => {
    const hint = YAML_HINTS[p.yamlCode];
    // For several documents yaml's own text names its API, not the user's file.
    const text = p.yamlCode === 'MULTIPLE_DOCS' ? hint : hint ? `${hint} (${p.detail})` : p.detail;
    return `not valid ${p.format}: ${text}`;
  },
  'syntax.undefinedAlias': (p) => `not valid YAML: *${p.alias} refers to an anchor &${p.alias} that is not defined before it`,
  'extends.notPath': (p) => `expected the path of a base scenario file, got ${shown(p.got)}`,
  'extends.noReader': (p) => `cannot follow extends "${p.path}" here: no file reader is available (load the scenario from a file)`,
  'extends.cycle': (p) => `extends cycle: ${p.chain.join(' → ')}`,
  'extends.tooDeep': (p) => `more than ${p.max} levels of extends; is there a loop?`,
  'schema.unknownKey': (p) => {
    if (p.suggestion !== null) return `unknown key${suggest(p.suggestion)}`;
    if (p.places.length > 0) return `unknown key; "${p.key}" belongs at ${p.places.join(' or ')}`;
    return `unknown key; valid keys here: ${p.valid.join(', ')}`;
  },
  'schema.missing': (p) => `missing; expected ${expected(p.expected)}`,
  'schema.wrongValue': (p) => `expected ${expected(p.expected)}, got ${shown(p.got)}${suggest(p.suggestion)}`,
  'schema.tooMany': (p) => `at most ${p.max} ${p.noun}, got ${shown(p.got)}`,
  'schema.settingNeedsId': (p) =>
    `expected ${expected(p.expected)}, got ${shown(p.got)}; "${p.key}" is a setting of each entry here: write it under an id (${p.example})`,
  'schema.other': (p) => p.detail,
  'formula.invalid': (p) => `expected ${expected(p.expected)}, got ${shown(p.got)} (${formulaWhyEn(p.why)})`,
  'formula.problem': ({ formula, problem }) => {
    const f = `formula "${formula}"`;
    switch (problem.kind) {
      case 'unknown':
        return `${f} uses unknown ${problem.names.length === 1 ? 'name' : 'names'} ${problem.names.join(', ')}; known: ${problem.known.join(', ')}, the constants ${problem.constants.join(', ')} and the functions ${problem.functions.join(', ')}`;
      case 'assignment':
        return `${f} assigns a value; write an expression that gives a number`;
      case 'syntax':
        return `${f} does not parse: ${problem.detail}`;
      default:
        return `${f}: ${formulaWhyEn(problem)}`;
    }
  },
  'formula.failsOnDay': (p) => `formula "${p.formula}" fails on day ${p.day}: ${p.detail}`,
  'formula.notFinite': (p) =>
    `formula "${p.formula}" gives ${formulaResultEn(p.result)} on day ${p.day}${p.divisionByZero ? ' (division by zero?)' : ''}; expected a finite number`,
  'formula.outOfRange': (p) => `formula "${p.formula}" gives ${p.value} on day ${p.day} (${p.date}); expected ${p.bound.op} ${p.bound.value} on every day`,
  'cross.beyondHorizon': (p) => `day ${p.day} is beyond the horizon (days: ${p.days}, last day ${p.days - 1}); ${BEYOND[p.what]}`,
  'cross.endsBeforeStart': (p) =>
    `the ${p.noun === 'promotion' ? 'promotion' : 'campaign phase'} ends on day ${p.end}, before it starts on day ${p.start} (startDay)`,
  'cross.shipsBeforeStart': (p) => `pre-orders ship on day ${p.shipDay}, before the presale starts on day ${p.startDay}`,
  'cross.emptyTargets': (p) => `an empty list: the promotion reaches no ${TARGET[p.field]}; leave ${p.field} out to apply it to every ${TARGET[p.field]}`,
  'cross.unknownTarget': (p) => {
    const noun = TARGET[p.field];
    const tail = p.suggestion !== null ? suggest(p.suggestion) : p.known.length > 0 ? `; known ${noun}s: ${p.known.join(', ')}` : `; there are no ${noun}s`;
    return `unknown ${noun} "${p.name}"${tail}`;
  },
  'cross.noSkus': () => 'no SKUs: the shop needs at least one product to sell',
  'cross.orderUpToBelowReorder': (p) =>
    `order-up-to level S = ${p.orderUpTo} is below the reorder point s = ${p.reorderPoint}; an (s,S) policy needs S ≥ s`,
  'cross.costAbovePrice': (p) => `unit cost ${p.cost} CNY is above the list price ${p.price} CNY: every unit sells at a loss`,
  'cross.delistedBeforeLaunch': (p) => `delisted on day ${p.delistDay}, not after its launch on day ${p.launchDay}: the SKU is never on sale`,
  'cross.noSegments': () => 'no segments: at least one customer segment is needed',
  'cross.allSharesZero': () => 'every segment has share 0; at least one share must be above 0',
  'cross.noCapacity': (p) => `capacity is 0 on every day while the population has ${p.shoppers} shoppers: no order could ever ship`,
  'cross.coverDaysOrder': (p) =>
    `highCoverDays (${p.high}) must be above lowCoverDays (${p.low}): prices rise below the low mark and fall above the high one`,
  'cross.partialDefaults': (p) => {
    const one = p.left.length === 1;
    return `names only ${p.named.join(', ')} of the default ${DEFAULTS[p.record]}, so ${p.left.join(', ')} ${one ? 'is' : 'are'} left out (a named list replaces the defaults); list ${one ? 'it' : 'them'} too to keep ${one ? 'it' : 'them'}, or \`extends: scenarios/default.yaml\` to change only what you name`;
  },
  'forecaster.unknown': (p) => `unknown forecaster "${p.name}"${suggest(p.suggestion)}; available here: ${p.available.join(', ')}`,
  'validation.failed': (p) => (p.crashed ? `validation failed: ${p.detail}` : p.detail),
};
