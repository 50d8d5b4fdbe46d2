// Why a lesson step could not run, kept as data until shown, so it reads in the language chosen
// when it is shown: a LessonRunError's reason (also as copied out of the lesson worker) or any error.
import type { LessonRunReason } from '../../lessons/run.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';

/** A run failure as the player keeps it. */
export type LessonFailure = { reason: LessonRunReason } | { caught: unknown };

/** What crosses the worker boundary for a LessonRunError (an Error would keep only its English message). */
export interface PortableLessonError {
  message: string;
  lessonRun: LessonRunReason;
}

/** The failure of a caught error: a LessonRunError, or its copy from the worker, keeps its reason. */
export function lessonFailure(error: unknown): LessonFailure {
  if (error && typeof error === 'object') {
    if ('lessonRun' in error) return { reason: (error as PortableLessonError).lessonRun };
    if ('reason' in error && error instanceof Error) return { reason: (error as Error & { reason: LessonRunReason }).reason };
  }
  return { caught: error };
}

/** A failure's text in the workbench's language. */
export function lessonFailureText(failure: LessonFailure, i18n: I18n): string {
  if ('caught' in failure) return i18n.error(failure.caught);
  const r = failure.reason;
  switch (r.kind) {
    case 'noPrediction':
      return i18n.t('lessonRun.noPrediction', { prediction: r.prediction });
    case 'scenario':
      return i18n.t('lessonRun.scenario', { issues: r.issues.map(i18n.issueLine).join('\n') });
    case 'lever':
      return i18n.t('lessonRun.lever', { path: r.path, detail: i18n.error({ ...r.coded, message: r.detail }) });
    default:
      return i18n.t('lessonRun.missingOutput', { measure: r.measure, output: r.output });
  }
}
