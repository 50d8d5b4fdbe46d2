// Loads a lesson: its YAML checked by the schema, its Markdown in English and Chinese, and the
// references between steps (texts, predictions, runs, measures), every problem located.
import { parseSource } from '../sim/scenario/source.ts';
import type { Issue } from '../sim/scenario/issue.ts';
import { loaderMessage, type LoaderMessage } from '../sim/scenario/loaderMessages.ts';
import { explainZodIssues } from '../sim/scenario/zodIssues.ts';
import { LessonSchema, type LessonFile, type Step } from './schema.ts';
import { parseLessonText, type LessonText } from './text.ts';
import { outputProblem } from './outputs.ts';

/** The two languages every lesson is written in. */
export const LESSON_LANGS = ['en', 'zh'] as const;
export type LessonLang = (typeof LESSON_LANGS)[number];

/** A checked lesson. */
export interface Lesson {
  /** Folder name under lessons/. */
  id: string;
  file: LessonFile;
  text: Record<LessonLang, LessonText>;
}

/** The raw files of one lesson. */
export interface LessonSources {
  id: string;
  yaml: string;
  markdown: Record<LessonLang, string>;
}

export type LessonLoad = { ok: true; lesson: Lesson } | { ok: false; issues: Issue[] };

/** Checks a lesson's files; returns the lesson or every problem with its file and place. */
export function loadLesson(src: LessonSources): LessonLoad {
  const fileName = `lessons/${src.id}/lesson.yaml`;
  const parsed = parseSource(src.yaml, fileName);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const source = parsed.source;
  const issues: Issue[] = [];
  const at = (path: (string | number)[], message: LoaderMessage, where: 'key' | 'value' = 'value') => {
    const pos = source.locate(path, where);
    issues.push({ severity: 'error', file: fileName, path: path.join('.'), ...message, line: pos?.line, column: pos?.column });
  };
  const result = LessonSchema.safeParse(source.data);
  if (!result.success) {
    // The scenario loader's explanations: what the field expects, the value quoted, did-you-mean.
    for (const { path, at: where, severity: _, ...message } of explainZodIssues(LessonSchema, result.error.issues, source.data)) {
      at(path.map((p) => (typeof p === 'number' ? p : String(p))), message as LoaderMessage, where);
    }
    return { ok: false, issues };
  }
  const file = result.data;
  const text = { en: parseLessonText(src.markdown.en), zh: parseLessonText(src.markdown.zh) };
  for (const lang of LESSON_LANGS) {
    if (!text[lang].title) issues.push({ severity: 'error', file: `lessons/${src.id}/${lang}.md`, path: '', line: 1, ...loaderMessage('lesson.noTitle', {}) });
  }
  checkReferences(file, text, at);
  checkLabels(file, text, at);
  for (const lang of LESSON_LANGS) {
    const used = new Set(textKeys(file.steps));
    for (const k of Object.keys(text[lang].sections))
      if (!used.has(k)) issues.push({ severity: 'error', file: `lessons/${src.id}/${lang}.md`, path: k, line: text[lang].lines[k], ...loaderMessage('lesson.unusedSection', {}) });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, lesson: { id: src.id, file, text } };
}

function textKeys(steps: readonly Step[]): string[] {
  const keys: string[] = [];
  for (const s of steps) {
    keys.push(s.text);
    if (s.kind === 'debrief') keys.push(s.question);
    if (s.kind === 'predict' && s.answer.type === 'choice') keys.push(...s.answer.choices.map((c) => c.text));
  }
  return keys;
}

