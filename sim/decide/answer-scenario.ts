// The optimiser's answer as a short scenario file: `extends` the input and sets only the values
// the search chose, with a header saying how it was found and how it fared on fresh seeds. The
// CLI's `optimise --write` and the workbench's "Download YAML" both write it.
import { stringify } from 'yaml';
import { nestedPatch } from '../experiment/nested-patch.ts';
import type { KpiName } from '../result.ts';
import { VERSION } from '../version.ts';
import type { OptimiseResult } from './optimise.ts';

/** What the file says besides the values. */
export interface AnswerScenarioInput {
  /** The `extends` path of the input, relative to where the answer is saved (e.g. `./baseline.yaml`). */
  extendsPath: string;
  /** The input scenario's name and seed. */
  scenarioName: string;
  seed: number;
  objective: KpiName;
  result: OptimiseResult;
}

/** The YAML text of the answer (values kept to 10 significant digits). */
export function answerScenarioYaml({ extendsPath, scenarioName, seed, objective, result }: AnswerScenarioInput): string {
  const values = Object.entries(result.best.values).map(([p, v]) => [p, Number.parseFloat(v.toPrecision(10))] as const);
  const doc = { extends: extendsPath, name: `${scenarioName} — optimised for ${objective}`, ...nestedPatch(values) };
  const c = result.check;
  const header = `# shoplab optimise ${VERSION}: best of ${result.evaluations} candidates on seed ${seed}; fresh-seed check Δ${objective} ${c.meanDelta.toFixed(2)} (95 % CI ${c.ciLow.toFixed(2)} … ${c.ciHigh.toFixed(2)}), P(better) ${(c.pBetter * 100).toFixed(0)} %\n`;
  return header + stringify(doc);
}
