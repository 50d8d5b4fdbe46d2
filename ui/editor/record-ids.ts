// The ids in a scenario's keyed records, to notice when an edit dropped entries that defaults supplied.
import type { Scenario } from '../../sim/index.ts';

/** "channels:a,b|skus:x|segments:p,q" — equal for two scenarios with the same record entries. */
export function recordIds(s: Scenario): string {
  return `channels:${Object.keys(s.channels).join(',')}|skus:${Object.keys(s.skus).join(',')}|segments:${Object.keys(s.population.segments).join(',')}`;
}
