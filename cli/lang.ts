// The command line's own messages in English or Chinese: `--lang en|zh` anywhere on the line,
// else the locale (LC_ALL, LC_MESSAGES, LANG starting with "zh"). The loader's messages are its own.
// One catalogue: the tables of each area live in cli/text/<area>.en.ts and .zh.ts, merged here.
import { commonEn } from './text/common.en.ts';
import { UNITS_ZH, commonZh } from './text/common.zh.ts';
import { calibrateEn } from './text/calibrate.en.ts';
import { calibrateZh } from './text/calibrate.zh.ts';
import { dataEn } from './text/data.en.ts';
import { dataZh } from './text/data.zh.ts';
import { decideEn } from './text/decide.en.ts';
import { forecastEn } from './text/forecast.en.ts';
import { forecastZh } from './text/forecast.zh.ts';
import { decideZh } from './text/decide.zh.ts';
import { policyEn } from './text/policy.en.ts';
import { policyZh } from './text/policy.zh.ts';
import { POLICY_TERMS_ZH } from './text/policy-terms.zh.ts';
import { runEn } from './text/run.en.ts';
import { runZh } from './text/run.zh.ts';

/** Languages the CLI speaks. */
export type CliLang = 'en' | 'zh';

/** Picks the language and removes `--lang X` / `--lang=X` from the arguments. */
export function pickCliLang(argv: readonly string[], env: Record<string, string | undefined>): { lang: CliLang; args: string[]; problem?: string } {
  const args: string[] = [];
  let lang: CliLang | null = null;
  let problem: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === '--lang' ? argv[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === undefined && a !== '--lang') {
      args.push(a);
      continue;
    }
    if (value === 'en' || value === 'zh' || value === 'zh-CN') lang = value === 'en' ? 'en' : 'zh';
    else problem = `--lang: expected en or zh, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`;
  }
  if (lang === null) {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    lang = /^zh/i.test(locale) ? 'zh' : 'en';
  }
  return { lang, args, problem };
}

const zh = {
  tagline: '网店假设分析工作台',
  usage: '用法：shoplab <命令> [选项]',
  commands: '命令：',
  more: '运行 `shoplab <命令> --help` 查看命令的选项，`shoplab --version` 查看版本。',
  unknownCommand: 'shoplab：未知命令 "{name}"{hint}\n运行 `shoplab help` 查看命令列表。\n',
  unknownOption: 'shoplab：未知选项 "{name}"{hint}\n运行 `shoplab help` 查看命令列表。\n',
  unavailable: 'shoplab：此版本中没有 {name} 命令\n',
  interrupted: '\nshoplab：已中断，正在停止…\n',
  'cmd.run': '模拟一个场景（蒙特卡洛重复实验）并输出其 KPI',
  'cmd.compare': '用相同种子运行多个场景，并与第一个比较（配对差值、P(更优)）',
  'cmd.sweep': '在杠杆取值网格上运行，并把 KPI 写成整洁的 CSV',
  'cmd.validate': '检查场景文件，按 文件:行:列 列出每个问题',
  'cmd.forecast': '对长格式 CSV 中的销售序列做预测和回测',
  'cmd.policy': '库存策略计算：安全库存、再订货点、报童模型',
  'cmd.gen-sales': '从模拟场景生成销售历史 CSV',
  'cmd.calibrate': '拟合场景参数以达到目标 KPI',
  'cmd.worker': '从 Redis 队列处理模拟任务（横向扩展：run|compare|sweep --redis URL）',
  'cmd.sensitivity': 'KPI 对每项设置取低值和高值的龙卷风图（共同随机数）',
  'cmd.explain': '两个场景的 GMV 和利润为何不同：精确相加的各项效应（Shapley）',
  'cmd.optimise': '在约束下为某个 KPI 寻找最佳杠杆取值或预算分配（别名：optimize）',
  'cmd.classroom': '开设啤酒游戏实时课堂：学员在局域网内用浏览器加入',
  'cmd.help': '显示 ShopLab 或某个命令的帮助',
} as const;

const en = {
  tagline: 'what-if workbench for online shops',
  usage: 'Usage: shoplab <command> [options]',
  commands: 'Commands:',
  more: 'Run `shoplab <command> --help` for a command\'s options, `shoplab --version` for the version.',
  unknownCommand: 'shoplab: unknown command "{name}"{hint}\nRun `shoplab help` for the list of commands.\n',
  unknownOption: 'shoplab: unknown option "{name}"{hint}\nRun `shoplab help` for the list of commands.\n',
  unavailable: 'shoplab: command {name} is not available in this build\n',
  interrupted: '\nshoplab: interrupted, stopping…\n',
  'cmd.classroom': 'run a live classroom of the Beer Game: learners join from their browsers on the local network',
} as const;

/** Every English message of the CLI, by key. */
const EN = { ...en, ...commonEn, ...runEn, ...decideEn, ...calibrateEn, ...dataEn, ...forecastEn, ...policyEn } as const;

/** A key of the CLI's message catalogue. */
export type CliKey = keyof typeof EN;

/** The Chinese table: a compile error when it lacks a key of the English one. */
const ZH: Record<CliKey, string> & Record<string, string> = { ...zh, ...commonZh, ...runZh, ...decideZh, ...calibrateZh, ...dataZh, ...forecastZh, ...policyZh };

/** A message kept as key and parameters, rendered in a language only when shown. */
export interface CliMessage {
  key: CliKey;
  params?: Record<string, CliParam>;
}

/** A placeholder's value: text, a number, a nested message, or text that depends on the language. */
export type CliParam = string | number | CliMessage | ((lang: CliLang) => string);

/** A message for later rendering (e.g. inside a thrown UsageError). */
export function cliMessage(key: CliKey, params: Record<string, CliParam> = {}): CliMessage {
  return { key, params };
}

function paramText(lang: CliLang, value: CliParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'function') return value(lang);
  return cliText(lang, value.key, value.params);
}

/** A CLI message in `lang` with `{name}` placeholders filled; command summaries are `cmd.NAME`. */
export function cliText(lang: CliLang, key: CliKey | `cmd.${string}`, params: Record<string, CliParam> = {}, fallback = ''): string {
  const table: Record<string, string> = lang === 'zh' ? ZH : EN;
  const text = table[key] ?? fallback;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? paramText(lang, params[name]) : whole));
}

/** A message (or plain text, shown as is) in `lang`. */
export function renderMessage(lang: CliLang, message: CliMessage | string): string {
  return typeof message === 'string' ? message : cliText(lang, message.key, message.params);
}

/** The text function of a command: messages in the language `main` chose for `io` (English by default). */
export function textIn(io: { lang?: CliLang }): (key: CliKey, params?: Record<string, CliParam>) => string {
  const lang = io.lang ?? 'en';
  return (key, params = {}) => cliText(lang, key, params);
}

/** "s" for an English plural, "" for one (Chinese ignores it). */
export function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/** A unit as stated by a flag's range or a policy parameter, in `lang` (as written when not listed). */
export function unitText(lang: CliLang, unit: string): string {
  return lang === 'zh' ? (UNITS_ZH[unit] ?? unit) : unit;
}

/**
 * Text whose key is its own English, with `{name}` placeholders (the inventory policies' summaries,
 * parameters and report rows in cli/policy/): as is in English, from the terms table in Chinese
 * (unchanged when the table lacks it; a test keeps the table complete).
 */
export function termText(lang: CliLang, text: string, params: Record<string, CliParam> = {}): string {
  const template = lang === 'zh' ? (POLICY_TERMS_ZH[text] ?? text) : text;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? paramText(lang, params[name]) : whole));
}
