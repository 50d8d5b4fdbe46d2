// The structured pieces of loader messages in English: a user's value, what a field expects, a
// did-you-mean hint, why a formula is refused. The English messages read exactly as they always have.
import type { Expected, ExpectedBare, FormulaResult, FormulaWhy, Shown } from './parts.ts';

/** A user's value: strings quoted, lists and mappings named. */
export function shownEn(v: Shown | { kind: 'mixedList' }): string {
  switch (v.kind) {
    case 'nothing':
      return 'nothing';
    case 'null':
      return 'null';
    case 'literal':
      return v.text;
    case 'emptyList':
      return 'an empty list';
    case 'list':
      return `a list of ${v.length}`;
    case 'mapping':
      return 'a mapping';
    case 'mixedList':
      return 'a list with other values';
    case 'type':
      return v.name;
  }
}

/** `; did you mean "x"?`, or "" without a suggestion. */
export const suggestEn = (s: string | null): string => (s === null ? '' : `; did you mean "${s}"?`);

/** What the id-keyed mappings of a scenario map, by field name. */
const RECORD_NOUNS: Record<string, string> = {
  channels: 'channel ids to channel settings',
  skus: 'SKU ids to SKU settings',
  segments: 'segment ids to segment settings',
  promotions: 'promotion ids to promotions',
  campaign: 'phase ids to campaign phases',
  shocks: 'shock ids to shocks',
  investments: 'investment ids to investments',
  params: 'names to numbers',
};

/** What a field accepts, e.g. "a whole number from 1 to 3650". */
export function expectedEn(e: Expected): string {
  const text = bareEn(e);
  return e.nullable ? `${text}, or null` : text;
}

function bareEn(e: ExpectedBare): string {
  switch (e.kind) {
    case 'numberOrFormula':
      return e.min === undefined ? 'a number or a formula' : `a number from ${e.min} to ${e.max} or a formula`;
    case 'number': {
      const noun = e.whole ? 'a whole number' : 'a number';
      const { lo, hi } = e;
      if (lo && hi && lo.inclusive && hi.inclusive) return `${noun} from ${lo.value} to ${hi.value}`;
      const parts: string[] = [];
      if (lo) parts.push(`${lo.inclusive ? '≥' : '>'} ${lo.value}`);
      if (hi) parts.push(`${hi.inclusive ? '≤' : '<'} ${hi.value}`);
      return parts.length === 0 ? noun : `${noun} ${parts.join(' and ')}`;
    }
    case 'date':
      return 'a date written YYYY-MM-DD';
    case 'text':
      return e.nonEmpty ? 'non-empty text' : 'text';
    case 'boolean':
      return 'true or false';
    case 'oneOf':
      return `one of ${e.choices.map((c) => JSON.stringify(c)).join(', ')}`;
    case 'fields':
      return `a mapping of fields (${e.keys.join(', ')}${e.more ? ', …' : ''})`;
    case 'record':
      return `a mapping of ${RECORD_NOUNS[e.field] ?? 'ids to entries'}`;
    case 'list':
      return e.min ? `a list of at least ${e.min}` : 'a list';
    case 'tagged':
      return `a mapping with a "${e.tag}"`;
    case 'anyOf':
      return e.options.map(bareEn).join(' or ');
    case 'other':
      return e.type;
  }
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Why a formula is refused, without the formula itself. */
export function formulaWhyEn(w: FormulaWhy): string {
  switch (w.kind) {
    case 'syntax':
      return `formula does not parse: ${w.detail}`;
    case 'tooLong':
      return `formula is ${count(w.chars, 'character')} long; at most ${count(w.max, 'character')} are allowed`;
    case 'tooDeep':
      return `formula nests brackets more than ${w.max} deep${w.char ? ` (at char ${w.char})` : ''}`;
    case 'tooLarge':
      return `formula has more than ${w.max} values, names and operations; split it or use params`;
    case 'assignment':
      return 'a formula must give a number, not assign one';
    case 'forbidden':
      return `formulas cannot contain ${w.what}`;
    case 'arity':
      return `${w.name}() takes ${w.min === w.max ? w.min : `${w.min} to ${w.max}`} argument${w.max === 1 ? '' : 's'}, got ${w.got}`;
    case 'function':
      return `${w.names.join(', ')} ${w.names.length === 1 ? 'is' : 'are'} not allowed in scenario formulas; allowed functions: ${w.allowed.join(', ')}`;
    case 'thousands':
      return `write numbers without thousands separators: ${w.plain}`;
    case 'unknownNames': {
      const hints = w.names.map((n) => `${n.name}${n.suggestion === null ? '' : `, did you mean "${n.suggestion}"?`}`);
      return `unknown ${w.names.length === 1 ? 'name' : 'names'} ${hints.join('; ')}`;
    }
  }
}

/** A formula result that is not a finite number, in words. */
export function formulaResultEn(r: FormulaResult): string {
  switch (r.kind) {
    case 'number':
      return r.text;
    case 'text':
      return 'text';
    case 'none':
      return 'no value';
    case 'complex':
      return 'a complex number (square root or logarithm of a negative number?)';
    case 'list':
      return 'a list';
    case 'unit':
      return 'a value with a unit';
    case 'function':
      return 'a function';
    case 'other':
      return `a ${r.type}`;
  }
}
