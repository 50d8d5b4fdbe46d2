// Sales data: incremental CSV parsing, validation into a flat panel, and forecast CSV output.
export * from './csv-parser.ts';
export * from './dates.ts';
export * from './issues.ts';
export * from './columns.ts';
export * from './sales-data.ts';
export * from './sales-reader.ts';
export { buildPanel, type RawRows } from './panel-builder.ts';
export * from './forecast-csv.ts';
export * from './web-stream.ts';
export * from './format.ts';
export * from './limits.ts';
