// The incremental CSV parser: RFC 4180 quoting, line endings, and any chunking.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvParser, CsvSyntaxError } from '../../../models/data/csv-parser.ts';

function parse(chunks: string[]): { fields: string[]; line: number }[] {
  const rows: { fields: string[]; line: number }[] = [];
  const parser = new CsvParser((fields, line) => rows.push({ fields, line }));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return rows;
}

const TEXT = '\ufeffunique_id,ds,y\r\n"A, Inc.",2024-01-01,3\r\n"say ""hi""",2024-01-02,\n\n"multi\nline",2024-01-03,5';

describe('CsvParser', () => {
  it('parses quoted fields, doubled quotes, CRLF, blank lines and a final row without newline', () => {
    expect(parse([TEXT])).toEqual([
      { fields: ['unique_id', 'ds', 'y'], line: 1 },
      { fields: ['A, Inc.', '2024-01-01', '3'], line: 2 },
      { fields: ['say "hi"', '2024-01-02', ''], line: 3 },
      { fields: ['multi\nline', '2024-01-03', '5'], line: 5 },
    ]);
  });

  it('gives the same rows whatever the chunk boundaries', () => {
    const whole = parse([TEXT]);
    for (let cut = 1; cut < TEXT.length; cut++) {
      expect(parse([TEXT.slice(0, cut), TEXT.slice(cut)])).toEqual(whole);
    }
    expect(parse(TEXT.split(''))).toEqual(whole);
  });

  it('reports an unterminated quote with the line where it opened', () => {
    expect(() => parse(['a,b\n1,"open\n2,3\n'])).toThrow(CsvSyntaxError);
    expect(() => parse(['a,b\n1,"open\n2,3\n'])).toThrow('a quoted field opened on line 2 is never closed');
  });

  it('keeps empty trailing fields', () => {
    expect(parse(['a,b,\n'])[0].fields).toEqual(['a', 'b', '']);
  });
});

describe('CsvParser on generated tables', () => {
  it('reads back any table of fields written with RFC 4180 quoting, however it is chunked', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '1') , maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 7 }), (table, size) => {
        const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
        const text = table.map((row) => row.map(quote).join(',')).join('\n') + '\n';
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        expect(parse(chunks).map((r) => r.fields)).toEqual(table);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
