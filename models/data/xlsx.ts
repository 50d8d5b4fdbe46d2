// Reads a sales workbook (.xlsx) with exceljs: the first worksheet that has rows (or the one
// named), its first row the header, then every row through the CSV path's checks, so errors name
// the worksheet, row and column. An XLSX file is a zip whose directory sits at its end, so the
// bytes are read whole; rows are then validated one by one.
import { modelMessage } from '../errors.ts';
import ExcelJS from 'exceljs';
import { readSalesRows } from './sales-rows.ts';
import type { SalesReadOptions, SalesReadResult } from './sales-reader.ts';

/** Options of a workbook read: the CSV options plus which worksheet. */
export interface XlsxReadOptions extends SalesReadOptions {
  /** Worksheet name (default: the first one with rows). */
  sheet?: string;
}

/** Reads and validates the sales table of an XLSX workbook given as bytes. */
export async function readSalesXlsx(bytes: ArrayBuffer | Uint8Array, options: XlsxReadOptions = {}): Promise<SalesReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : bytes;
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch (error) {
    return { ok: false, issues: [{ severity: 'error', ...modelMessage('data.unreadable', { format: 'XLSX', detail: error instanceof Error ? error.message : String(error) }) }] };
  }
  const names = workbook.worksheets.map((w) => w.name);
  const sheet = options.sheet !== undefined ? workbook.getWorksheet(options.sheet) : workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) {
    const why = options.sheet !== undefined ? modelMessage('data.noSheet', { sheet: options.sheet, sheets: names }) : modelMessage('data.noRows', { what: 'worksheet' });
    return { ok: false, issues: [{ severity: 'error', ...why }] };
  }
  const width = sheet.columnCount;
  function* rows() {
    for (let r = 1; r <= sheet!.rowCount; r++) {
      const row = sheet!.getRow(r);
      if (!row.hasValues) continue;
      const cells: unknown[] = [];
      for (let c = 1; c <= width; c++) cells.push(row.getCell(c).value);
      yield { row: r, cells };
    }
  }
  return readSalesRows(rows(), options, sheet.name);
}
