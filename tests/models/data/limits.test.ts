import { describe, expect, it } from 'vitest';
import { formatDay, parseDay } from '../../../models/data/dates.ts';
import { formatDataIssue } from '../../../models/data/issues.ts';
import { readSalesCsv, type SalesReadResult } from '../../../models/data/sales-reader.ts';

const problems = (r: SalesReadResult) => (r.ok ? [] : r.issues.map((i) => formatDataIssue(i)));

describe('sales data at the edges of the calendar and of numbers', () => {
  it('reads every date from 0001-01-01 to 9999-12-31, years 1–99 included', () => {
    for (const text of ['0001-01-01', '0099-12-31', '1970-01-01', '2024-02-29', '9999-12-31']) expect(formatDay(parseDay(text)), text).toBe(text);
    expect(parseDay('0001-02-29')).toBeNaN();
    const r = readSalesCsv('unique_id,ds,y\nA,0001-01-01,1\nA,0001-01-02,2\nA,0001-01-03,3\n');
    expect(r.ok).toBe(true);
  });

  it('refuses a far-off date in a small file at its row instead of laying out millions of days', () => {
    const r = readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,2\nA,2024-01-03,3\nA,9999-12-31,4\n');
    expect(problems(r)).toEqual([
      "error: row 5, column ds: A jumps from 2024-01-03 to 9999-12-31: the file's 4 rows would span 2,913,174 periods (days), more than 3,700; is the date a typo?",
    ]);
  });

  it('rejects a number too large for a double with its row and column', () => {
    expect(problems(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,1e400\n'))).toEqual(['error: row 3, column y: "1e400" is too large for a number (at most about 1.8e308)']);
    expect(problems(readSalesCsv('unique_id,ds,y,price\nA,2024-01-01,1,-1e999\n'))).toEqual(['error: row 2, column price: "-1e999" is too large for a number (at most about 1.8e308)']);
  });
});
