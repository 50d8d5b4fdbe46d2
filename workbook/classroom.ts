// The workbook of a classroom session: the session's results in one tidy sheet (the Beer Game's
// weekly results by team and stage, or a lesson's guesses by learner and prediction), and its
// leaderboard (the Beer Game's teams cheapest first, or each prediction's guesses closest first).
import type ExcelJS from 'exceljs';
import { cell, header, newWorkbook, xlsxBytes } from './sheets.ts';

/** A sheet's columns and rows; a `cost` column is formatted with one decimal. */
export interface ClassroomTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
}

/** What a classroom workbook holds. */
export interface ClassroomWorkbookInput {
  /** The session's join code, shown under the leaderboard. */
  code: string;
  /** Column names of `rows`. */
  columns: readonly string[];
  rows: readonly (readonly (string | number | null)[])[];
  /** The leaderboard sheet. */
  leaderboard: ClassroomTable;
}

const width = (c: string) => (c === 'player' || c === 'name' ? 20 : Math.max(8, c.length + 4));

function table(ws: ExcelJS.Worksheet, t: ClassroomTable): void {
  header(ws, t.columns.map((c) => ({ header: c, width: width(c), numFmt: c === 'cost' ? '0.0' : undefined })));
  for (const r of t.rows) ws.addRow(r.map((v) => (typeof v === 'number' ? cell(v) : v)));
}

/** The .xlsx bytes of a classroom session (sheets: Results, Leaderboard). */
export async function classroomWorkbook({ code, columns, rows, leaderboard }: ClassroomWorkbookInput): Promise<Uint8Array> {
  const wb = newWorkbook();
  table(wb.addWorksheet('Results'), { columns, rows });
  const board = wb.addWorksheet('Leaderboard');
  table(board, leaderboard);
  board.addRow([]);
  board.addRow([`Session ${code}`]);
  return xlsxBytes(wb);
}
