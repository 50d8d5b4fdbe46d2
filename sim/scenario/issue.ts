// A problem found while loading a scenario, located by field path and (when known) file position,
// phrased for the person who wrote the file: a coded message (loaderMessages.ts) in either language.
import { renderIssue, type Coded, type MessageLang, type Shown } from './loaderMessages.ts';
import { shownEn } from './messages/en-parts.ts';

/** One problem in a scenario file, with its code and parameters (`Coded`). */
export type Issue = IssueBase & Coded;

/** The parts of an issue besides its code and parameters. */
export interface IssueBase {
  /** Dotted field path, e.g. "channels.paid.budgetPerDayCny"; "" for the file as a whole. */
  path: string;
  /** Plain-English description, without the path (renderIssue gives it in another language). */
  message: string;
  /** File the offending text is in (the base file when it comes from an `extends` base). */
  file?: string;
  /** 1-based line of the offending text. */
  line?: number;
  /** 1-based column of the offending text. */
  column?: number;
  /** Errors stop the scenario from loading; warnings do not. */
  severity: 'error' | 'warning';
}

/** Formats an issue as `file:line:col: path: message`, leaving out the parts that are unknown. */
export function formatIssue(issue: Issue): string {
  return formatIssueIn(issue, 'en');
}

/** Formats an issue as formatIssue does, in `lang` ("第 3 行" for a line without a file in Chinese). */
export function formatIssueIn(issue: Issue, lang: MessageLang): string {
  let where = '';
  if (issue.file) {
    where = issue.file;
    if (issue.line !== undefined) {
      where += `:${issue.line}`;
      if (issue.column !== undefined) where += `:${issue.column}`;
    }
  } else if (issue.line !== undefined) {
    where = lang === 'zh' ? `第 ${issue.line} 行` : `line ${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const parts = [where, issue.path, renderIssue(issue, lang)].filter((p) => p !== '');
  return parts.join(': ');
}

/** Joins path segments the way issues show them ("promotions.sale.skus.0"). */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * A user's value as a message shows it: strings quoted (and shortened), lists and mappings
 * named rather than dumped.
 */
export function shownValue(value: unknown): Shown {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return { kind: 'literal', text: JSON.stringify(short) };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'literal', text: String(value) };
  if (Array.isArray(value)) return value.length === 0 ? { kind: 'emptyList' } : { kind: 'list', length: value.length };
  if (typeof value === 'object') return { kind: 'mapping' };
  return { kind: 'type', name: typeof value };
}

/** A user's value as English text (see shownValue). */
export const showValue = (value: unknown): string => shownEn(shownValue(value));
