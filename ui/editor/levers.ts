// The editor's levers live below ui (sim/scenario/levers.ts) so the CLI's sensitivity analysis
// reads the same list; their label and unit keys are workbench message keys.
import type { ScenarioLever } from '../../sim/index.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';

export { buildLevers, sliderMax, sweepableLevers, type ScenarioLever as Lever, type LeverGroup, type LeverLabel, type LeverUnit } from '../../sim/index.ts';

/** The editor's label of the lever at `path` among `levers`, in the UI's language; the path itself when none is there. */
export function leverLabel(levers: readonly ScenarioLever[], path: string, t: I18n['t']): string {
  const lever = levers.find((l) => l.id === path);
  return lever ? t(lever.label, lever.labelParams) : path;
}
