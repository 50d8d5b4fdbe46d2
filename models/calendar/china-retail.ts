// Built-in calendar of Chinese retail events as covariate columns: Spring Festival (which moves
// every year, from a table of dates), 618, Double 11, Double 12 and the National Day golden week.
// Each column gives, per period, the share of the event's window of days that falls in it.
import { ModelError } from '../errors.ts';

/**
 * Spring Festival (Chinese New Year's Day, 1st day of the 1st lunar month) by Gregorian year,
 * 2010–2035. Source: the Hong Kong Observatory's Gregorian–Lunar calendar conversion tables
 * (https://www.hko.gov.hk/en/gts/time/conversion.htm); the same dates as the public-holiday
 * notices of China's State Council for the years already announced.
 */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2010: '2010-02-14', 2011: '2011-02-03', 2012: '2012-01-23', 2013: '2013-02-10', 2014: '2014-01-31',
  2015: '2015-02-19', 2016: '2016-02-08', 2017: '2017-01-28', 2018: '2018-02-16', 2019: '2019-02-05',
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
  2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13',
  2030: '2030-02-03', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19',
  2035: '2035-02-08',
};

/** First and last year the built-in calendar covers (Spring Festival is known for them). */
export const CALENDAR_YEARS: readonly [number, number] = [2010, 2035];

/** One event: the days of its window relative to an anchor date of each year. */
export interface RetailEvent {
  /** Column name, e.g. "double11". */
  name: string;
  /** Anchor day number (days since 1970-01-01) in a given year. */
  anchor: (year: number) => number;
  /** Window of days around the anchor, inclusive: [first, last] offsets. */
  window: [number, number];
}

const dayOf = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;

function springFestivalDay(year: number): number {
  const date = SPRING_FESTIVAL[year];
  if (date === undefined) throw new ModelError('calendar.springFestival', { from: CALENDAR_YEARS[0], to: CALENDAR_YEARS[1], year });
  const [y, m, d] = date.split('-').map(Number);
  return dayOf(y, m, d);
}

/**
 * The built-in events. Windows: the two weeks of pre-festival shopping before Spring Festival,
 * the festival week itself (shops shut, deliveries stop), JD's 618 peak days (June 16–18),
 * Tmall's Double 11 peak (Nov 9–11), Double 12 (Dec 10–12), National Day week (Oct 1–7).
 */
export const CHINA_RETAIL_EVENTS: readonly RetailEvent[] = [
  { name: 'spring_festival_eve', anchor: springFestivalDay, window: [-14, -1] },
  { name: 'spring_festival', anchor: springFestivalDay, window: [0, 6] },
  { name: 'e618', anchor: (y) => dayOf(y, 6, 18), window: [-2, 0] },
  { name: 'double11', anchor: (y) => dayOf(y, 11, 11), window: [-2, 0] },
  { name: 'double12', anchor: (y) => dayOf(y, 12, 12), window: [-2, 0] },
  { name: 'national_day', anchor: (y) => dayOf(y, 10, 1), window: [0, 6] },
];

/**
 * Event columns for `length` periods of `periodDays` days each, the first starting on day number
 * `startDay`: value = share (0–1) of the event window's days inside the period. Works for daily
 * (periodDays 1) and weekly (7) grids, history and future alike. Throws RangeError for periods
 * outside the years the calendar covers.
 */
export function chinaRetailEvents(startDay: number, periodDays: number, length: number, events: readonly RetailEvent[] = CHINA_RETAIL_EVENTS): Record<string, Float64Array> {
  if (!(Number.isInteger(periodDays) && periodDays >= 1)) throw new ModelError('calendar.periodDays', { got: String(periodDays) });
  const columns: Record<string, Float64Array> = {};
  const endDay = startDay + periodDays * length;
  const firstYear = new Date(startDay * 86_400_000).getUTCFullYear();
  const lastYear = new Date((endDay - 1) * 86_400_000).getUTCFullYear();
  if (length > 0 && (firstYear < CALENDAR_YEARS[0] || lastYear > CALENDAR_YEARS[1])) {
    throw new ModelError('calendar.range', { from: CALENDAR_YEARS[0], to: CALENDAR_YEARS[1], firstYear, lastYear });
  }
  for (const event of events) {
    const column = new Float64Array(length);
    const span = event.window[1] - event.window[0] + 1;
    // Windows reach at most a few weeks across a year boundary: look one year either side.
    for (let year = Math.max(CALENDAR_YEARS[0], firstYear - 1); year <= Math.min(CALENDAR_YEARS[1], lastYear + 1); year++) {
      const anchor = event.anchor(year);
      for (let day = anchor + event.window[0]; day <= anchor + event.window[1]; day++) {
        if (day < startDay || day >= endDay) continue;
        column[Math.floor((day - startDay) / periodDays)] += 1 / span;
      }
    }
    columns[event.name] = column;
  }
  return columns;
}
