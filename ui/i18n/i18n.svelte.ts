// The workbench's current language: reactive `t` and formatters bound to the chosen locale.
import { translate, isMessageKey, pickLocale, type MessageParams, type UiFailure } from './translate.ts';
import type { MessageKey } from './en.ts';
import { errorText, formatIssueIn, KPI_CATALOGUE, renderIssue, type Issue, type KpiName, type MessageLang } from '../../sim/light.ts';
import { isModelCoded, renderModelError, renderModelText } from '../../models/messages/render.ts';
import { formatValue, formatDelta, formatNumber, formatPercent, formatMoney, formatDuration, type Locale, type ValueKind } from './format.ts';

const STORAGE_KEY = 'shoplab.locale';

/** Holds the locale (persisted in localStorage) and formats text and numbers for it. */
export class I18n {
  locale = $state<Locale>('en');

  constructor() {
    const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
    this.locale = saved === 'en' || saved === 'zh-CN' ? saved : pickLocale(typeof navigator !== 'undefined' ? navigator.languages : []);
    this.applyToDocument();
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    this.applyToDocument();
  }

  private applyToDocument(): void {
    if (typeof document !== 'undefined') document.documentElement.lang = this.locale;
  }

  /** A message; a `{channel}` parameter is shown as the channel's name in this language. */
  t = (key: MessageKey, params?: MessageParams): string =>
    translate(this.locale, key, params && 'channel' in params ? { ...params, channel: this.channel(String(params.channel)) } : params);

  /** Name of a marketing channel id: built-in ids are translated, a user's own ids shown as written. */
  channel = (id: string): string => {
    const key = `channel.${id}`;
    return isMessageKey(key) ? translate(this.locale, key) : id;
  };

  /** The language of the loader's messages (sim's message catalogue) for this locale. */
  get messageLang(): MessageLang {
    return this.locale === 'zh-CN' ? 'zh' : 'en';
  }

  /** A scenario or lesson issue's message in this language. */
  issue = (issue: Issue): string => renderIssue(issue, this.messageLang);


  /** An issue as `file:line:col: path: message` in this language. */
  issueLine = (issue: Issue): string => formatIssueIn(issue, this.messageLang);

  /** A models/ message (a data issue, a note, a refusal) in this language; text models/ did not write is shown as is. */
  model = (item: { message: string; code?: unknown; params?: unknown }): string => renderModelText(item, this.messageLang);

  /**
   * What a caught error says, in this language: sim/'s coded errors (a lever, a run) and models/'s
   * (a forecaster, a data file), or their copies from a worker, rendered from their code; any
   * other as written.
   */
  error = (error: unknown): string => (isModelCoded(error) ? renderModelError(error, this.messageLang) : errorText(error, this.messageLang));

  /** A failure a view shows: a workbench message by key, or a caught error (see `error`). */
  failure = (failure: UiFailure): string => ('key' in failure ? this.t(failure.key, failure.params) : this.error(failure.caught));

  /** A KPI's label, by its key in the KPI catalogue (a missing label fails the typecheck). */
  kpi = (name: KpiName): string => translate(this.locale, KPI_CATALOGUE[name].labelKey);

  /** Label of a KPI or series name, falling back to the raw name. */
  label = (prefix: 'kpi' | 'series', name: string): string => {
    const key = `${prefix}.${name}`;
    return isMessageKey(key) ? translate(this.locale, key) : name;
  };

  value = (v: number, kind: ValueKind, compact = false): string => formatValue(v, kind, this.locale, compact);
  delta = (v: number, kind: ValueKind): string => formatDelta(v, kind, this.locale);
  number = (v: number, digits = 0): string => formatNumber(v, this.locale, digits);
  percent = (v: number, digits = 1): string => formatPercent(v, this.locale, digits);
  money = (v: number, compact = false): string => formatMoney(v, this.locale, compact);
  duration = (ms: number): string => formatDuration(ms, this.locale);
}
