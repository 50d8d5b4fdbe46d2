// The risk part of `run` and `compare`: the `--target` flag, a risk table with one column per
// scenario, and the JSON form of a RiskSummary.
import { parseCondition, type KpiCondition, type Probability, type RiskSummary } from '../sim/index.ts';
import { flagList, type ParsedArgs } from './args.ts';
import { formatKpi, formatPercent } from './format.ts';
import { cliText, type CliLang } from './lang.ts';
import { renderTable } from './table.ts';


/** The `--target` conditions of a command line. */
export function targetsOf(parsed: ParsedArgs): KpiCondition[] {
  return flagList(parsed, 'target').map((spec) => parseCondition(spec, '--target'));
}

function probability(p: Probability, withInterval: boolean): string {
  if (!Number.isFinite(p.p)) return '–';
  return withInterval ? `${formatPercent(p.p, 0)} (${formatPercent(p.low, 0)}–${formatPercent(p.high, 0)})` : formatPercent(p.p, 0);
}

/** The risk table: one row per measure, one column per scenario (`labels`), in `lang`. */
export function riskTable(labels: readonly string[], risks: readonly RiskSummary[], lang: CliLang = 'en'): string {
  const intervals = risks.every((r) => r.replications > 1);
  const rows: string[][] = [
    [cliText(lang, 'risk.loss'), ...risks.map((r) => probability(r.loss, intervals))],
    [cliText(lang, 'risk.cash'), ...risks.map((r) => probability(r.cashShortfall, intervals))],
    [cliText(lang, 'risk.cvar'), ...risks.map((r) => formatKpi('profitCny', r.cvar5ProfitCny))],
  ];
  const first = risks[0];
  first?.targets.forEach((t, i) => {
    rows.push([`P(${t.condition.text})`, ...risks.map((r) => probability(r.targets[i].met, intervals))]);
  });
  const note = cliText(lang, intervals ? 'risk.noteIntervals' : 'risk.note');
  return `\n${cliText(lang, 'risk.title')}\n\n${renderTable([cliText(lang, 'risk.measure'), ...labels], rows)}${note}`;
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