function checkReferences(file: LessonFile, text: Record<LessonLang, LessonText>, at: (path: (string | number)[], message: LoaderMessage) => void): void {
  const predictions = new Map<string, 'number' | 'choice'>();
  const measures = new Set<string>();
  const runs = new Map<string, Extract<Step, { kind: 'run' }>['runs'][number]>();
  const kinds = new Set(file.steps.map((s) => s.kind));
  for (const k of ['explain', 'predict', 'run', 'reveal', 'debrief'] as const) if (!kinds.has(k)) at(['steps'], loaderMessage('lesson.missingStepKind', { kind: k }));
  const needText = (path: (string | number)[], k: string) => {
    for (const lang of LESSON_LANGS) if (!(k in text[lang].sections)) at(path, loaderMessage('lesson.missingSection', { key: k, file: `${lang}.md` }));
  };
  file.steps.forEach((s, i) => {
    const p = ['steps', i];
    needText([...p, 'text'], s.text);
    if (s.kind === 'predict') {
      if (predictions.has(s.id)) at([...p, 'id'], loaderMessage('lesson.definedTwice', { what: 'prediction', id: s.id }));
      predictions.set(s.id, s.answer.type);
      if (s.answer.type === 'number' && !(s.answer.min < s.answer.max)) at([...p, 'answer', 'max'], loaderMessage('lesson.maxNotAboveMin', {}));
      if (s.answer.type === 'choice') s.answer.choices.forEach((c, j) => needText([...p, 'answer', 'choices', j, 'text'], c.text));
    } else if (s.kind === 'run') {
      s.runs.forEach((r, j) => {
        if (runs.has(r.id)) at([...p, 'runs', j, 'id'], loaderMessage('lesson.definedTwice', { what: 'run', id: r.id }));
        runs.set(r.id, r);
        for (const [field, v] of Object.entries(r))
          if (v && typeof v === 'object' && 'prediction' in v && predictions.get((v as { prediction: string }).prediction) !== 'number')
            at([...p, 'runs', j, field, 'prediction'], loaderMessage('lesson.notNumberPrediction', { known: [...predictions].filter(([, t]) => t === 'number').map(([k]) => k) }));
      });
      s.measures.forEach((m, j) => {
        if (measures.has(m.id)) at([...p, 'measures', j, 'id'], loaderMessage('lesson.definedTwice', { what: 'measure', id: m.id }));
        if ('value' in m) {
          const dot = m.value.indexOf('.');
          const run = runs.get(m.value.slice(0, dot));
          if (dot < 0 || !run) at([...p, 'measures', j, 'value'], loaderMessage('lesson.badMeasureRef', { runs: [...runs.keys()], got: m.value }));
          else {
            const problem = outputProblem(run, m.value.slice(dot + 1));
            if (problem) at([...p, 'measures', j, 'value'], problem);
          }
        } else m.of.forEach((o, k) => {
          if (!measures.has(o)) at([...p, 'measures', j, 'of', k], loaderMessage('lesson.notEarlierMeasure', { got: o }));
        });
        measures.add(m.id);
      });
    } else if (s.kind === 'reveal') {
      if (!predictions.has(s.prediction)) at([...p, 'prediction'], loaderMessage('lesson.unknownPrediction', { known: [...predictions.keys()] }));
      if (!measures.has(s.measure)) at([...p, 'measure'], loaderMessage('lesson.unknownMeasure', { known: [...measures] }));
    } else if (s.kind === 'debrief') {
      needText([...p, 'question'], s.question);
      const c = s.chart;
      if (c.kind === 'bars') c.measures.forEach((m, k) => !measures.has(m) && at([...p, 'chart', 'measures', k], loaderMessage('lesson.chartMeasure', { got: m })));
      if (c.kind === 'series') c.runs.forEach((r, k) => runs.get(r)?.model !== 'engine' && at([...p, 'chart', 'runs', k], loaderMessage('lesson.chartRun', { model: 'engine', got: r })));
      if (c.kind === 'beerGame' && runs.get(c.run)?.model !== 'beerGame') at([...p, 'chart', 'run'], loaderMessage('lesson.chartRun', { model: 'beerGame', got: c.run }));
    }
  });
  // Choice predictions are judged by a measure that a later run step computes.
  file.steps.forEach((s, i) => {
    if (s.kind === 'predict' && s.answer.type === 'choice' && !measures.has(s.answer.measure)) at(['steps', i, 'answer', 'measure'], loaderMessage('lesson.choiceMeasure', { got: s.answer.measure }));
  });
}

/** Measures shown in a chart or a reveal, runs drawn as lines, levers and word units need a label in both languages. */
function checkLabels(file: LessonFile, text: Record<LessonLang, LessonText>, at: (path: (string | number)[], message: LoaderMessage) => void): void {
  const need = (path: (string | number)[], k: string) => {
    for (const lang of LESSON_LANGS) if (!(k in text[lang].labels)) at(path, loaderMessage('lesson.missingLabel', { key: k, file: `${lang}.md` }));
  };
  file.steps.forEach((s, i) => {
    if (s.kind === 'reveal') need(['steps', i, 'measure'], s.measure);
    if (s.kind === 'run') {
      s.levers.unlock.forEach((l, k) => need(['steps', i, 'levers', 'unlock', k], l));
      s.levers.lock.forEach((l, k) => need(['steps', i, 'levers', 'lock', k], l));
    }
    if (s.kind === 'predict' && s.answer.type === 'number' && /^[a-z]/.test(s.answer.unit)) need(['steps', i, 'answer', 'unit'], s.answer.unit);
    if (s.kind === 'debrief' && s.chart.kind === 'bars') s.chart.measures.forEach((m, k) => need(['steps', i, 'chart', 'measures', k], m));
    if (s.kind === 'debrief' && s.chart.kind === 'series') s.chart.runs.forEach((r, k) => need(['steps', i, 'chart', 'runs', k], r));
  });
}
