// Where a room lives between runs: `DIR/room.json`, written whole to a temporary file and renamed
// over the old one, so a crash mid-write leaves the previous state, never half a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../io.ts';
import { ClassroomRoom, RoomFileError } from './room.ts';
import type { SecretSource } from './secrets.ts';
import type { LessonLibrary } from './lesson-library.ts';
import { classroomText } from './messages.ts';
import type { CliLang } from '../lang.ts';

/** Name of the saved room inside the data directory. */
export const ROOM_FILE_NAME = 'room.json';

/** The saved room's path in `dataDir`. */
export function roomPath(dataDir: string): string {
  return join(dataDir, ROOM_FILE_NAME);
}

/** The room saved in `dataDir`, or null when there is none; a damaged file is a UsageError naming the file and field. */
export function loadRoom(dataDir: string, secrets?: SecretSource, lang: CliLang = 'en', lessons?: LessonLibrary): ClassroomRoom | null {
  const file = roomPath(dataDir);
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(classroomText(lang, 'notSaved', { file, detail: error instanceof Error ? error.message : String(error) }));
  }
  try {
    return ClassroomRoom.restore(data, secrets, lessons);
  } catch (error) {
    if (error instanceof RoomFileError) throw new UsageError(classroomText(lang, 'damaged', { file, field: error.path, detail: error.detail }));
    throw error;
  }
}

/** Writes the room atomically (temporary file + rename), readable by its owner only: it holds the tokens. */
export function saveRoom(dataDir: string, room: ClassroomRoom): void {
  mkdirSync(dataDir, { recursive: true });
  const file = roomPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(room.toFile(), null, 1)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
