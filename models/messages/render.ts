// Raising and rendering models/ messages: an error or a data issue carries its code and parameters
// beside its English `message`, and a front end renders it in the user's language when it shows it.
import type { ModelCode, ModelCoded, ModelLang, ModelMessageParams, ModelMessageTable, ModelText } from './codes.ts';
import { MODELS_EN } from './en.ts';
import { MODELS_ZH } from './zh.ts';

export type { ModelCode, ModelCoded, ModelLang, ModelMessageParams, ModelMessageTable, ModelText } from './codes.ts';

const TABLES: Record<ModelLang, ModelMessageTable> = { en: MODELS_EN, zh: MODELS_ZH };

/** The codes of the catalogue (every language renders each). */
export const MODEL_MESSAGE_CODES = Object.keys(MODELS_EN) as ModelCode[];

/** A coded message (or outside text) in `lang`. */
export function renderModelMessage(text: ModelText, lang: ModelLang): string {
  if (!('code' in text)) return text.text;
  const render = TABLES[lang][text.code] as (p: ModelCoded['params'], sub: (t: ModelText) => string) => string;
  return render(text.params, (nested) => renderModelMessage(nested, lang));
}

/** A coded message with its English text, to spread into a data issue or a note. */
export function modelMessage<C extends ModelCode>(code: C, params: ModelMessageParams[C]): { code: C; params: ModelMessageParams[C]; message: string } {
  return { code, params, message: renderModelMessage({ code, params } as ModelCoded, 'en') };
}

/** A bad input or a series a model cannot serve: `.message` is English, `code` and `params` render it in any language. */
export class ModelError<C extends ModelCode = ModelCode> extends RangeError {
  readonly code: C;
  readonly params: ModelMessageParams[C];
  constructor(code: C, params: ModelMessageParams[C]) {
    super(renderModelMessage({ code, params } as ModelCoded, 'en'));
    this.code = code;
    this.params = params;
  }
}

/** Whether a value carries a code of this catalogue (an error, a data issue, or their copy through a worker). */
export function isModelCoded(value: unknown): value is ModelCoded {
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === 'string' && Object.hasOwn(MODELS_EN, code) && typeof (value as { params?: unknown }).params === 'object';
}

/** What went wrong, as text to nest in another message: the coded message, else the error's own text. */
export function modelTextOf(error: unknown): ModelText {
  if (isModelCoded(error)) return { code: error.code, params: error.params } as ModelCoded;
  return { text: error instanceof Error ? error.message : String(error) };
}

/**
 * A message in `lang`: one carrying a code of this catalogue is rendered from it; any other keeps
 * its `message` (text that models/ did not write, shown as is).
 */
export function renderModelText(item: { message: string; code?: unknown; params?: unknown }, lang: ModelLang): string {
  return isModelCoded(item) ? renderModelMessage(item, lang) : item.message;
}

/** An error's message in `lang` (see renderModelText); a non-error is shown as text. */
export function renderModelError(error: unknown, lang: ModelLang): string {
  if (isModelCoded(error)) return renderModelMessage(error, lang);
  return error instanceof Error ? error.message : String(error);
}
