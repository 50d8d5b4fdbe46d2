// Reading long-format sales: every kind of bad data gets a message with its row and column.
import { describe, expect, it } from 'vitest';
import { readSalesCsv, SalesReader, type SalesReadResult } from '../../../models/data/sales-reader.ts';
import { seriesInput, seriesLength, periodDay, type SalesData } from '../../../models/data/sales-data.ts';
import { formatDataIssue, type DataIssue } from '../../../models/data/issues.ts';
import { formatDay, parseDay } from '../../../models/data/dates.ts';
import { readSalesStream } from '../../../models/data/web-stream.ts';

function ok(result: SalesReadResult): { data: SalesData; warnings: DataIssue[] } {
  if (!result.ok) throw new Error(`expected data, got ${result.issues.map((i) => formatDataIssue(i)).join('; ')}`);
  return result;
}

function issues(result: SalesReadResult): DataIssue[] {
  if (result.ok) throw new Error('expected issues, got data');
  return result.issues;
}

const GOOD = `unique_id,ds,y,price,promo
B,2024-01-02,4,10,0
A,2024-01-01,1,5,no
A,2024-01-02,2,5,yes
A,2024-01-03,3,5,false
B,2024-01-01,5,10,0
B,2024-01-03,6,9,1
`;

describe('readSalesCsv', () => {
  it('groups rows by series in date order into one flat array with offsets', () => {
    const { data, warnings } = ok(readSalesCsv(GOOD, { future: [] }));
    expect(data.ids).toEqual(['B', 'A']);
    expect(Array.from(data.offsets)).toEqual([0, 3, 6]);
    expect(Array.from(data.y)).toEqual([5, 4, 6, 1, 2, 3]);
    expect(data.frequency).toBe('daily');
    expect(data.seasonLength).toBe(7);
    expect(formatDay(data.startDay[1])).toBe('2024-01-01');
    expect(warnings).toEqual([]);
  });

  it('reads any chunking of the file identically', () => {
    const reader = new SalesReader({ future: [] });
    for (const ch of GOOD) reader.push(ch);
    expect(Array.from(ok(reader.finish()).data.y)).toEqual(Array.from(ok(readSalesCsv(GOOD, { future: [] })).data.y));
  });

  it('names a missing column, lists the columns and suggests the likely one', () => {
    const found = issues(readSalesCsv('sku,date,y\nA,2024-01-01,1\n'));
    expect(found.map((i) => i.message)).toEqual([
      'missing column "unique_id"; the header has "sku", "date", "y" — did you mean "sku"? (rename it to unique_id)',
      'missing column "ds"; the header has "sku", "date", "y" — did you mean "date"? (rename it to ds)',
    ]);
    expect(found[0].row).toBe(1);
  });

  it('suggests a misspelt column by edit distance', () => {
    expect(issues(readSalesCsv('unique_id,dss,y\nA,2024-01-01,1\n'))[0].message).toMatch(/did you mean "dss"\?/);
  });

  it('reports an unparsable date with its row and column', () => {
    const [issue] = issues(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-13-02,2\n'));
    expect(issue).toMatchObject({ severity: 'error', row: 3, column: 'ds', message: '"2024-13-02" is not a date (expected YYYY-MM-DD)' });
    expect(formatDataIssue(issue, 'sales.csv')).toBe('error: sales.csv, row 3, column ds: "2024-13-02" is not a date (expected YYYY-MM-DD)');
  });

  it('reports an unparsable number in y or in a covariate with row and column', () => {
    const found = issues(readSalesCsv('unique_id,ds,y,price\nA,2024-01-01,1O,5\nA,2024-01-02,2,five\n'));
    expect(found).toMatchObject([
      { severity: 'error', row: 2, column: 'y', message: '"1O" is not a number' },
      { severity: 'error', row: 3, column: 'price', message: '"five" is not a number (covariates must be numbers or true/false)' },
    ]);
  });

  it('reports a duplicate (unique_id, ds) with both rows', () => {
    const [issue] = issues(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,2\nA,2024-01-01,3\n'));
    expect(issue).toMatchObject({ row: 4, column: 'ds', message: 'duplicate (unique_id, ds) = (A, 2024-01-01); first at row 2' });
  });

  it('keeps negative sales as returns and warns with the first row', () => {
    const { data, warnings } = ok(readSalesCsv('unique_id,ds,y\nA,2024-01-01,3\nA,2024-01-02,-1\nA,2024-01-03,2\n'));
    expect(Array.from(data.y)).toEqual([3, -1, 2]);
    expect(warnings).toMatchObject([{ severity: 'warning', row: 3, column: 'y', message: '1 negative value(s) in 1 series (A) are kept as returns' }]);
  });

  it('rejects an empty file and a file with only a header', () => {
    expect(issues(readSalesCsv(''))[0].message).toBe('the file is empty (expected a header: unique_id,ds,y)');
    expect(issues(readSalesCsv('unique_id,ds,y\n'))[0].message).toBe('the file has a header but no data rows');
  });

  it('reports a row with the wrong number of fields', () => {
    expect(issues(readSalesCsv('unique_id,ds,y\nA,2024-01-01\n'))[0]).toMatchObject({ row: 2, message: 'has 2 fields but the header has 3' });
  });

  it('caps the listed errors and counts the rest', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `A,bad${i},1`).join('\n');
    const found = issues(readSalesCsv(`unique_id,ds,y\n${rows}\n`, { maxIssues: 5 }));
    expect(found).toHaveLength(6);
    expect(found[5].message).toBe('… and 35 more errors');
  });

  it('fills missing days with 0 by default, or with the previous value, and says how many', () => {
    const text = 'unique_id,ds,y\nA,2024-01-01,4\nA,2024-01-04,7\nA,2024-01-05,\nA,2024-01-06,1\n';
    const zero = ok(readSalesCsv(text));
    expect(Array.from(zero.data.y)).toEqual([4, 0, 0, 7, 0, 1]);
    expect(zero.warnings[0].message).toBe('3 missing period(s) in 1 series were filled with 0 (no row means no sale)');
    expect(Array.from(ok(readSalesCsv(text, { fill: 'previous' })).data.y)).toEqual([4, 4, 4, 7, 7, 1]);
  });

  it('infers weekly data and rejects a date off the weekly grid', () => {
    const weekly = ok(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-08,2\nA,2024-01-22,3\n'));
    expect(weekly.data.frequency).toBe('weekly');
    expect(weekly.data.seasonLength).toBe(52);
    expect(Array.from(weekly.data.y)).toEqual([1, 2, 0, 3]);
    const [issue] = issues(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-08,2\nA,2024-01-15,2\nA,2024-01-17,3\n'));
    expect(issue).toMatchObject({ row: 5, column: 'ds', message: '2024-01-17 is not on the weekly grid of A (which starts 2024-01-01)' });
  });

  it('refuses a frequency it cannot read and one series with one date', () => {
    expect(issues(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-02-01,2\nA,2024-03-01,2\n'))[0].message).toMatch(/dates are most often \d+ days apart; ShopLab reads daily or weekly data/);
    expect(issues(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\n'))[0].message).toMatch(/no series has two dates; pass --freq/);
    expect(ok(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\n', { frequency: 'daily' })).data.y).toHaveLength(1);
  });

  it('takes rows after the last sale with an empty y as known-future covariates', () => {
    const text = `unique_id,ds,y,price,promo,views
A,2024-01-01,1,5,0,100
A,2024-01-02,2,,1,120
A,2024-01-03,,4,1,
A,2024-01-04,,5,0,
`;
    const { data, warnings } = ok(readSalesCsv(text));
    expect(data.covariateNames).toEqual(['price', 'promo']);
    expect(warnings.map((w) => w.message)).toContain('covariate(s) views have no future values (rows after the last y with y empty) and are not used');
    const input = seriesInput(data, 0);
    expect(Array.from(input.y)).toEqual([1, 2]);
    expect(Array.from(input.covariates!.price)).toEqual([5, 5]);
    expect(Array.from(input.futureCovariates!.price)).toEqual([4, 5]);
    expect(Array.from(input.futureCovariates!.promo)).toEqual([1, 0]);
    expect(seriesLength(data, 0)).toBe(2);
    expect(formatDay(periodDay(data, 0, 2))).toBe('2024-01-03');
  });

  it('rejects a --future column the file does not have, suggesting the nearest', () => {
    expect(issues(readSalesCsv(GOOD, { future: ['prices'] }))[0].message).toBe('--future names column "prices", which the file does not have (covariates: price, promo); did you mean "price"?');
  });

  it('skips a series without any y and says so', () => {
    const { data, warnings } = ok(readSalesCsv('unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,1\nB,2024-01-01,\n'));
    expect(data.ids).toEqual(['A']);
    expect(warnings[0].message).toBe('1 series have no value in y and are skipped: B');
  });
});

describe('dates', () => {
  it('parse ISO days (with an optional midnight time) and reject impossible ones', () => {
    expect(formatDay(parseDay('2024-02-29'))).toBe('2024-02-29');
    expect(parseDay('2024-01-01T00:00:00')).toBe(parseDay('2024-01-01'));
    expect(parseDay('2023-02-29')).toBeNaN();
    expect(parseDay('01/02/2024')).toBeNaN();
  });
});

describe('readSalesStream', () => {
  it('decodes bytes split inside a multi-byte character and reads the same data', async () => {
    const text = 'unique_id,ds,y\nTeé-1,2024-01-01,1\nTeé-1,2024-01-02,2\n';
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.indexOf(0xc3) + 1; // between the two bytes of "é"
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const seen: number[] = [];
    const { data } = ok(await readSalesStream(stream, {}, (n) => seen.push(n)));
    expect(data.ids).toEqual(['Teé-1']);
    expect(Array.from(data.y)).toEqual([1, 2]);
    expect(seen).toEqual([cut, bytes.length]);
  });
});
