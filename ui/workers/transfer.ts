// Lists the distinct ArrayBuffers behind a run result's typed arrays, so they can be transferred
// (moved, not copied) across the worker boundary.
import type { RunResult } from '../../sim/light.ts';

/** Every distinct buffer under a RunResult's series and per-SKU arrays. */
export function resultBuffers(result: RunResult): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  const groups: Record<string, Float64Array>[] = [result.series, result.skuUnits, result.skuPrice, result.skuPromo, result.skuStock];
  for (const group of groups) {
    for (const array of Object.values(group ?? {})) {
      if (array instanceof Float64Array && array.buffer instanceof ArrayBuffer) seen.add(array.buffer);
    }
  }
  return [...seen];
}
