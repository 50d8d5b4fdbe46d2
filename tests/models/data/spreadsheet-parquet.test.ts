// Sales from XLSX and Parquet: the same panel as from CSV, and the same located errors, with the
// worksheet named for spreadsheets.
import { describe, expect, it } from 'vitest';
import { readSalesCsv, type SalesReadResult } from '../../../models/data/sales-reader.ts';
import { readSalesXlsx } from '../../../models/data/xlsx.ts';
import { bytesSource, readSalesParquet } from '../../../models/data/parquet.ts';
import { cellText } from '../../../models/data/sales-rows.ts';
import { sniffSalesFormat } from '../../../models/data/format.ts';
import { formatDataIssue, type DataIssue } from '../../../models/data/issues.ts';
import { dailySales, salesParquet, salesXlsx } from '../../fixtures/sales-files.ts';

function issues(result: SalesReadResult): DataIssue[] {
  if (result.ok) throw new Error('expected issues, got data');
  return result.issues;
}

const rows = dailySales(21);
const csv = `unique_id,ds,y,price\n${rows.map((r) => `${r.unique_id},${r.ds.toISOString().slice(0, 10)},${r.y},${r.price}`).join('\n')}\n`;

describe('sales from XLSX', () => {
  it('reads a workbook into the same panel as the equivalent CSV', async () => {
    const xlsx = await salesXlsx(['unique_id', 'ds', 'y', 'price'], rows.map((r) => [r.unique_id, r.ds, r.y, r.price]));
    const fromXlsx = await readSalesXlsx(xlsx);
    const fromCsv = readSalesCsv(csv);
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error('both should read');
    expect(fromXlsx.data.ids).toEqual(['SKU-A', 'SKU-B']);
    expect(Array.from(fromXlsx.data.y)).toEqual(Array.from(fromCsv.data.y));
    expect(Array.from(fromXlsx.data.startDay)).toEqual(Array.from(fromCsv.data.startDay));
    expect(fromXlsx.data).toEqual(fromCsv.data);
  });

  it('names the worksheet, row and column of a bad cell, as the CSV reader words it', async () => {
    const body = rows.slice(0, 6).map((r) => [r.unique_id, r.ds, r.y, r.price]);
    body[2][2] = 'lots';
    body[4][1] = '2024-02-31';
    const result = await readSalesXlsx(await salesXlsx(['unique_id', 'ds', 'y', 'price'], body, { sheet: 'Week 1', before: ['Notes'] }));
    expect(issues(result).map((i) => formatDataIssue(i, 'sales.xlsx'))).toEqual([
      'error: sales.xlsx, sheet Week 1, row 4, column y: "lots" is not a number',
      'error: sales.xlsx, sheet Week 1, row 6, column ds: "2024-02-31" is not a date (expected YYYY-MM-DD)',
    ]);
  });

  it('reads the sheet asked for, and says which sheets exist when it is missing', async () => {
    const xlsx = await salesXlsx(['unique_id', 'ds', 'y'], [['A', new Date(Date.UTC(2024, 0, 1)), 1], ['A', new Date(Date.UTC(2024, 0, 2)), 2]], { sheet: 'Data', before: ['Cover'] });
    expect((await readSalesXlsx(xlsx, { sheet: 'Data' })).ok).toBe(true);
    expect(issues(await readSalesXlsx(xlsx, { sheet: 'Sales' }))[0].message).toBe('no worksheet named "Sales"; the workbook has "Cover", "Data"');
  });

  it('reports a missing column on the header row of the sheet, and a file that is not a workbook', async () => {
    const xlsx = await salesXlsx(['sku', 'ds', 'y'], [['A', new Date(Date.UTC(2024, 0, 1)), 1]]);
    const [issue] = issues(await readSalesXlsx(xlsx));
    expect(issue).toMatchObject({ row: 1, sheet: 'Sales' });
    expect(issue.message).toMatch(/missing column "unique_id".*did you mean "sku"/);
    expect(issues(await readSalesXlsx(new TextEncoder().encode('unique_id,ds,y\n')))[0].message).toMatch(/^not a readable XLSX workbook: /);
  });
});

