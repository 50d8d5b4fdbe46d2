// Errors raised after loading (a run, a lever, a calibration, a decision) carry a message code of the
// one catalogue (loaderMessages.ts) and say where (a field path, a flag): `message` stays English,
// `errorText` renders any of them — or a copy re-created from a worker — in the user's language.
import { loaderMessage, MESSAGE_CODES, renderMessage, type Coded, type LoaderMessage, type MessageCode, type MessageLang, type MessageParams } from './loaderMessages.ts';

const MESSAGE_CODE_SET: ReadonlySet<string> = new Set(MESSAGE_CODES);

/** What a coded error carries besides its English message (own, plain properties, so a worker can copy them). */
export interface CodedFields {
  /** The catalogue code, e.g. "lever.noSetting". */
  code: MessageCode;
  /** The code's parameters. */
  params: unknown;
  /** Where, shown before the message as written (a field path, `--vary spec`); "" for none. */
  where: string;
}

/** The English text of a coded message at `where` ("where: message", or the message alone). */
const placed = (where: string, text: string) => (where === '' ? text : `${where}: ${text}`);

/** An error with a message code: `message` is its English text, `in(lang)` its text in `lang`. */
export class CodedError extends Error implements CodedFields {
  readonly code: MessageCode;
  readonly params: unknown;
  readonly where: string;
  constructor(coded: LoaderMessage, where = '') {
    super(placed(where, coded.message));
    this.code = coded.code;
    this.params = coded.params;
    this.where = where;
    this.name = 'CodedError';
  }

  /** The message in `lang`. */
  in(lang: MessageLang): string {
    return errorText(this, lang);
  }
}

/** A RangeError (a caller passed an impossible value) with a message code, for code that tests `instanceof RangeError`. */
export function codedRangeError<C extends MessageCode>(code: C, params: MessageParams[C], where = ''): RangeError & CodedFields {
  const coded = loaderMessage(code, params as never);
  return Object.assign(new RangeError(placed(where, coded.message)), { code: coded.code, params: coded.params, where });
}

/** A coded error's message without its place, to raise again at another place (a wrapping flag). */
export function messageOf(error: CodedFields): LoaderMessage {
  return loaderMessage(error.code, error.params as never);
}

/** The code, parameters and place of an error (or of a copy from a worker), or null when it has none. */
export function codedFields(error: unknown): CodedFields | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, params, where } = error as Partial<CodedFields>;
  if (typeof code !== 'string' || typeof params !== 'object' || params === null) return null;
  if (!MESSAGE_CODE_SET.has(code)) return null;
  return { code, params, where: typeof where === 'string' ? where : '' };
}

/** The fields to copy when an error crosses a worker boundary (empty for an error without a code). */
export function codedCopy(error: unknown): Partial<CodedFields> {
  const fields = codedFields(error);
  return fields === null ? {} : { code: fields.code, params: fields.params, where: fields.where };
}

/** The English message of a thrown value, or of a plain object with a `message` (an error copied from a worker). */
function messageText(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

/** An error's text in `lang`: a coded error rendered from its code, any other its message. */
export function errorText(error: unknown, lang: MessageLang): string {
  const fields = codedFields(error);
  if (fields === null || lang === 'en') return messageText(error);
  return placed(fields.where, renderMessage({ code: fields.code, params: fields.params } as Coded, lang));
}

