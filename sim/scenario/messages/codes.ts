// Every message the scenario loader can give, as a stable code and the typed parameters it is
// rendered from. Each language's table (en.ts, zh.ts) must render every code: the type says so.
import type { DecideMessageParams } from './decide.ts';
import type { LessonMessageParams } from './lessons.ts';
import type { RunMessageParams } from './run.ts';
import type { Expected, FormulaResult, FormulaWhy, Shown } from './parts.ts';

/** What a file that is not a regular file is. */
export type SpecialFileKind = 'character device' | 'block device' | 'named pipe' | 'socket' | 'special file';

/** What happens to a dated item that lies beyond the horizon. */
export type BeyondHorizon =
  | 'promotion.neverRuns'
  | 'promotion.cutOff'
  | 'campaignPhase.neverRuns'
  | 'campaignPhase.cutOff'
  | 'presale.neverShips'
  | 'investment.neverPaid'
  | 'shock.neverHappens'
  | 'sku.neverOnSale';

/** Id-keyed mappings a message may name, by their field name. */
export type RecordNoun = 'SKUs' | 'segments' | 'investments' | 'params' | 'channels' | 'promotions' | 'campaign phases' | 'shocks';

/** Parameters of each message code (the lesson loader's, a run's and the decision layer's codes included). */
export interface MessageParams extends LessonMessageParams, RunMessageParams, DecideMessageParams {
  // The file itself (decode.ts, cli/read-file.ts, sourceGuards.ts).
  'file.tooLarge': { bytes: number; max: number };
  'file.notRegular': { kind: SpecialFileKind };
  'file.folder': Record<never, never>;
  'text.binary': { offset: number };
  'text.notUtf8': { offset: number };
  'yaml.tooDeep': { max: number };
  'yaml.aliasBomb': { alias: string; max: number };
  'yaml.badMerge': { got: Shown | { kind: 'mixedList' } };
  'yaml.duplicateKey': { key: string };
  'yaml.collectionKey': { kind: 'mapping' | 'list' };
  // Reading and parsing (extends.ts, source.ts).
  'file.notFound': { file: string };
  'file.unreadable': { file: string; detail: string };
  'file.topLevel': { got: Shown };
  'syntax.json': { detail: string };
  /** `yamlCode` is the yaml library's error code (e.g. TAB_AS_INDENT); `detail` its own text. */
  'syntax.yaml': { format: 'JSON' | 'YAML'; yamlCode: string; detail: string };
  'syntax.undefinedAlias': { alias: string };
  'extends.notPath': { got: Shown };
  'extends.noReader': { path: string };
  'extends.cycle': { chain: string[] };
  'extends.tooDeep': { max: number };
  // Fields against the schema (zodIssues.ts).
  'schema.unknownKey': { key: string; suggestion: string | null; places: string[]; valid: string[] };
  'schema.missing': { expected: Expected };
  'schema.wrongValue': { expected: Expected; got: Shown; suggestion: string | null };
  'schema.tooMany': { max: number; noun: RecordNoun; got: Shown };
  'schema.settingNeedsId': { expected: Expected; got: Shown; key: string; example: string };
  /** A zod finding outside the schema's known shape: zod's own text. */
  'schema.other': { detail: string };
  // Formulas (formulaChecks.ts, formula.ts).
  'formula.invalid': { expected: Expected; got: Shown; why: FormulaWhy };
  'formula.problem': { formula: string; problem: Exclude<FormulaWhy, { kind: 'thousands' | 'unknownNames' }> | { kind: 'unknown'; names: string[]; known: string[]; constants: string[]; functions: string[] } };
  'formula.failsOnDay': { formula: string; day: number; detail: string };
  'formula.notFinite': { formula: string; result: FormulaResult; day: number; divisionByZero: boolean };
  'formula.outOfRange': { formula: string; value: string; day: number; date: string; bound: { op: '≥' | '≤'; value: number } };
  // Combinations of fields (crossChecks.ts, forecasterCheck.ts).
  'cross.beyondHorizon': { day: number; days: number; what: BeyondHorizon };
  'cross.endsBeforeStart': { noun: 'promotion' | 'campaignPhase'; start: number; end: number };
  'cross.shipsBeforeStart': { shipDay: number; startDay: number };
  'cross.emptyTargets': { field: 'skus' | 'segments' };
  'cross.unknownTarget': { field: 'skus' | 'segments'; name: string; suggestion: string | null; known: string[] };
  'cross.noSkus': Record<never, never>;
  'cross.orderUpToBelowReorder': { orderUpTo: number; reorderPoint: number };
  'cross.costAbovePrice': { cost: number; price: number };
  'cross.delistedBeforeLaunch': { delistDay: number; launchDay: number };
  'cross.noSegments': Record<never, never>;
  'cross.allSharesZero': Record<never, never>;
  'cross.noCapacity': { shoppers: number };
  'cross.coverDaysOrder': { high: number; low: number };
  'cross.partialDefaults': { record: 'channels' | 'skus' | 'segments'; named: string[]; left: string[] };
  'forecaster.unknown': { name: string; suggestion: string | null; available: string[] };
  // The workbench's validation worker.
  'validation.failed': { detail: string; crashed: boolean };
}

/** A message code. */
export type MessageCode = keyof MessageParams;

/**
 * Framing some messages take on where they are raised: `notValid` reads "not valid YAML: …",
 * `reading` names the file being read ("cannot read base.yaml: …").
 */
export interface Framing {
  notValid?: 'JSON' | 'YAML';
  reading?: string;
}

/** A code with its parameters (and framing). */
export type Coded = { [C in MessageCode]: { code: C; params: MessageParams[C] & Framing } }[MessageCode];

/** A language's renderer of every code. */
export type MessageTable = { [C in MessageCode]: (p: MessageParams[C]) => string };

/** Languages messages are rendered in. */
export type MessageLang = 'en' | 'zh';
