// The trainer's download of a session's results: one tidy row per (team, stage, week), as CSV
// through the one tidy-CSV writer in sim/, and as XLSX through the one workbook builder.
import { BEER_ROLES, csvText, type CsvValue } from '../../sim/index.ts';
import type { ClassroomRoom } from './room.ts';
import { seated } from './state.ts';
import { teamHistory, trainerView } from './views.ts';

/** Columns of the export, in order: cases except `cost` (currency for that week). */
export const EXPORT_COLUMNS = ['team', 'role', 'week', 'order', 'inventory', 'backlog', 'cost', 'player', 'orderedBy'] as const;

/** Every played week of every stage of every team: team from 1; player empty where the computer played. */
export function exportRows(room: ClassroomRoom): CsvValue[][] {
  const s = room.session;
  const rows: CsvValue[][] = [];
  room.teamGames.forEach((game, t) => {
    const h = teamHistory(s, t, game);
    for (const role of BEER_ROLES) {
      const st = h.stages[role];
      const player = seated(s, t, role)?.name ?? '';
      for (let w = 0; w < h.week; w++) rows.push([t + 1, role, w + 1, st.orders[w], st.inventory[w], st.backlog[w], st.costPerWeek[w], player, st.source[w]]);
    }
  });
  return rows;
}

/** The results as tidy CSV text (header first). */
export function exportCsv(room: ClassroomRoom): string {
  return csvText([[...EXPORT_COLUMNS], ...exportRows(room)]);
}

/** The results as .xlsx bytes (a Results sheet with the CSV's rows, and a Leaderboard). */
export async function exportXlsx(room: ClassroomRoom): Promise<Uint8Array> {
  const { classroomWorkbook } = await import('../../workbook/index.ts');
  return classroomWorkbook({ code: room.session.code, columns: EXPORT_COLUMNS, rows: exportRows(room), leaderboard: trainerView(room, new Set()).leaderboard });
}
