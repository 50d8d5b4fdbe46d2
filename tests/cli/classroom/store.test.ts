// The saved room (atomic write, owner-only file, damaged files named) and the trainer's exports.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BEER_ROLES } from '../../../sim/index.ts';
import { exportCsv, exportXlsx } from '../../../cli/classroom/export.ts';
import { ClassroomRoom } from '../../../cli/classroom/room.ts';
import { loadRoom, roomPath, saveRoom } from '../../../cli/classroom/store.ts';
import { trainerView } from '../../../cli/classroom/views.ts';
import { seededSecrets } from './fixture.ts';

function playedRoom(): ClassroomRoom {
  const room = ClassroomRoom.create(2, seededSecrets());
  room.trainer(room.trainerSecret, 'start');
  const ann = room.join(room.session.code, 'Ann, "the boss"', { team: 2, role: 'factory' });
  for (let week = 1; week <= 3; week++) {
    room.order(ann.id, week, 6 + week);
  }
  room.trainer(room.trainerSecret, 'advance');
  return room;
}

describe('the saved room', () => {
  it('is written whole, readable by its owner only, and loads back to the same room', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'shoplab-room-')), 'nested');
    const room = playedRoom();
    saveRoom(dir, room);
    expect(readdirSync(dir)).toEqual(['room.json']);
    expect(statSync(roomPath(dir)).mode & 0o777).toBe(0o600);
    const loaded = loadRoom(dir);
    expect(loaded && trainerView(loaded, new Set())).toEqual(trainerView(room, new Set()));
  });

  it('is absent in a new directory, and a damaged file names itself and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoplab-room-'));
    expect(loadRoom(dir)).toBeNull();
    writeFileSync(roomPath(dir), '{"format":');
    expect(() => loadRoom(dir)).toThrow(`${roomPath(dir)}: not a saved classroom`);
    const file = playedRoom().toFile();
    if (file.session.game === 'beer') file.session.teams[0].pending = { retailer: -3 };
    writeFileSync(roomPath(dir), JSON.stringify(file));
    expect(() => loadRoom(dir)).toThrow(`${roomPath(dir)}: session.teams.0.pending.retailer: `);
    expect(() => loadRoom(dir, undefined, 'zh')).toThrow(`${roomPath(dir)}：session.teams.0.pending.retailer：「`);
    writeFileSync(roomPath(dir), '{"format":');
    expect(() => loadRoom(dir, undefined, 'zh')).toThrow(`${roomPath(dir)}：不是已保存的课堂`);
  });
});

describe('the trainer\'s exports', () => {
  it('write one tidy CSV row per team, stage and week with the game\'s own numbers', () => {
    const room = playedRoom();
    const lines = exportCsv(room).trimEnd().split('\n');
    expect(lines[0]).toBe('team,role,week,order,inventory,backlog,cost,player,orderedBy');
    // Team 1 (no learner) played only the trainer's week; team 2 played Ann's three and that one.
    expect(lines).toHaveLength(1 + 4 * 1 + 4 * 4);
    const factory = room.teamGames[1].record.stages.factory;
    const rows = lines.filter((l) => l.startsWith('2,factory,'));
    expect(rows.map((r) => Number(r.split(',')[3]))).toEqual([7, 8, 9, factory.orders[3]]);
    expect(rows[0]).toBe(`2,factory,1,7,${factory.inventory[0]},${factory.backlog[0]},${factory.costPerWeek[0]},"Ann, ""the boss""",learner`);
    expect(rows[3].endsWith(',filled')).toBe(true);
    expect(lines.filter((l) => l.startsWith('1,')).every((l) => l.endsWith(',,rule'))).toBe(true);
  });

  it('write the same rows and the leaderboard to an Excel workbook', async () => {
    const room = playedRoom();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(room)).buffer as ArrayBuffer);
    const results = wb.getWorksheet('Results')!;
    expect(results.rowCount).toBe(1 + BEER_ROLES.length * (1 + 4));
    expect(results.getRow(1).values).toEqual([undefined, 'team', 'role', 'week', 'order', 'inventory', 'backlog', 'cost', 'player', 'orderedBy']);
    const board = wb.getWorksheet('Leaderboard')!;
    const view = trainerView(room, new Set());
    expect(board.getRow(2).values).toEqual([undefined, 1, view.leaderboard[0].team, view.leaderboard[0].week, view.leaderboard[0].cost]);
    expect(board.getRow(3).values).toEqual([undefined, 2, view.leaderboard[1].team, view.leaderboard[1].week, view.leaderboard[1].cost]);
    expect(String(board.getRow(5).getCell(1).value)).toBe(`Session ${room.session.code}`);
  });
});
