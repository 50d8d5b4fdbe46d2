// `shoplab forecast` reads Excel workbooks and Parquet files as it reads CSV, with the same
// located errors (and the worksheet named).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-fixture.ts';
import { dailySales, salesParquet, salesXlsx } from '../fixtures/sales-files.ts';

const rows = dailySales(42);
const header = ['unique_id', 'ds', 'y', 'price'];

function tempDir(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-formats-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

const parquet = (y: number[]) =>
  salesParquet(
    [
      { name: 'unique_id', data: rows.map((r) => r.unique_id), type: 'STRING' },
      { name: 'ds', data: rows.map((r) => r.ds), type: 'TIMESTAMP' },
      { name: 'y', data: y, type: 'DOUBLE' },
      { name: 'price', data: rows.map((r) => r.price), type: 'DOUBLE' },
    ],
    30,
  );

describe('shoplab forecast on XLSX and Parquet', () => {
  it('forecasts an .xlsx workbook and a .parquet file exactly as the same data in CSV', async () => {
    const csv = `${header.join(',')}\n${rows.map((r) => `${r.unique_id},${r.ds.toISOString().slice(0, 10)},${r.y},${r.price}`).join('\n')}\n`;
    const dir = tempDir({ 'sales.xlsx': await salesXlsx(header, rows.map((r) => [r.unique_id, r.ds, r.y, r.price])), 'sales.parquet': parquet(rows.map((r) => r.y)), 'sales.csv': csv });
    const outputs: string[] = [];
    for (const name of ['sales.csv', 'sales.xlsx', 'sales.parquet']) {
      const r = await runCli(['forecast', name, '--h', '7', '--models', 'snaive,ses', '--out', `${name}.fc.csv`], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${name}: 2 series, daily (season 7), 84 periods`);
      outputs.push(readFileSync(join(dir, `${name}.fc.csv`), 'utf8'));
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('names the worksheet, row and column of a bad cell (exit 2)', async () => {
    const body = rows.map((r) => [r.unique_id, r.ds, r.y, r.price]);
    body[9][2] = 'n/a';
    const dir = tempDir({ 'bad.xlsx': await salesXlsx(header, body, { sheet: 'Q1 sales' }) });
    const r = await runCli(['forecast', 'bad.xlsx', '--models', 'snaive'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bad.xlsx: cannot forecast from this file:\n  error: sheet Q1 sales, row 11, column y: "n/a" is not a number\n');
  });

  it('rejects a number that overflowed to Infinity in Parquet with its row and column (exit 2)', async () => {
    const y = rows.map((r) => r.y);
    y[40] = -Infinity;
    const r = await runCli(['forecast', 'inf.parquet', '--models', 'snaive'], tempDir({ 'inf.parquet': parquet(y) }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: row 42, column y: "-Infinity" is not a number');
  });

  it('reports a file whose bytes disagree with its name, and --sheet on a non-workbook', async () => {
    const dir = tempDir({ 'renamed.csv': parquet(rows.map((r) => r.y)), 'plain.csv': 'unique_id,ds,y\nA,2024-01-01,1\n' });
    const renamed = await runCli(['forecast', 'renamed.csv'], dir);
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toMatch(/renamed\.csv holds Parquet data \(it starts with "PAR1"\) but is named \.csv; rename it to \.parquet/);
    const sheet = await runCli(['forecast', 'plain.csv', '--sheet', 'Data'], dir);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toMatch(/a worksheet \("Data"\) was asked for, but only \.xlsx workbooks have sheets/);
  });
});
