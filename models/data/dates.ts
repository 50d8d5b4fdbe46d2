// Calendar dates as whole days since 1970-01-01 (UTC), the unit the sales data is indexed by.

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
const MS_PER_DAY = 86_400_000;

/** Parses "YYYY-MM-DD" (optionally with a midnight time "T00:00:00") into a day number; NaN if invalid. */
export function parseDay(text: string): number {
  const match = DATE.exec(text.trim());
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes every year as written.
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  const ms = check.getTime();
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return NaN;
  return ms / MS_PER_DAY;
}

/** Formats a day number as "YYYY-MM-DD". */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
