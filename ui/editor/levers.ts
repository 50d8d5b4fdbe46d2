// The editor's levers live below ui (sim/scenario/levers.ts) so the CLI's sensitivity analysis
// reads the same list; their label and unit keys are workbench message keys.
export { buildLevers, sliderMax, sweepableLevers, type ScenarioLever as Lever, type LeverGroup, type LeverLabel, type LeverUnit } from '../../sim/index.ts';
