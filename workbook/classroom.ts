// The workbook of a classroom session of the Beer Game: every team's weekly results in one tidy
// sheet, and the session's leaderboard (each team's total cost, cheapest first).
import { cell, header, newWorkbook, xlsxBytes } from './sheets.ts';

/** What a classroom workbook holds. */
export interface ClassroomWorkbookInput {
  /** The session's join code, shown under the leaderboard. */
  code: string;
  /** Column names of `rows`; a `cost` column is formatted with one decimal. */
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Teams cheapest first: team from 1, weeks played, total cost (currency). */
  leaderboard: readonly { team: number; week: number; cost: number }[];
}

/** The .xlsx bytes of a classroom session (sheets: Results, Leaderboard). */
export async function classroomWorkbook({ code, columns, rows, leaderboard }: ClassroomWorkbookInput): Promise<Uint8Array> {
  const wb = newWorkbook();
  const results = wb.addWorksheet('Results');
  header(results, columns.map((c) => ({ header: c, width: c === 'player' ? 20 : 12, numFmt: c === 'cost' ? '0.0' : undefined })));
  for (const r of rows) results.addRow(r.map((v) => (typeof v === 'number' ? cell(v) : v)));
  const board = wb.addWorksheet('Leaderboard');
  header(board, [{ header: 'rank', width: 6 }, { header: 'team', width: 8 }, { header: 'weeks played', width: 14 }, { header: 'cost', width: 12, numFmt: '0.0' }]);
  leaderboard.forEach((t, i) => board.addRow([i + 1, t.team, t.week, cell(t.cost)]));
  board.addRow([]);
  board.addRow([`Session ${code}`]);
  return xlsxBytes(wb);
}
