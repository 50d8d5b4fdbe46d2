// The schema of a lesson file (lessons/NAME/lesson.yaml): steps of explain → predict → run →
// reveal → debrief, each naming its text by a section key of the lesson's Markdown (en.md, zh.md).
import { z } from 'zod';
import { KPIS, SERIES } from '../sim/result.ts';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lowercase key of letters, digits and dashes');
/** A number, or the learner's answer to a prediction `{ prediction: id }`. */
export const ParamValue = z.union([z.number(), z.strictObject({ prediction: key })]);
export type ParamValue = z.infer<typeof ParamValue>;

/** One run of the real engine on a built-in scenario with overrides (small and fast). */
const EngineRun = z.strictObject({
  id: key,
  model: z.literal('engine'),
  scenario: z.string().default('default.yaml').describe('Scenario file under scenarios/.'),
  overrides: z.record(z.string(), z.unknown()).default({}).describe('Deep-merged over the scenario.'),
  days: z.number().int().min(1).max(730).optional(),
  replications: z.number().int().min(1).max(20).default(2),
  applyLevers: z.boolean().default(true).describe('Whether the learner\'s lever values apply to this run.'),
});
const NewsvendorRun = z.strictObject({
  id: key,
  model: z.literal('newsvendor'),
  meanUnits: z.number().positive(),
  sdUnits: z.number().positive(),
  priceCny: z.number().positive(),
  costCny: z.number().min(0),
  salvageCny: z.number().min(0).default(0),
  orderUnits: ParamValue.describe('The order to evaluate against the best one (units).'),
});
const SafetyStockRun = z.strictObject({
  id: key,
  model: z.literal('safetyStock'),
  demandPerDay: z.number().min(0),
  demandSdPerDay: z.number().min(0),
  leadTimeDays: z.number().min(0),
  leadTimeSdDays: ParamValue,
  serviceLevel: z.number().min(0.5).max(0.9999),
});
const BeerGameRun = z.strictObject({
  id: key,
  model: z.literal('beerGame'),
  policy: z.enum(['sterman', 'baseStock']).default('sterman'),
});
export const LessonRun = z.discriminatedUnion('model', [EngineRun, NewsvendorRun, SafetyStockRun, BeerGameRun]);
export type LessonRun = z.infer<typeof LessonRun>;

/** A number computed from runs: `value` names a run output ("base.kpi.orders"), or combines measures. */
export const Measure = z.union([
  z.strictObject({ id: key, value: z.string().min(3), scale: z.number().default(1) }),
  z.strictObject({ id: key, op: z.enum(['difference', 'ratio', 'percentChange']), of: z.tuple([key, key]), scale: z.number().default(1) }),
]);
export type Measure = z.infer<typeof Measure>;

export const Chart = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('series'), runs: z.array(key).min(1), series: z.array(z.enum(SERIES)).min(1).max(4) }),
  z.strictObject({ kind: z.literal('bars'), measures: z.array(key).min(1).max(8) }),
  z.strictObject({ kind: z.literal('beerGame'), run: key, view: z.enum(['orders', 'inventory', 'cost']) }),
]);
export type Chart = z.infer<typeof Chart>;

const Choice = z.strictObject({
  id: key,
  text: key,
  min: z.number().optional().describe('The choice is right when the measure is ≥ min…'),
  max: z.number().optional().describe('…and < max.'),
});
const Levers = z.strictObject({ unlock: z.array(z.string()).default([]), lock: z.array(z.string()).default([]) }).prefault({});

export const Step = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('explain'), text: key }),
  z.strictObject({
    kind: z.literal('predict'),
    id: key,
    text: key,
    answer: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('number'), unit: z.string().default(''), min: z.number(), max: z.number() }),
      z.strictObject({ type: z.literal('choice'), measure: key, choices: z.array(Choice).min(2).max(6) }),
    ]),
  }),
  z.strictObject({ kind: z.literal('run'), text: key, runs: z.array(LessonRun).min(1).max(4), measures: z.array(Measure).min(1), levers: Levers }),
  z.strictObject({ kind: z.literal('reveal'), text: key, prediction: key, measure: key }),
  z.strictObject({ kind: z.literal('debrief'), text: key, question: key, chart: Chart }),
]);
export type Step = z.infer<typeof Step>;

/** A whole lesson file. */
export const LessonSchema = z.strictObject({
  concept: key.describe('The operations concept taught, e.g. "bullwhip".'),
  minutes: z.number().int().min(1).max(120).default(10),
  steps: z.array(Step).min(5),
});
export type LessonFile = z.infer<typeof LessonSchema>;

export { KPIS };
