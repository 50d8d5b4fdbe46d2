// How lessons show a measured number or a guess: enough digits to read it (two below 10, one below
// 100, none above), in the page's language. Shared by the lessons view and the classroom's lessons.
import type { I18n } from '../i18n/i18n.svelte.ts';

/** Fraction digits for a value of this size. */
export function measureDigits(v: number): number {
  const a = Math.abs(v);
  return a < 10 ? 2 : a < 100 ? 1 : 0;
}

/** `v` formatted in the page's language with measureDigits; "—" for null or a number that is not finite. */
export function formatMeasure(i18n: Pick<I18n, 'number'>, v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : i18n.number(v, measureDigits(v));
}
