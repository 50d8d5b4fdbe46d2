// The lesson loader's problems come from the same message catalogue as the scenario loader's:
// each has a code and reads in Chinese with no English besides names, ids and quoted text.
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../lessons/index.ts';
import { renderIssue } from '../../sim/scenario/index.ts';
import { englishIn, hasChinese, paramTokens } from '../fixtures/chinese-text.ts';

const md = (extra = '') => `# Title\n\n## intro\nHello.\n\n## p\nGuess.\n\n## run\nRun.\n\n## debrief\nWhy.\n\n## q\nAsk.\n${extra}\n## labels\n- best: Best order\n`;
const yaml = `concept: test
steps:
  - {kind: explain, text: intro}
  - kind: predict
    id: guess
    text: p
    answer: {type: number, min: 10, max: 10}
  - kind: run
    text: run
    runs:
      - {id: nv, model: newsvendor, meanUnits: -5, sdUnits: 30, priceCny: 10, costCny: 4, orderUnits: {prediction: guess}}
    measures:
      - {id: best, value: nv.bestOrder}
      - {id: best, value: zz.x}
  - {kind: reveal, text: reveal, prediction: other, measure: nothing}
  - kind: debrief
    text: debrief
    question: q
    chart: {kind: bars, measures: [best, later]}
`;

/** The issues of a lesson's files, each as its code and its Chinese message. */
function chinese(yamlText: string, markdown = md()) {
  const r = loadLesson({ id: 't', yaml: yamlText, markdown: { en: markdown, zh: markdown.replace('# Title', '') } });
  return (r.ok ? [] : r.issues).map((i) => ({ code: i.code, zh: renderIssue(i, 'zh'), allowed: [...paramTokens(i.params), ...paramTokens(i.path)] }));
}

describe('the lesson loader in Chinese', () => {
  it('gives schema problems the codes of the scenario loader, in Chinese', () => {
    const issues = chinese(yaml);
    expect(issues).toEqual([expect.objectContaining({ code: 'schema.wrongValue', zh: '应为 > 0 的数字，实际为 -5' })]);
  });

  it('renders every reference, text and label problem in Chinese', () => {
    const issues = chinese(yaml.replace('meanUnits: -5', 'meanUnits: 100'), md('\n## spare\nx\n'));
    const codes = new Set(issues.map((i) => i.code));
    for (const code of ['lesson.noTitle', 'lesson.unusedSection', 'lesson.maxNotAboveMin', 'lesson.badModelOutput', 'lesson.definedTwice', 'lesson.badMeasureRef', 'lesson.unknownPrediction', 'lesson.unknownMeasure', 'lesson.chartMeasure', 'lesson.missingSection']) {
      expect(codes, code).toContain(code);
    }
    for (const i of issues) {
      expect(hasChinese(i.zh), i.zh).toBe(true);
      expect(englishIn(i.zh, i.allowed), `${i.code}: ${i.zh}`).toEqual([]);
    }
  });
});
