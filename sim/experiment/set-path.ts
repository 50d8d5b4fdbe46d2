// Sets one numeric lever of a scenario by its dotted path (as sweeps and `--vary` name them),
// on a copy, and re-validates the result with the scenario schema.
import { ScenarioSchema, type Scenario } from '../scenario/schema.ts';

/** A lever path or value the scenario cannot take; the message names the path and what is there. */
export class LeverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeverError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listKeys(node: Record<string, unknown>): string {
  const keys = Object.keys(node);
  return keys.length === 0 ? '(none)' : keys.join(', ');
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
  if (path.trim() === '' || parts.some((p) => p === '')) throw new LeverError(`"${path}" is not a setting path; write it with dots, e.g. channels.paid_search.budgetPerDayCny`);
  if (!Number.isFinite(value)) throw new LeverError(`${path}: the value must be a finite number, got ${value}`);
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    const at = parts.slice(0, i).join('.') || 'the top level';
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) throw new LeverError(`${path}: no setting "${key}" at ${at}; available: ${listKeys(node)}`);
    if (!isRecord(next)) throw new LeverError(`${path}: ${parts.slice(0, i + 1).join('.')} is a single value, not a group of settings`);
    node = next;
  }
  const leaf = parts[parts.length - 1];
  const at = parts.slice(0, -1).join('.') || 'the top level';
  if (!Object.hasOwn(node, leaf)) throw new LeverError(`${path}: no setting "${leaf}" at ${at}; available: ${listKeys(node)}`);
  const current = node[leaf];
  if (isRecord(current) || Array.isArray(current)) {
    const keys = isRecord(current) ? `; its settings: ${listKeys(current)}` : '';
    throw new LeverError(`${path} is a group of settings, not a number${keys}`);
  }
  if (typeof current === 'boolean') throw new LeverError(`${path} is a yes/no setting; only numeric settings can be varied`);
  node[leaf] = value;
  const checked = ScenarioSchema.safeParse(copy);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue.path.join('.');
    if (where === path && typeof current !== 'number' && current !== null) {
      throw new LeverError(`${path} does not take a number (it holds ${JSON.stringify(current)}); only numeric settings can be varied`);
    }
    throw new LeverError(`${path} = ${value}: ${where && where !== path ? `${where}: ` : ''}${issue.message}`);
  }
  return checked.data;
}
