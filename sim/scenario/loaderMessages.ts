// The catalogue of the loader's messages: every problem is raised as a stable code plus typed
// parameters (messages/codes.ts) and rendered in English (messages/en.ts) or Chinese
// (messages/zh.ts) without touching the places that raise it.
import type { Coded, Framing, MessageCode, MessageLang, MessageParams, MessageTable } from './messages/codes.ts';
import { ENGLISH } from './messages/en.ts';
import { CHINESE } from './messages/zh.ts';

export type { BeyondHorizon, Coded, Framing, MessageCode, MessageLang, MessageParams, RecordNoun, SpecialFileKind } from './messages/codes.ts';
export type { Bound, Expected, ExpectedBare, FormulaResult, FormulaWhy, Shown } from './messages/parts.ts';

/** Input limits of a scenario file, as stated in its messages. */
export const SCENARIO_FILE_LIMITS = {
  /** Largest scenario file read (bytes). */
  maxBytes: 1_048_576,
  /** Deepest nesting of mappings and lists. */
  maxNesting: 32,
  /** Most nodes that aliases (*name) may expand to. */
  maxAliasCount: 1000,
} as const;

/** Parameters of each message code (the name the catalogue had when it held only file messages). */
export type LoaderMessageParams = MessageParams;
export type LoaderMessageCode = MessageCode;

/** A coded message: what the loader says in English, and the code and parameters it was made from. */
export type LoaderMessage<C extends MessageCode = MessageCode> = { [K in C]: { code: K; params: MessageParams[K] & Framing; message: string } }[C];

const TABLES: Record<MessageLang, MessageTable> = { en: ENGLISH, zh: CHINESE };

/** A code's message in `lang`, framed as its parameters say ("not valid YAML: …", "cannot read x: …"). */
export function renderMessage(coded: Coded, lang: MessageLang): string {
  const render = TABLES[lang][coded.code] as (p: Coded['params']) => string;
  const body = render(coded.params);
  const { notValid, reading } = coded.params as Framing;
  const zh = lang === 'zh';
  if (notValid) return zh ? `不是有效的 ${notValid}：${body}` : `not valid ${notValid}: ${body}`;
  if (reading === undefined) return body;
  // "x is a folder, …": a sentence about the file itself; otherwise what went wrong reading it.
  if (coded.code.startsWith('file.') && coded.code !== 'file.tooLarge') return `${reading} ${body}`;
  return zh ? `无法读取 ${reading}：${body}` : `cannot read ${reading}: ${body}`;
}

/** Makes a coded message with its English text. */
export function loaderMessage<C extends MessageCode>(code: C, params: MessageParams[C] & Framing): LoaderMessage<C> {
  const coded = { code, params } as unknown as Coded;
  return { code, params, message: renderMessage(coded, 'en') } as unknown as LoaderMessage<C>;
}

/** The same message with framing added (the file being read, the syntax it is not valid as). */
export function withFraming(m: LoaderMessage, framing: Framing): LoaderMessage {
  return loaderMessage(m.code, { ...m.params, ...framing } as never);
}

/** The codes of the catalogue (every language renders each). */
export const MESSAGE_CODES = Object.keys(ENGLISH) as MessageCode[];

/**
 * An issue's message in `lang`: English is the message as raised; another language renders the
 * issue's code and parameters (an issue without a known code keeps its English message).
 */
export function renderIssue(issue: { message: string; code?: string; params?: unknown }, lang: MessageLang): string {
  if (lang === 'en' || issue.code === undefined || !Object.hasOwn(ENGLISH, issue.code)) return issue.message;
  return renderMessage({ code: issue.code, params: issue.params ?? {} } as Coded, lang);
}
