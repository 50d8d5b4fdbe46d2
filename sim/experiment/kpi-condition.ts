// A condition on a KPI's value, as users write it: `roi>=4`, `cacCny<=50`, `onTimeRate>=98%`.
// One parser for risk targets (`--target`) and optimiser constraints (`--constraint`).
import { KPIS, type KpiName } from '../result.ts';
import { CodedError } from '../scenario/codedError.ts';
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';
import { closest } from '../text/didYouMean.ts';

/** A condition spec the user wrote that cannot be read: a coded message at `where` (the flag and the spec as written). */
export class KpiConditionError extends CodedError {
  constructor(coded: LoaderMessage, where: string) {
    super(coded, where);
    this.name = 'KpiConditionError';
  }
}

/** Comparison operators a condition may use. */
export type ConditionOp = '>=' | '<=' | '>' | '<';

/** `kpi op value`, e.g. roi ≥ 4. `value` is in the KPI's own unit (shares as fractions: 98 % → 0.98). */
export interface KpiCondition {
  kpi: KpiName;
  op: ConditionOp;
  value: number;
  /** The condition as written back canonically, e.g. "roi>=4". */
  text: string;
}

/** Whether `value` meets the condition (false when it is not finite). */
export function meets(condition: KpiCondition, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  switch (condition.op) {
    case '>=':
      return value >= condition.value;
    case '<=':
      return value <= condition.value;
    case '>':
      return value > condition.value;
    case '<':
      return value < condition.value;
  }
}

/**
 * How far `value` falls short of the condition (0 when met; +∞ when not finite), in units of
 * the threshold's magnitude (at least 1), so shortfalls of different KPIs can be added.
 */
export function shortfall(condition: KpiCondition, value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  if (meets(condition, value)) return 0;
  const scale = Math.max(1, Math.abs(condition.value));
  return Math.abs(value - condition.value) / scale;
}

/**
 * Parses `KPI OP VALUE` (spaces allowed; OP one of >= <= > <; VALUE a number, `%` meaning
 * hundredths). `flag` names the flag in messages, e.g. "--target". Throws KpiConditionError.
 */
export function parseCondition(spec: string, flag = '--target'): KpiCondition {
  const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(>=|<=|>|<|=>|=<|=)\s*([^%\s]+)\s*(%?)\s*$/.exec(spec);
  const at = `${flag} ${spec}`;
  if (!m) throw new KpiConditionError(loaderMessage('condition.syntax', { flag }), at);
  const [, name, rawOp, rawValue, percent] = m;
  if (rawOp === '=' || rawOp === '=>' || rawOp === '=<') {
    throw new KpiConditionError(loaderMessage('condition.equals', {}), at);
  }
  if (!(KPIS as readonly string[]).includes(name)) {
    throw new KpiConditionError(loaderMessage('condition.unknownKpi', { name, suggestion: closest(name, KPIS), kpis: [...KPIS] }), at);
  }
  const number = Number(rawValue.replace(/_/g, ''));
  if (!Number.isFinite(number)) throw new KpiConditionError(loaderMessage('condition.notNumber', { text: rawValue }), at);
  const value = percent === '%' ? number / 100 : number;
  const op = rawOp as ConditionOp;
  return { kpi: name as KpiName, op, value, text: `${name}${op}${Number.parseFloat(value.toPrecision(12))}` };
}
