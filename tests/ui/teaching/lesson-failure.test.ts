// A lesson step that cannot run says why in the workbench's language: the LessonRunError's reason
// survives the copy out of the worker and is worded from the Chinese or English table.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../ui/i18n/i18n.svelte.ts';
import { LessonRunError, loadLesson, runLessonStep } from '../../../lessons/index.ts';
import { readLessonSources, readRepoScenario } from '../../../lessons/node.ts';
import { lessonFailure, lessonFailureText } from '../../../ui/teaching/lesson-failure.ts';
import { englishWords } from '../../cli/chinese-checker.ts';

function chinese(): I18n {
  const i18n = new I18n();
  i18n.locale = 'zh-CN';
  return i18n;
}

describe('lesson run failures', () => {
  it('word a scenario that does not load in Chinese, with its file and the loader\'s own Chinese', async () => {
    const r = loadLesson(readLessonSources('marketing-budget'));
    if (!r.ok) throw new Error('lesson does not load');
    const step = r.lesson.file.steps.find((s) => s.kind === 'run')!;
    if (step.kind !== 'run') throw new Error('no run step');
    const broken = { ...step, runs: step.runs.map((run) => ({ ...run, scenario: 'missing.yaml' })) };
    const error = await runLessonStep(broken, { predictions: { 'clicks-gain': 50 }, levers: {} }, readRepoScenario).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LessonRunError);
    // As copied out of the lesson worker: plain data.
    const copied = structuredClone({ message: (error as Error).message, lessonRun: (error as LessonRunError).reason });
    const text = lessonFailureText(lessonFailure(copied), chinese());
    expect(text).toMatch(/^课程的场景无法加载：\n/);
    expect(text).toContain('missing.yaml');
    expect(englishWords(text.replace(/\S*\.yaml\S*/g, ''))).toEqual([]);
  });

  it('word a missing answer and a missing run output in either language', () => {
    const noAnswer = lessonFailure(new LessonRunError({ kind: 'noPrediction', prediction: 'carry' }));
    expect(lessonFailureText(noAnswer, chinese())).toBe('预测 "carry" 还没有数值：请先在对应步骤中填写你的猜测');
    expect(lessonFailureText(noAnswer, new I18n())).toBe('prediction "carry" has no number yet: make your guess in its step first');
    const missing = new LessonRunError({ kind: 'missingOutput', measure: 'live', output: 'base.channel.douyin.clicks' });
    expect(missing.message).toBe('measure live: run output "base.channel.douyin.clicks" does not exist (a channel the scenario lacks?)');
    expect(lessonFailureText(lessonFailure(missing), chinese())).toBe('度量 live：运行输出 "base.channel.douyin.clicks" 不存在（场景中缺少这个渠道？）');
  });

  it('word a lever the scenario refuses with the lever error\'s own Chinese', async () => {
    const r = loadLesson(readLessonSources('marketing-budget'));
    if (!r.ok) throw new Error('lesson does not load');
    const step = r.lesson.file.steps.find((s) => s.kind === 'run')!;
    if (step.kind !== 'run') throw new Error('no run step');
    const error = await runLessonStep(step, { predictions: { 'clicks-gain': 50 }, levers: { 'funnel.checkoutRate': 1.5 } }, readRepoScenario).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LessonRunError);
    const copied = structuredClone({ message: (error as Error).message, lessonRun: (error as LessonRunError).reason });
    const english = lessonFailureText(lessonFailure(copied), new I18n());
    const text = lessonFailureText(lessonFailure(copied), chinese());
    expect(english).toContain('funnel.checkoutRate');
    expect(text).toContain('funnel.checkoutRate');
    expect(englishWords(text.replace(/funnel\.checkoutRate/g, ''))).toEqual([]);
  });

  it('show any other error as it was caught', () => {
    expect(lessonFailureText(lessonFailure(new Error('engine stopped')), chinese())).toBe('engine stopped');
  });
});
