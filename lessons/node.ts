// Node adapter: reads lessons and built-in scenarios from disk (for the CLI and tests).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReadText } from '../sim/scenario/index.ts';
import { LESSON_LANGS, type LessonSources } from './load.ts';

/** The package's root: the nearest folder above this module with a package.json (from lessons/ or lib/lessons/). */
function packageRoot(): string {
  let dir = join(import.meta.dirname, '..');
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const repoRoot = packageRoot();

/** Lesson folder names under lessons/, sorted. */
export function lessonIdsOnDisk(dir = join(repoRoot, 'lessons')): string[] {
  return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'lesson.yaml'))).map((d) => d.name).sort();
}

/** The files of one lesson. */
export function readLessonSources(id: string, dir = join(repoRoot, 'lessons')): LessonSources {
  const read = (f: string) => readFileSync(join(dir, id, f), 'utf8');
  return { id, yaml: read('lesson.yaml'), markdown: Object.fromEntries(LESSON_LANGS.map((l) => [l, read(`${l}.md`)])) as LessonSources['markdown'] };
}

/** Reads `/scenarios/...` from the repository's scenarios folder, as the workbench does from its bundle. */
export const readRepoScenario: ReadText = (absPath) => readFileSync(join(repoRoot, absPath.replace(/^\//, '')), 'utf8');
