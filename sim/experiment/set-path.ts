// Sets one numeric lever of a scenario by its dotted path (as sweeps and `--vary` name them),
// on a copy, and re-validates the result with the scenario schema.
import { CodedError } from '../scenario/codedError.ts';
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';
import { ScenarioSchema, type Scenario } from '../scenario/schema.ts';
import { explainZodIssues } from '../scenario/zodIssues.ts';

/** A lever path or value the scenario cannot take: a coded message at `where` (the path, a flag), naming what is there. */
export class LeverError extends CodedError {
  constructor(coded: LoaderMessage, where = '') {
    super(coded, where);
    this.name = 'LeverError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/**
 * Returns a deep copy of `scenario` with the setting at `path` (e.g.
 * `channels.paid_search.budgetPerDayCny`) set to `value`, validated again by ScenarioSchema.
 * The setting must already exist and hold a number or a formula (or a nullable number).
 * Throws LeverError naming the path, the keys available where the path failed, or the rule the
 * value breaks.
 */
export function setPath(scenario: Scenario, path: string, value: number): Scenario {
  const parts = path.split('.');
  if (path.trim() === '' || parts.some((p) => p === '')) throw new LeverError(loaderMessage('lever.notPath', { path }));
  if (!Number.isFinite(value)) throw new LeverError(loaderMessage('lever.notFinite', { value }), path);
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    const at = parts.slice(0, i).join('.') || null;
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) throw new LeverError(loaderMessage('lever.noSetting', { key, at, available: Object.keys(node) }), path);
    if (!isRecord(next)) throw new LeverError(loaderMessage('lever.singleValue', { prefix: parts.slice(0, i + 1).join('.') }), path);
    node = next;
  }
  const leaf = parts[parts.length - 1];
  const at = parts.slice(0, -1).join('.') || null;
  if (!Object.hasOwn(node, leaf)) throw new LeverError(loaderMessage('lever.noSetting', { key: leaf, at, available: Object.keys(node) }), path);
  const current = node[leaf];
  if (isRecord(current) || Array.isArray(current)) {
    throw new LeverError(loaderMessage('lever.group', { path, settings: isRecord(current) ? Object.keys(current) : null }));
  }
  if (typeof current === 'boolean') throw new LeverError(loaderMessage('lever.yesNo', { path }));
  node[leaf] = value;
  const checked = ScenarioSchema.safeParse(copy);
  if (!checked.success) {
    const [issue] = explainZodIssues(ScenarioSchema, checked.error.issues, copy);
    const where = issue.path.map(String).join('.');
    if (where === path && typeof current !== 'number' && current !== null) {
      throw new LeverError(loaderMessage('lever.notNumeric', { path, holds: JSON.stringify(current) }));
    }
    throw new LeverError(issue, `${path} = ${value}${where && where !== path ? `: ${where}` : ''}`);
  }
  return checked.data;
}
