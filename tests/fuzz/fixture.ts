// A temporary folder with a small sales file and scenario for the CLI fuzz target.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates the folder: sales.csv (one 60-day series) and shop.yaml (a small shop). */
export function cliFuzzDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-fuzz-'));
  const day = (t: number) => new Date(Date.UTC(2024, 0, 1 + t)).toISOString().slice(0, 10);
  writeFileSync(join(dir, 'sales.csv'), ['unique_id,ds,y', ...Array.from({ length: 60 }, (_, t) => `A,${day(t)},${10 + (t % 7)}`)].join('\n'));
  writeFileSync(join(dir, 'shop.yaml'), 'days: 20\npopulation: {size: 500}\n');
  return dir;
}
