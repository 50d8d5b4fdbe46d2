// The size check the workbench makes before it reads a file a user picks or drops: the same
// limits as the CLI and the loaders (a scenario file 1 MiB, a sales file 1 GiB, a workbook 64 MiB).
import { SCENARIO_FILE_LIMITS } from '../../sim/index.ts';
// The limits alone, not models/light.ts: the page must not load the readers to check a size.
import { salesFileLimit } from '../../models/data/limits.ts';

/** What the user is opening: a scenario (YAML or JSON) or sales data (CSV, XLSX, Parquet). */
export type ImportKind = 'scenario' | 'sales';

/** A refusal to translate: the message key and its parameters (sizes in MiB, one decimal). */
export interface TooLarge {
  key: 'reliability.fileTooLarge';
  params: { name: string; sizeMiB: string; maxMiB: string };
}

const mib = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** The most bytes a file of `kind` named `name` may have (a sales file's format by its extension). */
export function importLimit(kind: ImportKind, name: string): number {
  if (kind === 'scenario') return SCENARIO_FILE_LIMITS.maxBytes;
  return salesFileLimit(/\.xlsx$/i.test(name) ? 'xlsx' : 'csv');
}

/** A refusal when `file` is larger than its kind may be, else null; reads nothing but its size. */
export function tooLarge(file: { name: string; size: number }, kind: ImportKind): TooLarge | null {
  const max = importLimit(kind, file.name);
  return file.size > max ? { key: 'reliability.fileTooLarge', params: { name: file.name, sizeMiB: mib(file.size), maxMiB: mib(max) } } : null;
}
