// The lessons shipped in lessons/*, bundled as text and checked by the same loader as in Node.
import { formatIssue, type Issue } from '../../sim/index.ts';
import { loadLesson, LESSON_LANGS, type Lesson, type LessonLang, type LessonSources } from '../../lessons/load.ts';
import type { Locale } from '../i18n/format.ts';

const raw = import.meta.glob('../../lessons/*/*.{yaml,md}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Lessons that load, in a fixed teaching order, and the problems of those that do not. */
export interface LessonCatalog {
  lessons: Lesson[];
  /** Lessons that do not load: `message` in English, `issues` to show in the workbench's language. */
  problems: { id: string; message: string; issues: Issue[] }[];
}

/** Order in which the lessons are listed (others follow alphabetically). */
const ORDER = ['funnel', 'reference-price', 'marketing-budget', 'newsvendor', 'safety-stock', 'double11-capacity', 'bullwhip'];

/** Groups the bundled files by lesson folder and loads each. */
export function loadCatalog(files: Record<string, string> = raw): LessonCatalog {
  const byId = new Map<string, Partial<Record<string, string>>>();
  for (const [key, text] of Object.entries(files)) {
    const m = /lessons\/([^/]+)\/([^/]+)$/.exec(key);
    if (!m) continue;
    if (!byId.has(m[1])) byId.set(m[1], {});
    byId.get(m[1])![m[2]] = text;
  }
  const out: LessonCatalog = { lessons: [], problems: [] };
  for (const [id, f] of byId) {
    if (f['lesson.yaml'] === undefined || LESSON_LANGS.some((l) => f[`${l}.md`] === undefined)) continue;
    const src: LessonSources = { id, yaml: f['lesson.yaml'], markdown: { en: f['en.md']!, zh: f['zh.md']! } };
    const r = loadLesson(src);
    if (r.ok) out.lessons.push(r.lesson);
    else out.problems.push({ id, message: r.issues.map(formatIssue).join('; '), issues: r.issues });
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  out.lessons.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return out;
}

/** The lesson language for a workbench locale. */
export function lessonLang(locale: Locale): LessonLang {
  return locale === 'zh-CN' ? 'zh' : 'en';
}
