// The lesson loader reports every problem with its file, line and field path.
import { describe, expect, it } from 'vitest';
import { loadLesson, parseLessonText } from '../../lessons/index.ts';

const md = (extra = '') => `# Title\n\n## intro\nHello.\n\n## p\nGuess.\n\n## run\nRun.\n\n## reveal\nSee.\n\n## debrief\nWhy.\n\n## q\nAsk.\n${extra}\n## labels\n- best: Best order\n`;
const yaml = `concept: test
steps:
  - {kind: explain, text: intro}
  - kind: predict
    id: guess
    text: p
    answer: {type: number, min: 0, max: 10}
  - kind: run
    text: run
    runs:
      - {id: nv, model: newsvendor, meanUnits: 100, sdUnits: 30, priceCny: 10, costCny: 4, orderUnits: {prediction: guess}}
    measures:
      - {id: best, value: nv.bestOrderUnits}
  - {kind: reveal, text: reveal, prediction: guess, measure: best}
  - kind: debrief
    text: debrief
    question: q
    chart: {kind: bars, measures: [best]}
`;

describe('loadLesson', () => {
  it('accepts a complete lesson', () => {
    const r = loadLesson({ id: 't', yaml, markdown: { en: md(), zh: md() } });
    expect(r.ok).toBe(true);
  });

  it('locates a schema error at its line and column with the field path', () => {
    const r = loadLesson({ id: 't', yaml: yaml.replace('meanUnits: 100', 'meanUnits: -5'), markdown: { en: md(), zh: md() } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ file: 'lessons/t/lesson.yaml', path: 'steps.2.runs.0.meanUnits', line: 11 });
    expect(r.issues[0].column).toBeGreaterThan(1);
  });

  it('names a run output that does not exist, and what the run gives', () => {
    const r = loadLesson({ id: 't', yaml: yaml.replace('nv.bestOrderUnits', 'nv.bestOrder'), markdown: { en: md(), zh: md() } });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual([expect.stringContaining('a newsvendor run gives bestOrderUnits, criticalRatio')]);
  });

  it('reports a section missing from the Chinese text and one no step uses', () => {
    const r = loadLesson({ id: 't', yaml, markdown: { en: md('\n## spare\nx\n'), zh: md().replace('## q\nAsk.', '') } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const lines = r.issues.map((i) => `${i.file}:${i.line ?? ''}: ${i.path}: ${i.message}`);
    expect(lines).toContain('lessons/t/lesson.yaml:17: steps.4.question: no "## q" section in zh.md');
    expect(lines).toContain('lessons/t/en.md:21: spare: section is not used by any step');
  });

  it('refuses a reveal of a prediction that was never asked', () => {
    const r = loadLesson({ id: 't', yaml: yaml.replace('prediction: guess, measure', 'prediction: other, measure'), markdown: { en: md(), zh: md() } });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['steps.3.prediction: expected an earlier prediction (guess)']);
  });

  it('reports a YAML syntax error with its place', () => {
    const r = loadLesson({ id: 't', yaml: 'concept: [unclosed\n', markdown: { en: md(), zh: md() } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].line).toBeGreaterThan(0);
  });
});

describe('parseLessonText', () => {
  it('reads short labels from the labels section, not as a section', () => {
    const t = parseLessonText('# T\n\n## intro\nx\n\n## labels\n- best-order: 最优订货量（件）\n- units: 件\n');
    expect(t.labels).toEqual({ 'best-order': '最优订货量（件）', units: '件' });
    expect(Object.keys(t.sections)).toEqual(['intro']);
  });

  it('splits a title and keyed sections', () => {
    const t = parseLessonText('# 标题\n\n## intro\n第一段\n\n## q\n问题？\n');
    expect(t).toEqual({ title: '标题', sections: { intro: '第一段', q: '问题？' }, lines: { intro: 3, q: 6 }, labels: {} });
  });
});
