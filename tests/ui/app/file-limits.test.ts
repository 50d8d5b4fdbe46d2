// The workbench's size check before reading a picked or dropped file uses the loaders' own limits.
import { describe, expect, it } from 'vitest';
import { importLimit, tooLarge } from '../../../ui/app/file-limits.ts';
import { SALES_FILE_LIMITS } from '../../../models/data/limits.ts';
import { SCENARIO_FILE_LIMITS } from '../../../sim/scenario/loaderMessages.ts';
import { en } from '../../../ui/i18n/en.ts';
import { zh } from '../../../ui/i18n/zh.ts';

describe('the size check of a file the workbench opens', () => {
  it('uses the scenario loader\'s 1 MiB and the sales readers\' limits (workbooks by their name)', () => {
    expect(importLimit('scenario', 'shop.yaml')).toBe(SCENARIO_FILE_LIMITS.maxBytes);
    expect(importLimit('sales', 'sales.csv')).toBe(SALES_FILE_LIMITS.maxBytes);
    expect(importLimit('sales', 'sales.parquet')).toBe(SALES_FILE_LIMITS.maxBytes);
    expect(importLimit('sales', 'Q1.XLSX')).toBe(SALES_FILE_LIMITS.maxXlsxBytes);
  });

  it('accepts a file at the limit and refuses one byte more, with its name and sizes in MiB', () => {
    expect(tooLarge({ name: 'shop.yaml', size: 1_048_576 }, 'scenario')).toBeNull();
    expect(tooLarge({ name: 'shop.yaml', size: 1_048_577 }, 'scenario')).toEqual({ key: 'reliability.fileTooLarge', params: { name: 'shop.yaml', sizeMiB: '1.0', maxMiB: '1.0' } });
    expect(tooLarge({ name: 'big.xlsx', size: 100 * 1_048_576 }, 'sales')?.params).toEqual({ name: 'big.xlsx', sizeMiB: '100.0', maxMiB: '64.0' });
  });

  it('has the message in English and Chinese with the same placeholders', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(holes(en['reliability.fileTooLarge'])).toEqual(['maxMiB', 'name', 'sizeMiB']);
    expect(holes(zh['reliability.fileTooLarge'])).toEqual(holes(en['reliability.fileTooLarge']));
  });
});
