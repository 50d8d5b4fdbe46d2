// Broken scenario files, each aimed at a message of the loader, for the Chinese corpus test:
// text (and the base files it extends) as a user would write them.
import { decodeScenarioBytes, loaderMessage } from '../../../sim/scenario/index.ts';
import { lines } from './memoryFiles.ts';

/** One broken scenario: its text, the files it may read, and the forecasters the front end offers. */
export interface BrokenScenario {
  text: string;
  /** The file name it is loaded as (default broken.yaml). */
  fileName?: string;
  files?: Record<string, string | Uint8Array | Error>;
  /** Loaded without a file reader, as text typed into an editor. */
  noReader?: boolean;
  forecasters?: string[];
}

const shop = (...rows: string[]) => ({ text: lines(...rows) });
const extending = (files: BrokenScenario['files']) => ({ text: lines('extends: ./base.yaml', 'days: 30'), files });
const deep = (n: number) => `${'('.repeat(n)}t${')'.repeat(n)}`;
const refused = (e: Error, coded: ReturnType<typeof loaderMessage>) => Object.assign(e, { coded });

/** A reader over `files` as the CLI reads them (bytes decoded, coded refusals, the system's errors). */
export function reader(files: BrokenScenario['files'] = {}) {
  return (path: string): string => {
    const file = files[path.replace(/^\//, '')];
    if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    if (file instanceof Error) throw file;
    if (typeof file === 'string') return file;
    const decoded = decodeScenarioBytes(file, 64);
    if (!decoded.ok) throw refused(new Error(decoded.message.message), decoded.message);
    return decoded.text;
  };
}

/** Broken scenarios reaching every message the loader raises for a scenario. */
export const BROKEN: BrokenScenario[] = [
  shop('days: 30.5'),
  shop('dayz: 30'),
  shop('share: 0.5'),
  shop('population: {zzzqq: 1}'),
  shop('promotions:', '  sale: {startDay: 1, endDay: 3}'),
  shop('promotions:', '  sale: {type: discont, startDay: 1, endDay: 3}'),
  shop('channels: {budgetPerDayCny: 100}'),
  shop('startDate: 2026-13-45', 'name: ""', 'seed: [1, 2]', 'skus: {tee: {replenishment: {policy: ss}}}', 'pricing: {freeShippingThresholdCny: {a: 1}}'),
  { text: `params: {${Array.from({ length: 1001 }, (_, i) => `p${i}: ${i}`).join(', ')}}\n` },
  shop('population:', '  newShoppersPerDay: "1 +"'),
  shop('population:', '  newShoppersPerDay: "1,000"'),
  shop('params: {base: 1}', 'population:', '  newShoppersPerDay: "bse * 2 + foo(t)"'),
  shop('population:', '  newShoppersPerDay: "t = 5"'),
  shop('population:', '  newShoppersPerDay: "sum(1:9) + [1]"'),
  shop('population:', '  newShoppersPerDay: "round(t, 1, 2)"'),
  shop('population:', '  newShoppersPerDay: "size(t)"'),
  shop('population:', `  newShoppersPerDay: "${Array(600).fill('t').join('+')}"`),
  shop('population:', `  newShoppersPerDay: "${Array(200).fill('t').join('+')}"`),
  shop('population:', `  newShoppersPerDay: "${deep(25)}"`),
  shop('population:', '  newShoppersPerDay: "100 - t * 10"'),
  shop('population:', '  newShoppersPerDay: -5'),
  shop('population:', '  newShoppersPerDay: "1 / (t - 3)"'),
  shop('population:', '  newShoppersPerDay: "sqrt(-1 - t)"'),
  shop('promotions:', '  sale: {type: discount, pct: 0.1, startDay: 10, endDay: 5}', '  pre: {type: presale, pct: 0.1, startDay: 5, endDay: 9, shipDay: 2}'),
  shop('days: 30', 'promotions:', '  late: {type: discount, pct: 0.1, startDay: 40, endDay: 45}', '  cut: {type: discount, pct: 0.1, startDay: 20, endDay: 45}'),
  shop('days: 30', 'campaign:', '  peak: {startDay: 40, endDay: 45}', '  tail: {startDay: 20, endDay: 45}', '  bad: {startDay: 9, endDay: 2}'),
  shop('days: 30', 'promotions:', '  pre: {type: presale, pct: 0.1, startDay: 1, endDay: 9, shipDay: 40}', 'shocks:', '  s: {type: outage, startDay: 50}', 'finance:', '  investments: {site: {day: 60, amountCny: 1000}}'),
  shop('days: 30', 'skus:', '  tee: {listPriceCny: 50, unitCostCny: 55, launchDay: 40}', '  cap: {listPriceCny: 50, launchDay: 10, delistDay: 5, replenishment: {reorderPointUnits: 40, orderUpToUnits: 10}}'),
  shop('promotions:', '  p: {type: discount, pct: 0.1, startDay: 1, endDay: 3, skus: [], segments: [vip, tea]}', '  q: {type: discount, pct: 0.1, startDay: 1, endDay: 3, skus: [tea]}'),
  shop('skus: {}', 'population: {segments: {}}'),
  shop('population:', '  segments: {a: {share: 0}, b: {share: 0}}'),
  shop('fulfilment: {capacityOrdersPerDay: 0}'),
  shop('pricing:', '  dynamic: {enabled: true, lowCoverDays: 30, highCoverDays: 5}'),
  shop('channels:', '  paid_search: {budgetPerDayCny: 100}', 'skus:', '  tee: {listPriceCny: 60}'),
  { text: lines('skus:', '  tee: {replenishment: {policy: forecast, forecastModel: arimaa}}'), forecasters: ['arima', 'ets'] },
  { text: 'x'.repeat(1_048_600) },
  { text: `params: ${'['.repeat(40)}${']'.repeat(40)}\n` },
  shop('a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c]'),
  shop('base: &b {days: 3}', 'x:', '  <<: 5'),
  shop('days: 3', 'days: 4'),
  shop('? [a]', ': 1'),
  shop('days:', '\t- 3'),
  shop('name: a', '---', 'name: b'),
  shop('days: *nothere'),
  shop('- a list', '- of things'),
  { text: '{"days": 30,}', fileName: 'broken.json' },
  { text: lines('extends: ./base.yaml'), noReader: true },
  extending({ 'base.yaml': lines('extends: ./base.yaml') }),
  extending({ 'base.yaml': lines('extends: 42') }),
  extending({}),
  extending({ 'base.yaml': refused(new Error('is a folder'), loaderMessage('file.folder', {})) }),
  extending({ 'base.yaml': refused(new Error('is a pipe'), loaderMessage('file.notRegular', { kind: 'named pipe' })) }),
  extending({ 'base.yaml': Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' }) }),
  extending({ 'base.yaml': Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }) }),
  extending({ 'base.yaml': new Uint8Array([0x64, 0x61, 0x79, 0x73, 0, 0x31]) }),
  extending({ 'base.yaml': new Uint8Array([0x64, 0x61, 0xc3, 0x28]) }),
  extending({ 'base.yaml': new Uint8Array(100).fill(0x61) }),
  extending({ 'base.yaml': lines('days: [') }),
];

/** A chain of 40 bases, each extending the next. */
export const LONG_CHAIN: BrokenScenario = {
  text: lines('extends: ./b0.yaml'),
  files: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`b${i}.yaml`, lines(`extends: ./b${i + 1}.yaml`)])),
};
