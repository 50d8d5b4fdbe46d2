// A problem found while loading a scenario, located by field path and (when known) file position,
// phrased for the person who wrote the file.

/** One problem in a scenario file. */
export interface Issue {
  /** Dotted field path, e.g. "channels.paid.budgetPerDayCny"; "" for the file as a whole. */
  path: string;
  /** Plain-English description, without the path. */
  message: string;
  /** File the offending text is in (the base file when it comes from an `extends` base). */
  file?: string;
  /** 1-based line of the offending text. */
  line?: number;
  /** 1-based column of the offending text. */
  column?: number;
  /** Errors stop the scenario from loading; warnings do not. */
  severity: 'error' | 'warning';
  /** Stable code of the message (e.g. "file.tooLarge"), for messages rendered from a catalogue (loaderMessages.ts). */
  code?: string;
  /** The parameters the message was rendered from. */
  params?: Readonly<Record<string, string | number>>;
}

/** Formats an issue as `file:line:col: path: message`, leaving out the parts that are unknown. */
export function formatIssue(issue: Issue): string {
  let where = '';
  if (issue.file) {
    where = issue.file;
    if (issue.line !== undefined) {
      where += `:${issue.line}`;
      if (issue.column !== undefined) where += `:${issue.column}`;
    }
  } else if (issue.line !== undefined) {
    where = `line ${issue.line}`;
    if (issue.column !== undefined) where += `:${issue.column}`;
  }
  const parts = [where, issue.path, issue.message].filter((p) => p !== '');
  return parts.join(': ');
}

/** Joins path segments the way issues show them ("promotions.sale.skus.0"). */
export function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Shows a user's value inside a message: strings quoted (and shortened), lists and mappings
 * named rather than dumped.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}
