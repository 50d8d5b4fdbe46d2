// Calendar position of each period of a series: phase in the season (day of week for daily
// data, week of year for weekly data) and day of year. From the series' start date when it has
// one, else from the position alone.

/** Where day 0 of a series sits in the calendar. */
export interface CalendarAnchor {
  /** Phase of day 0 within the season (Monday = 0 for daily data with a start date). */
  phase0: number;
  /** Day of year of day 0 (0 = 1 January), or 0 when the series has no start date. */
  dayOfYear0: number;
  /** Days per period (1 daily, 7 weekly). */
  periodDays: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The anchor of a series starting on `startDate` (ISO `YYYY-MM-DD`, optional). Without a date,
 * day 0 is phase 0 and day of year 0: consistent within a series, not aligned across series.
 * With a date, daily data with a season of 7 is phased by weekday (Monday = 0) and weekly data
 * by week of year.
 */
export function calendarAnchor(seasonLength: number, startDate?: string, label = 'series', periodDays = 1): CalendarAnchor {
  if (!(periodDays === 1 || periodDays === 7)) throw new Error(`${label}: periodDays must be 1 (daily) or 7 (weekly), got ${periodDays}`);
  if (startDate === undefined) return { phase0: 0, dayOfYear0: 0, periodDays };
  const m = ISO_DATE.exec(startDate);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  const date = new Date(ms);
  if (!m || Number.isNaN(ms) || date.getUTCDate() !== Number(m[3])) {
    throw new Error(`${label}: startDate must be a date like 2025-01-31, got "${startDate}"`);
  }
  const mondayBased = (date.getUTCDay() + 6) % 7;
  const dayOfYear0 = Math.round((ms - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS);
  const phase0 = periodDays === 1 ? (seasonLength === 7 ? mondayBased : 0) : Math.floor(dayOfYear0 / 7) % seasonLength;
  return { phase0, dayOfYear0, periodDays };
}

/**
 * Writes the calendar features of period `t` at `out[offset…]`: `harmonics` sine/cosine pairs of
 * the season phase, then the sine and cosine of the day of year. Returns the count written.
 */
export function writeCalendar(
  anchor: CalendarAnchor,
  t: number,
  seasonLength: number,
  harmonics: number,
  out: Float32Array,
  offset: number,
): number {
  const phase = (((anchor.phase0 + t) % seasonLength) + seasonLength) % seasonLength;
  let k = offset;
  for (let j = 1; j <= harmonics; j++) {
    const angle = (2 * Math.PI * j * phase) / seasonLength;
    out[k++] = Math.sin(angle);
    out[k++] = Math.cos(angle);
  }
  const yearAngle = (2 * Math.PI * ((anchor.dayOfYear0 + t * anchor.periodDays) % 365.25)) / 365.25;
  out[k++] = Math.sin(yearAngle);
  out[k++] = Math.cos(yearAngle);
  return k - offset;
}

/** How many numbers `writeCalendar` writes. */
export function calendarWidth(harmonics: number): number {
  return 2 * harmonics + 2;
}
