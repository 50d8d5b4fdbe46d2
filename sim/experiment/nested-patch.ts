// Setting values by dotted path as the nested object a scenario file writes them in, for
// `calibrate --write`, `optimise --write` and the workbench's optimised-scenario download.

/** `[["channels.a.budgetPerDayCny", 10]]` → `{ channels: { a: { budgetPerDayCny: 10 } } }`. */
export function nestedPatch(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [path, value] of entries) {
    const keys = path.split('.');
    let node = patch;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return patch;
}
