// What every accepted scenario's run must satisfy: finite outputs, stock and money conserved,
// shoppers accounted for. Returns the first violation in words, or null.
import type { SimulationRun } from '../../sim/engine/simulate.ts';
import type { KpiName, SeriesName } from '../../sim/result.ts';
import { UNDEFINABLE_KPIS } from '../../sim/engine/kpis.ts';

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** The first broken invariant of a run, or null when it holds on every day. */
export function runViolation({ result: r, ledger: l }: SimulationRun): string | null {
  const s = r.series;
  for (const name of Object.keys(s) as SeriesName[]) for (const v of s[name]) if (!Number.isFinite(v)) return `series ${name} holds ${v}`;
  // A ratio with nothing to divide by is NaN by contract (UNDEFINABLE_KPIS); nothing is ever ±Infinity.
  for (const [k, v] of Object.entries(r.kpis)) if (!Number.isFinite(v) && !(Number.isNaN(v) && UNDEFINABLE_KPIS.has(k as KpiName))) return `KPI ${k} is ${v}`;
  let received = 0, allocated = 0, restocked = 0, cash = l.openingCashCny;
  for (let t = 0; t < r.days; t++) {
    received += l.receivedUnits[t];
    allocated += l.allocatedUnits[t];
    restocked += l.restockedUnits[t];
    if (!near(l.onHandUnits[t], l.initialUnits + received - allocated + restocked)) return `stock not conserved on day ${t}`;
    cash += l.cashInCny[t] - l.cashOutCny[t];
    if (!near(s.cashCny[t], cash)) return `cash not conserved on day ${t}`;
    if (l.prospects[t] + l.customers[t] + l.churnedTotal[t] !== l.createdTotal[t]) return `shoppers not accounted for on day ${t}`;
  }
  return null;
}
