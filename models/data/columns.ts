// Resolves a sales file's header: finds unique_id, ds and y (case-insensitive) and the covariate
// columns; when a required column is missing says which columns exist and which one was likely meant.
import { modelMessage } from '../errors.ts';
import { closest } from '../registry.ts';
import type { DataIssue } from './issues.ts';

/** Column positions of a header. */
export interface ColumnLayout {
  id: number;
  ds: number;
  y: number;
  /** Covariates: every other column, by header name, in file order. */
  covariates: { name: string; index: number }[];
  header: string[];
}

/** Names people use for the required columns, to suggest the right one. */
const SYNONYMS: Record<string, string[]> = {
  unique_id: ['id', 'sku', 'item', 'item_id', 'product', 'product_id', 'series', 'series_id', 'uid'],
  ds: ['date', 'day', 'week', 'time', 'timestamp', 'period', 'datetime'],
  y: ['sales', 'units', 'qty', 'quantity', 'demand', 'value', 'target', 'sold'],
};

/** Finds the required columns; returns issues naming what is missing and the likely intended column. */
export function resolveColumns(rawHeader: string[]): { layout?: ColumnLayout; issues: DataIssue[] } {
  const header = rawHeader.map((name) => name.trim());
  const lower = header.map((name) => name.toLowerCase());
  const issues: DataIssue[] = [];
  const position: Record<string, number> = {};
  for (const required of ['unique_id', 'ds', 'y']) {
    const index = lower.indexOf(required);
    if (index >= 0) {
      position[required] = index;
      continue;
    }
    const others = header.filter((_, i) => !['unique_id', 'ds', 'y'].includes(lower[i]));
    const synonym = others.find((name) => SYNONYMS[required].includes(name.toLowerCase()));
    const guess = synonym ?? closest(required, others);
    issues.push({
      severity: 'error',
      row: 1,
      ...modelMessage('data.missingColumn', { column: required, header, suggestion: guess ?? null }),
    });
  }
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') issues.push({ severity: 'error', row: 1, ...modelMessage('data.unnamedColumn', { index: i + 1 }) });
    else if (seen.has(name.toLowerCase())) issues.push({ severity: 'error', row: 1, column: name, ...modelMessage('data.duplicateColumn', { column: name, first: seen.get(name.toLowerCase())! + 1, second: i + 1 }) });
    seen.set(name.toLowerCase(), i);
  });
  if (issues.length > 0) return { issues };
  const covariates = header
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => index !== position.unique_id && index !== position.ds && index !== position.y);
  return { layout: { id: position.unique_id, ds: position.ds, y: position.y, covariates, header }, issues };
}
