// The trainer's download of a session's results, as CSV through the one tidy-CSV writer in sim/
// and as XLSX through the one workbook builder. Beer Game: one row per (team, stage, week).
// Lesson: one row per (learner, prediction) with the guess, the result and the error.
import { BEER_ROLES, csvText, type CsvValue } from '../../sim/index.ts';
import type { ClassroomTable } from '../../workbook/classroom.ts';
import { lessonTrainerView } from './lesson-views.ts';
import type { ClassroomRoom } from './room.ts';
import { seated } from './state.ts';
import { teamHistory, trainerView } from './views.ts';

/** Columns of the Beer Game's export, in order: cases except `cost` (currency for that week). */
export const EXPORT_COLUMNS = ['team', 'role', 'week', 'order', 'inventory', 'backlog', 'cost', 'player', 'orderedBy'] as const;
/**
 * Columns of a lesson's export: `step` counts from 1; `error` is result − guess in the measure's
 * units for numbers, and for choices the distance from the result to the chosen range (0 = right);
 * `rank` among the class (closest first). Empty where the learner did not guess or the class has not
 * reached the prediction's reveal.
 */
export const LESSON_EXPORT_COLUMNS = ['learner', 'name', 'team', 'step', 'prediction', 'guess', 'result', 'error', 'rank'] as const;

/** Every played week of every stage of every team: team from 1; player empty where the computer played. */
export function exportRows(room: ClassroomRoom): CsvValue[][] {
  if (room.lesson) return lessonRows(room);
  const s = room.beer;
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

/** One row per learner and predict step of the lesson, in step order. */
function lessonRows(room: ClassroomRoom): CsvValue[][] {
  const lesson = room.lesson!;
  const view = lessonTrainerView(room, lesson, new Set());
  const rows: CsvValue[][] = [];
  lesson.steps.forEach((step, i) => {
    if (step.kind !== 'predict') return;
    const revealed = view.reveals.find((r) => r.prediction === step.id);
    const ranked = new Map((revealed?.leaderboard ?? []).map((r) => [r.learnerId, r]));
    for (const l of lesson.session.learners) {
      const r = ranked.get(l.id);
      const guess = view.guesses[step.id]?.[l.id];
      rows.push([l.id, l.name, l.team ?? '', i + 1, step.id, guess ?? '', revealed?.result ?? '', r?.error ?? '', r?.rank ?? '']);
    }
  });
  return rows;
}

/** The results as tidy CSV text (header first). */
export function exportCsv(room: ClassroomRoom): string {
  return csvText([[...(room.lesson ? LESSON_EXPORT_COLUMNS : EXPORT_COLUMNS)], ...exportRows(room)]);
}

/** The leaderboard sheet: teams cheapest first (Beer Game), or each prediction's guesses closest first (lesson). */
function leaderboard(room: ClassroomRoom): ClassroomTable {
  if (room.lesson) {
    const reveals = lessonTrainerView(room, room.lesson, new Set()).reveals;
    return {
      columns: ['prediction', 'rank', 'learner', 'name', 'guess', 'result', 'error'],
      rows: reveals.flatMap((r) => r.leaderboard.map((g) => [r.prediction, g.rank, g.learnerId, g.name, g.guess, r.result, g.error])),
    };
  }
  return { columns: ['rank', 'team', 'weeks played', 'cost'], rows: trainerView(room, new Set()).leaderboard.map((t, i) => [i + 1, t.team, t.week, t.cost]) };
}

/** The results as .xlsx bytes (a Results sheet with the CSV's rows, and a Leaderboard). */
export async function exportXlsx(room: ClassroomRoom): Promise<Uint8Array> {
  const { classroomWorkbook } = await import('../../workbook/index.ts');
  return classroomWorkbook({ code: room.session.code, columns: room.lesson ? LESSON_EXPORT_COLUMNS : EXPORT_COLUMNS, rows: exportRows(room), leaderboard: leaderboard(room) });
}
