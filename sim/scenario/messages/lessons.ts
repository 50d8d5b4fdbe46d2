// The lesson loader's own messages (lessons/load.ts: references between steps, texts and labels
// in both languages) in the same catalogue as the scenario loader's, in English and Chinese.

/** Parameters of each lesson message code. */
export interface LessonMessageParams {
  'lesson.noTitle': Record<never, never>;
  'lesson.unusedSection': Record<never, never>;
  'lesson.missingStepKind': { kind: string };
  'lesson.missingSection': { key: string; file: string };
  'lesson.missingLabel': { key: string; file: string };
  'lesson.definedTwice': { what: 'prediction' | 'run' | 'measure'; id: string };
  'lesson.maxNotAboveMin': Record<never, never>;
  'lesson.notNumberPrediction': { known: string[] };
  'lesson.badMeasureRef': { runs: string[]; got: string };
  'lesson.badEngineOutput': { kpis: string[]; stats: string[]; fields: string[]; got: string };
  'lesson.badModelOutput': { model: string; outputs: string[]; got: string };
  'lesson.notEarlierMeasure': { got: string };
  'lesson.unknownPrediction': { known: string[] };
  'lesson.unknownMeasure': { known: string[] };
  'lesson.chartMeasure': { got: string };
  'lesson.chartRun': { model: 'engine' | 'beerGame'; got: string };
  'lesson.choiceMeasure': { got: string };
}

type Table = { [C in keyof LessonMessageParams]: (p: LessonMessageParams[C]) => string };

const orNone = (items: readonly string[], none: string) => items.join(', ') || none;
const WHAT_ZH = { prediction: '预测', run: '运行', measure: '度量' } as const;

/** The lesson messages in English. */
export const LESSONS_EN: Table = {
  'lesson.noTitle': () => 'expected a "# Title" line before the first section',
  'lesson.unusedSection': () => 'section is not used by any step',
  'lesson.missingStepKind': (p) => `expected at least one "${p.kind}" step`,
  'lesson.missingSection': (p) => `no "## ${p.key}" section in ${p.file}`,
  'lesson.missingLabel': (p) => `no label "- ${p.key}: …" in the "## labels" section of ${p.file}`,
  'lesson.definedTwice': (p) => `${p.what} "${p.id}" is defined twice`,
  'lesson.maxNotAboveMin': () => 'expected max above min',
  'lesson.notNumberPrediction': (p) => `expected the id of an earlier number prediction (${orNone(p.known, 'none')})`,
  'lesson.badMeasureRef': (p) => `expected RUN.OUTPUT with RUN one of ${p.runs.join(', ')}; got "${p.got}"`,
  'lesson.badEngineOutput': (p) =>
    `expected kpi.NAME (one of ${p.kpis.join(', ')}), series.NAME.STAT (STAT one of ${p.stats.join(', ')}) or channel.ID.FIELD (FIELD one of ${p.fields.join(', ')}), got "${p.got}"`,
  'lesson.badModelOutput': (p) => `a ${p.model} run gives ${p.outputs.join(', ')}; got "${p.got}"`,
  'lesson.notEarlierMeasure': (p) => `expected an earlier measure of this lesson; got "${p.got}"`,
  'lesson.unknownPrediction': (p) => `expected an earlier prediction (${orNone(p.known, 'none')})`,
  'lesson.unknownMeasure': (p) => `expected a measure of an earlier run step (${orNone(p.known, 'none')})`,
  'lesson.chartMeasure': (p) => `expected a measure of an earlier run step; got "${p.got}"`,
  'lesson.chartRun': (p) => `expected an earlier ${p.model} run; got "${p.got}"`,
  'lesson.choiceMeasure': (p) => `expected a measure of a run step; got "${p.got}"`,
};

/** The lesson messages in Chinese. */
export const LESSONS_ZH: Table = {
  'lesson.noTitle': () => '第一节之前应有一行 "# 标题"',
  'lesson.unusedSection': () => '没有任何步骤使用这一节',
  'lesson.missingStepKind': (p) => `至少应有一个 "${p.kind}" 步骤`,
  'lesson.missingSection': (p) => `${p.file} 中没有 "## ${p.key}" 一节`,
  'lesson.missingLabel': (p) => `${p.file} 的 "## labels" 一节中没有标签 "- ${p.key}: …"`,
  'lesson.definedTwice': (p) => `${WHAT_ZH[p.what]} "${p.id}" 定义了两次`,
  'lesson.maxNotAboveMin': () => 'max 应大于 min',
  'lesson.notNumberPrediction': (p) => `应为之前某个数值预测的编号（${orNone(p.known, '无')}）`,
  'lesson.badMeasureRef': (p) => `应为 RUN.OUTPUT，其中 RUN 是 ${p.runs.join(', ')} 之一；实际为 "${p.got}"`,
  'lesson.badEngineOutput': (p) =>
    `应为 kpi.NAME（NAME 是 ${p.kpis.join(', ')} 之一）、series.NAME.STAT（STAT 是 ${p.stats.join(', ')} 之一）或 channel.ID.FIELD（FIELD 是 ${p.fields.join(', ')} 之一），实际为 "${p.got}"`,
  'lesson.badModelOutput': (p) => `${p.model} 运行给出 ${p.outputs.join(', ')}；实际为 "${p.got}"`,
  'lesson.notEarlierMeasure': (p) => `应为本课之前的某个度量；实际为 "${p.got}"`,
  'lesson.unknownPrediction': (p) => `应为之前的某个预测（${orNone(p.known, '无')}）`,
  'lesson.unknownMeasure': (p) => `应为之前某个运行步骤的度量（${orNone(p.known, '无')}）`,
  'lesson.chartMeasure': (p) => `应为之前某个运行步骤的度量；实际为 "${p.got}"`,
  'lesson.chartRun': (p) => `应为之前的某次 ${p.model} 运行；实际为 "${p.got}"`,
  'lesson.choiceMeasure': (p) => `应为某个运行步骤的度量；实际为 "${p.got}"`,
};