describe('sales from Parquet', () => {
  const columns = (ds: unknown[], y: unknown[]) => [
    { name: 'unique_id', data: rows.map((r) => r.unique_id), type: 'STRING' as const },
    { name: 'ds', data: ds, type: ds[0] instanceof Date ? ('TIMESTAMP' as const) : ('STRING' as const) },
    { name: 'y', data: y, type: 'DOUBLE' as const },
    { name: 'price', data: rows.map((r) => r.price), type: 'DOUBLE' as const },
  ];

  it('reads snappy row groups into the same panel as the equivalent CSV', async () => {
    const parquet = salesParquet(columns(rows.map((r) => r.ds), rows.map((r) => r.y)), 10);
    const fromParquet = await readSalesParquet(bytesSource(parquet));
    const fromCsv = readSalesCsv(csv);
    if (!fromParquet.ok || !fromCsv.ok) throw new Error(`both should read: ${JSON.stringify(fromParquet)}`);
    expect(Array.from(fromParquet.data.y)).toEqual(Array.from(fromCsv.data.y));
    expect(Array.from(fromParquet.data.startDay)).toEqual(Array.from(fromCsv.data.startDay));
    expect(fromParquet.data).toEqual(fromCsv.data);
  });

  it('locates a bad value by row (column names are row 1) and column, even in a later row group', async () => {
    const y: number[] = rows.map((r) => r.y);
    y[25] = Infinity;
    const ds: string[] = rows.map((r) => r.ds.toISOString().slice(0, 10));
    ds[30] = '2024/01/10';
    const found = issues(await readSalesParquet(bytesSource(salesParquet(columns(ds, y), 10))));
    expect(found.map((i) => formatDataIssue(i))).toEqual(['error: row 27, column y: "Infinity" is not a number', 'error: row 32, column ds: "2024/01/10" is not a date (expected YYYY-MM-DD)']);
  });

  it('says so when the bytes are not Parquet', async () => {
    expect(issues(await readSalesParquet(bytesSource(new TextEncoder().encode('unique_id,ds,y\nA,2024-01-01,1\n'))))[0].message).toMatch(/^not a readable Parquet file: /);
  });
});

describe('choosing the reader', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('goes by the first bytes and reports a name that disagrees with them', () => {
    expect(sniffSalesFormat('sales.parquet', bytes('PAR1'))).toEqual({ format: 'parquet' });
    expect(sniffSalesFormat('sales.xlsx', bytes('PK\x03\x04'))).toEqual({ format: 'xlsx' });
    expect(sniffSalesFormat('sales.csv', bytes('uniq'))).toEqual({ format: 'csv' });
    expect(sniffSalesFormat('sales.csv', bytes('PAR1'))).toMatchObject({ error: { message: 'sales.csv holds Parquet data (it starts with "PAR1") but is named .csv; rename it to .parquet' } });
    expect(sniffSalesFormat('sales.xlsx', bytes('uniq'))).toMatchObject({ error: { message: expect.stringMatching(/^sales.xlsx is not an XLSX workbook/) } });
    expect(sniffSalesFormat('old.xls', bytes('\xd0\xcf'))).toMatchObject({ error: { message: 'old.xls: the old .xls format is not supported; save it as .xlsx' } });
  });

  it('writes cells as the text a CSV would hold', () => {
    expect(cellText(new Date('0001-01-05T00:00:00Z'))).toBe('0001-01-05');
    expect(cellText(new Date(Date.UTC(2024, 0, 5, 13, 30)))).toBe('2024-01-05T13:30:00');
    expect(cellText(12n)).toBe('12');
    expect(cellText({ formula: 'A1*2', result: 8 })).toBe('8');
    expect(cellText({ richText: [{ text: 'SKU' }, { text: '-1' }] })).toBe('SKU-1');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(null)).toBe('');
  });
});
