// Message lookup with `{name}` placeholders, shared by the Svelte state and pure exporters.
import { en, type MessageKey } from './en.ts';
import { zh } from './zh.ts';
import type { Locale } from './format.ts';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** Parameters substituted into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** The text of `key` in `locale` with its placeholders filled; unknown placeholders stay visible. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[locale][key] ?? en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Whether a string is a known message key (for KPI and series labels built from names). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** The locale a browser language list prefers among those supported (Chinese → zh-CN). */
export function pickLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    if (/^zh\b/i.test(lang)) return 'zh-CN';
    if (/^en\b/i.test(lang)) return 'en';
  }
  return 'en';
}

/** A workbench message kept as key and parameters, rendered in the language current when shown. */
export interface UiMessage {
  key: MessageKey;
  params?: MessageParams;
}

/** What a view shows as a failure: its own message by key, or an error caught from models/ or a worker. */
export type UiFailure = UiMessage | { caught: unknown };
