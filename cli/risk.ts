// The risk part of `run` and `compare`: the `--target` flag, a risk table with one column per
// scenario, and the JSON form of a RiskSummary.
import { parseCondition, type KpiCondition, type Probability, type RiskSummary } from '../sim/index.ts';
import { flagList, type ParsedArgs } from './args.ts';
import { formatKpi, formatPercent } from './format.ts';
import { renderTable } from './table.ts';

/** Help line of `--target`. */
export const TARGET_HELP = "  --target T     a KPI target whose chance is reported, e.g. 'roi>=4', 'cacCny<=50', 'onTimeRate>=98%' (repeatable)";

/** The `--target` conditions of a command line. */
export function targetsOf(parsed: ParsedArgs): KpiCondition[] {
  return flagList(parsed, 'target').map((spec) => parseCondition(spec, '--target'));
}

function probability(p: Probability, withInterval: boolean): string {
  if (!Number.isFinite(p.p)) return '–';
  return withInterval ? `${formatPercent(p.p, 0)} (${formatPercent(p.low, 0)}–${formatPercent(p.high, 0)})` : formatPercent(p.p, 0);
}

/** The risk table: one row per measure, one column per scenario (`labels`). */
export function riskTable(labels: readonly string[], risks: readonly RiskSummary[]): string {
  const intervals = risks.every((r) => r.replications > 1);
  const rows: string[][] = [
    ['P(profit < 0)', ...risks.map((r) => probability(r.loss, intervals))],
    ['P(cash < 0 on any day)', ...risks.map((r) => probability(r.cashShortfall, intervals))],
    ['CVaR 5 % of profit', ...risks.map((r) => formatKpi('profitCny', r.cvar5ProfitCny))],
  ];
  const first = risks[0];
  first?.targets.forEach((t, i) => {
    rows.push([`P(${t.condition.text})`, ...risks.map((r) => probability(r.targets[i].met, intervals))]);
  });
  const note = intervals ? 'Probabilities across replications, with 95 % Wilson intervals; CVaR 5 % = mean profit over the worst 5 % of replications.\n' : 'CVaR 5 % = mean profit over the worst 5 % of replications.\n';
  return `\nRisk\n\n${renderTable(['Measure', ...labels], rows)}${note}`;
}

/** A RiskSummary as plain JSON (conditions as their text). */
export function riskJson(risk: RiskSummary): unknown {
  return {
    replications: risk.replications,
    pLoss: risk.loss,
    pCashBelowZero: risk.cashShortfall,
    cvar5ProfitCny: risk.cvar5ProfitCny,
    targets: risk.targets.map((t) => ({ target: t.condition.text, kpi: t.condition.kpi, op: t.condition.op, value: t.condition.value, pMet: t.met, mean: t.mean, meanMeets: t.meanMeets })),
  };
}
