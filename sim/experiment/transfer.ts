// Lists the distinct ArrayBuffers behind a task result's typed arrays, so a transport can transfer
// (move, not copy) them across a thread boundary.
import type { TaskResult } from './transport.ts';

/** Every distinct buffer under a RunResult's series and per-SKU arrays (none for a forecast chunk's output). */
export function resultBuffers(result: TaskResult): ArrayBuffer[] {
  if (!('series' in result)) return [];
  const seen = new Set<ArrayBuffer>();
  for (const group of [result.series, result.channelSpend, result.skuUnits, result.skuPrice, result.skuPromo, result.skuStock]) {
    for (const array of Object.values(group ?? {})) {
      if (array instanceof Float64Array && array.buffer instanceof ArrayBuffer) seen.add(array.buffer);
    }
  }
  return [...seen];
}
