// Groups data problems for display: which rows, which column, what is wrong.
import type { DataIssue } from '../../models/light.ts';

/** How a language words an issue's place and message. */
export interface IssueWords {
  row: (row: number) => string;
  column: (column: string) => string;
  sheet: (sheet: string) => string;
  /** The issue's message (a models/ message rendered by its code). */
  message: (issue: DataIssue) => string;
  /** Between the parts of the place, and between the place and the message. */
  join: string;
  colon: string;
}

/** English words, with the message as raised. */
export const ENGLISH_ISSUE_WORDS: IssueWords = {
  row: (row) => `row ${row}`,
  column: (column) => `column ${column}`,
  sheet: (sheet) => `sheet ${sheet}`,
  message: (issue) => issue.message,
  join: ', ',
  colon: ': ',
};

/** "sheet Q1, row 12, column y: …" — the place first, then the message, in `words`' language. */
export function issueLine(issue: DataIssue, words: IssueWords = ENGLISH_ISSUE_WORDS): string {
  const where = [issue.sheet !== undefined ? words.sheet(issue.sheet) : '', issue.row !== undefined ? words.row(issue.row) : '', issue.column !== undefined ? words.column(issue.column) : '']
    .filter(Boolean)
    .join(words.join);
  const message = words.message(issue);
  return where ? `${where}${words.colon}${message}` : message;
}

/** Errors first, then warnings, each in file order. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  const rank = (i: DataIssue) => (i.severity === 'error' ? 0 : 1);
  return issues.slice().sort((a, b) => rank(a) - rank(b) || (a.row ?? 0) - (b.row ?? 0));
}

/** Leaderboard order: lowest MASE first, models without a finite MASE last (by sMAPE). */
export function byScore<T extends { mase: number; smape: number }>(a: T, b: T): number {
  const fa = Number.isFinite(a.mase);
  const fb = Number.isFinite(b.mase);
  if (fa !== fb) return fa ? -1 : 1;
  return fa ? a.mase - b.mase : (Number.isFinite(a.smape) ? a.smape : Infinity) - (Number.isFinite(b.smape) ? b.smape : Infinity);
}
