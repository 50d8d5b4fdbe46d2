// What every `shoplab policy` entry is made of: its parameters (flag, kind, unit, meaning), the
// report it prints, and the small helpers the entries share to read values and format rows.
import { withSeparators } from '../format.ts';
import { UsageError } from '../io.ts';
import { cliMessage, cliText, type CliLang } from '../lang.ts';

export type Kind = 'number' | 'positive' | 'nonNegative' | 'probability' | 'whole' | 'count' | 'list';

/** One parameter of a policy: its flag, what it accepts, its unit and meaning. */
export interface Param {
  flag: string;
  kind: Kind;
  unit: string;
  text: string;
  default?: number;
}

/**
 * Report text with `{name}` placeholders: English, keyed in the Chinese terms table by that same
 * English (cli/text/policy-terms*.zh.ts); a parameter may itself be text to translate.
 */
export interface Term {
  text: string;
  params: Record<string, string | number | Term>;
}

/** A label, unit or title of a report: plain English or a Term. */
export type Label = string | Term;

/** A Term: `text` with its placeholders' values. */
export function term(text: string, params: Term['params']): Term {
  return { text, params };
}

/** One output line: label, value as displayed, unit. */
export type Row = [Label, string, Label];

export interface Report {
  title: Label;
  rows: Row[];
  result: Record<string, unknown>;
}

export type Values = Record<string, number | number[] | undefined>;

export interface Policy {
  summary: string;
  params: Param[];
  /** Flags the policy cannot do without (alternatives are checked in `compute`). */
  required: string[];
  notes: string[];
  compute(v: Values): Report;
}

/** The number given for `--flag`, or a usage error saying it is missing. */
export function num(v: Values, flag: string): number {
  const value = v[flag];
  if (typeof value !== 'number') throw new UsageError(cliMessage('policy.missing', { flag }));
  return value;
}

/** The list given for `--flag` (comma-separated), or a usage error saying it is missing. */
export function list(v: Values, flag: string): number[] {
  const value = v[flag];
  if (!Array.isArray(value)) throw new UsageError(cliMessage('policy.missing', { flag }));
  return value;
}

/** Which group of flags was given; exactly one group must be complete. */
export function exactlyOne(v: Values, groups: string[][], what: 'demand' | 'target' | 'shortageCost' | 'leadTimeDemand'): string {
  const given = groups.filter((g) => g.some((f) => v[f] !== undefined));
  const describe = (lang: CliLang) => groups.map((g) => g.map((f) => `--${f}`).join(cliText(lang, 'policy.with'))).join(cliText(lang, 'policy.orElse'));
  const subject = cliMessage(`policy.what.${what}`);
  if (given.length !== 1) throw new UsageError(cliMessage(given.length === 0 ? 'policy.missingGroup' : 'policy.conflicting', { what: subject, describe }));
  const missing = given[0].filter((f) => v[f] === undefined);
  if (missing.length > 0) throw new UsageError(cliMessage('policy.needs', { flag: `--${given[0].find((f) => v[f] !== undefined)}`, missing: (lang) => missing.map((f) => `--${f}`).join(cliText(lang, 'policy.and')) }));
  return given[0][0];
}

/** Both flags of a pair or neither (to evaluate a policy); returns whether both were given. */
export function bothOrNeither(v: Values, a: string, b: string, command: string): boolean {
  if ((v[a] === undefined) !== (v[b] === undefined)) throw new UsageError(cliMessage('policy.bothOrNeither', { command, a, b }));
  return v[a] !== undefined;
}

export const units = (x: number) => withSeparators(x, Math.abs(x) >= 1000 || Number.isInteger(x) ? (Number.isInteger(x) ? 0 : 1) : 2);
export const money = (x: number) => `¥${withSeparators(x, Math.abs(x) >= 1000 ? 0 : 2)}`;
export const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
export const fixed = (x: number, d: number) => x.toFixed(d);
