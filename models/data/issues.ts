// Problems found in a sales data file, with where they are, for a clear report instead of a crash.
import type { ModelCode, ModelLang, ModelMessageParams } from '../messages/codes.ts';
import { renderModelText } from '../messages/render.ts';

/** One problem: an error stops the load, a warning is reported and the data used. */
export interface DataIssue {
  severity: 'error' | 'warning';
  /** The problem in English (without the place). */
  message: string;
  /** The message's code and parameters (models/messages), to show it in another language. */
  code?: ModelCode;
  params?: ModelMessageParams[ModelCode];
  /** 1-based line of the file (the header is line 1). */
  row?: number;
  /** Column name as written in the file's header. */
  column?: string;
  /** Worksheet the row is on (spreadsheet files). */
  sheet?: string;
}

const WORDS = {
  en: { error: 'error', warning: 'warning', sheet: 'sheet {x}', row: 'row {x}', column: 'column {x}', join: ', ', colon: ': ' },
  zh: { error: '错误', warning: '警告', sheet: '工作表 {x}', row: '第 {x} 行', column: '列 {x}', join: '，', colon: '：' },
} as const;

/** Where an issue is ("sheet Q1, row 12, column y"; "工作表 Q1，第 12 行，列 y"), or '' when it has no place. */
export function dataIssuePlace(issue: DataIssue, lang: ModelLang = 'en', fileName?: string): string {
  const w = WORDS[lang];
  const at = (template: string, x: string | number) => template.replace('{x}', String(x));
  return [fileName, issue.sheet !== undefined ? at(w.sheet, issue.sheet) : undefined, issue.row !== undefined ? at(w.row, issue.row) : undefined, issue.column !== undefined ? at(w.column, issue.column) : undefined]
    .filter((part) => part !== undefined)
    .join(w.join);
}

/** "error: file.csv, row 12, column y: message" style line, in `lang` (English by default). */
export function formatDataIssue(issue: DataIssue, fileName?: string, lang: ModelLang = 'en'): string {
  const w = WORDS[lang];
  const where = dataIssuePlace(issue, lang, fileName);
  return `${w[issue.severity]}${w.colon}${where ? `${where}${w.colon}` : ''}${renderModelText(issue, lang)}`;
}
