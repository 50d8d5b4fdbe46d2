// A built-in scenario's title, description and plan name in the workbench's language: Chinese
// from ui/i18n/scenarios.zh.ts, English from the scenario file itself.
import type { Locale } from '../i18n/format.ts';
import { scenarioGroupZh, scenarioTextZh } from '../i18n/scenarios.zh.ts';
import { scenarioDescription, type BuiltinScenario } from './builtins.ts';

const relative = (b: BuiltinScenario) => b.fileName.replace(/^\/scenarios\//, '');

/** Title of a built-in in `locale`. */
export function builtinTitle(b: BuiltinScenario, locale: Locale): string {
  return locale === 'zh-CN' ? (scenarioTextZh[relative(b)]?.title ?? b.title) : b.title;
}

/** Description of a built-in in `locale`. */
export function builtinDescription(b: BuiltinScenario, locale: Locale): string {
  return locale === 'zh-CN' ? (scenarioTextZh[relative(b)]?.description ?? scenarioDescription(b.text)) : scenarioDescription(b.text);
}

/** Name of a plan folder in `locale`. */
export function groupTitle(group: string, locale: Locale): string {
  return locale === 'zh-CN' ? (scenarioGroupZh[group] ?? group) : group;
}
