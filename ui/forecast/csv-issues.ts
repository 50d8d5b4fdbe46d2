// Groups data problems for display: which rows, which column, what is wrong.
import type { DataIssue } from '../../models/light.ts';

/** "sheet Q1, row 12, column y: …" — the place first, then the message. */
export function issueLine(issue: DataIssue, rowText = (row: number) => `row ${row}`, columnText = (column: string) => `column ${column}`, sheetText = (sheet: string) => `sheet ${sheet}`): string {
  const where = [issue.sheet !== undefined ? sheetText(issue.sheet) : '', issue.row !== undefined ? rowText(issue.row) : '', issue.column !== undefined ? columnText(issue.column) : ''].filter(Boolean).join(', ');
  return where ? `${where}: ${issue.message}` : issue.message;
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
