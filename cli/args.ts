// A small, strict flag parser for ShopLab commands: known flags only (with did-you-mean),
// typed values with clear messages, `--flag value` and `--flag=value`, repeatable flags, and
// numbers checked against their stated range (cli/flag-bounds.ts).
import { suggestion } from './did-you-mean.ts';
import { checkRange, type FlagRange } from './flag-bounds.ts';
import { UsageError } from './io.ts';
import { cliMessage } from './lang.ts';

/** How a flag's value is read: a word, or a FlagRange for a number that must lie in it. */
export type FlagKind = 'boolean' | 'string' | 'list' | FlagRange;

/** Flag name (without dashes) → kind. `list` flags may repeat and collect their values. */
export type FlagSpec = Record<string, FlagKind>;

/** Parsed flags: booleans true when present, numbers, strings, or arrays for `list` flags. */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | number | boolean | string[]>;
}

/** A number written plainly (digits, `_` separators, a decimal point, an exponent), else NaN. */
export function readNumberText(text: string): number {
  const clean = text.replace(/_/g, '').trim();
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(clean) ? Number(clean) : NaN;
}

function readNumber(flag: string, text: string, range: FlagRange): number {
  const value = readNumberText(text);
  if (Number.isNaN(value)) throw new UsageError(cliMessage('args.expectedNumber', { flag, what: cliMessage(range.integer ? 'range.wholeNumber' : 'range.number'), text }));
  return checkRange(`--${flag}`, value, range, text.trim());
}

/**
 * Parses `args` against `spec`. Throws UsageError for an unknown flag (suggesting a close one),
 * a missing or malformed value, or a boolean flag given a value. `--` ends the flags.
 */
export function parseArgs(args: readonly string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  const names = Object.keys(spec);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    const kind = spec[name];
    if (kind === undefined) throw new UsageError(cliMessage('args.unknownOption', { option: arg.split('=')[0], hint: suggestion(name, names, '--') }));
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(cliMessage('args.takesNoValue', { flag: name }));
      flags[name] = true;
      continue;
    }
    let value: string;
    if (eq >= 0) value = body.slice(eq + 1);
    else {
      if (i + 1 >= args.length || (args[i + 1].startsWith('--') && args[i + 1].length > 2)) throw new UsageError(cliMessage('args.needsValue', { flag: name }));
      value = args[++i];
    }
    if (kind === 'list') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else if (kind === 'string') {
      if (value === '') throw new UsageError(cliMessage('args.needsValue', { flag: name }));
      flags[name] = value;
    } else flags[name] = readNumber(name, value, kind);
  }
  return { positional, flags };
}

/** Typed accessors over ParsedArgs.flags. */
export function flagNumber(parsed: ParsedArgs, name: string): number | undefined {
  const v = parsed.flags[name];
  return typeof v === 'number' ? v : undefined;
}
export function flagString(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.flags[name];
  return typeof v === 'string' ? v : undefined;
}
export function flagList(parsed: ParsedArgs, name: string): string[] {
  const v = parsed.flags[name];
  return Array.isArray(v) ? v : [];
}
export function flagBoolean(parsed: ParsedArgs, name: string): boolean {
  return parsed.flags[name] === true;
}
