// A budget split as users describe it — the channels to split, an optional total, and per-channel
// ranges written `LO:HI` in CNY/day or `0.5x:2x` (× today's spend) — read against a scenario into
// the allocator's BudgetGroup. One reader for the CLI's --channels/--budget/--bounds and the
// workbench's allocation form; every message names the field it is about (BudgetSpecError).
import { messageOf } from '../scenario/codedError.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import { closest } from '../text/didYouMean.ts';
import { LeverError } from '../experiment/set-path.ts';
import type { Scenario } from '../scenario/schema.ts';
import { budgetPath, BudgetSpecError, checkBudget, type BudgetGroup } from './budget.ts';
import { currentValue, parseRange } from './range.ts';

/** What the user asked for. */
export interface BudgetSpec {
  /** Channel ids (their `budgetPerDayCny`) or dotted setting paths; two or more, each once. */
  channels: readonly string[];
  /** CNY/day to split (default: the channels' sum today). */
  total?: number;
  /** Ranges of some channels: `LO:HI` (CNY/day) or `0.5x:2x` (× today); a channel without one may take 0 … total. */
  bounds?: readonly { channel: string; range: string }[];
}

/** How messages name the three fields (the CLI's flags by default; the workbench passes its labels). */
export interface BudgetSpecLabels {
  channels: string;
  total: string;
  bounds: string;
}

const FLAGS: BudgetSpecLabels = { channels: '--channels', total: '--budget', bounds: '--bounds' };

/** Today's spend (CNY/day) at each of `channels` (ids or paths) in `scenario`. */
export function todaysBudgets(scenario: Scenario, channels: readonly string[], label = FLAGS.channels): number[] {
  return channels.map((name) => currentValue(scenario, budgetPath(name), label).value);
}

function checkChannels(scenario: Scenario, names: readonly string[], label: string): void {
  if (names.length < 2) throw new BudgetSpecError(loaderMessage('budget.tooFewChannels', {}), 'channels', -1, `${label} ${names.join(',')}`);
  const twice = names.findIndex((n, i) => names.indexOf(n) !== i);
  if (twice >= 0) throw new BudgetSpecError(loaderMessage('budget.channelTwice', { name: names[twice] }), 'channels', twice, `${label} ${names.join(',')}`);
  names.forEach((n, i) => {
    if (!n.includes('.') && !Object.hasOwn(scenario.channels, n)) {
      const known = Object.keys(scenario.channels);
      throw new BudgetSpecError(loaderMessage('budget.unknownChannel', { name: n, suggestion: closest(n, known), known }), 'channels', i, label);
    }
  });
}

/**
 * The BudgetGroup `spec` describes in `scenario` (1 CNY grid). Throws BudgetSpecError naming the
 * field — an unknown or repeated channel, a range that is not LO:HI or leaves the setting's
 * limits, or a total no split within the ranges can reach.
 */
export function budgetGroupOf(scenario: Scenario, spec: BudgetSpec, labels: BudgetSpecLabels = FLAGS): BudgetGroup {
  const names = spec.channels;
  checkChannels(scenario, names, labels.channels);
  const paths = names.map(budgetPath);
  const current = todaysBudgets(scenario, names, labels.channels);
  const total = spec.total ?? current.reduce((a, b) => a + b, 0);
  const min = paths.map(() => 0);
  const max = paths.map(() => total);
  for (const { channel, range } of spec.bounds ?? []) {
    const i = names.indexOf(channel);
    if (i < 0) throw new BudgetSpecError(loaderMessage('budget.notInSplit', { channel, label: labels.channels, names: [...names], suggestion: closest(channel, names) }), 'bounds', -1, `${labels.bounds} ${channel}=${range}`);
    try {
      const r = parseRange(`${paths[i]}=${range}`, scenario, labels.bounds);
      min[i] = r.low;
      max[i] = r.high;
    } catch (error) {
      if (error instanceof LeverError) throw new BudgetSpecError(messageOf(error), 'bounds', i, error.where);
      throw error;
    }
  }
  const group = { paths, total, min, max, current, resolution: 1 };
  checkBudget(group, labels.total);
  return group;
}
