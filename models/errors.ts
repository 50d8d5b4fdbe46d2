// Errors a forecaster raises for data it cannot model; the fallback turns them into a note.
import { ModelError } from './messages/render.ts';

export { ModelError, isModelCoded, modelMessage, modelTextOf, renderModelError, renderModelMessage, renderModelText, MODEL_MESSAGE_CODES } from './messages/render.ts';
export type { SeriesName } from './messages/codes.ts';
export type { ModelCode, ModelCoded, ModelLang, ModelMessageParams, ModelMessageTable, ModelText } from './messages/render.ts';

/** The series has fewer observations than the model needs. */
export class SeriesTooShortError extends ModelError<'series.tooShort'> {
  constructor(model: string, needed: number, got: number) {
    super('series.tooShort', { model, needed, got });
    this.name = 'SeriesTooShortError';
  }
}
