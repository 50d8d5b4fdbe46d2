// Pure helpers of the risk cards and columns: a probability with its interval as text, and the
// rows of the risk table (the same measures, in the same order, as the CLI's risk table).
import type { Probability, RiskSummary } from '../../sim/index.ts';

/** Formats a share (0–1) in the workbench's locale. */
export type PercentFormat = (fraction: number, digits?: number) => string;

/** "12 % (5 %–24 %)", or the share alone with one replication, or "—" when undefined. */
export function probabilityText(p: Probability, percent: PercentFormat, withInterval = p.n > 1): string {
  if (!Number.isFinite(p.p)) return '—';
  return withInterval ? `${percent(p.p, 0)} (${percent(p.low, 0)}–${percent(p.high, 0)})` : percent(p.p, 0);
}

/** One measure of the risk table: a probability, or CVaR 5 % of profit (CNY). */
export type RiskRow =
  | { kind: 'loss' | 'cash'; values: Probability[] }
  | { kind: 'cvar'; values: number[] }
  | { kind: 'target'; target: string; values: Probability[] };

/** The rows of a risk table with one column per summary; targets are those of the first summary. */
export function riskRows(risks: readonly RiskSummary[]): RiskRow[] {
  const rows: RiskRow[] = [
    { kind: 'loss', values: risks.map((r) => r.loss) },
    { kind: 'cash', values: risks.map((r) => r.cashShortfall) },
    { kind: 'cvar', values: risks.map((r) => r.cvar5ProfitCny) },
  ];
  risks[0]?.targets.forEach((t, i) => rows.push({ kind: 'target', target: t.condition.text, values: risks.map((r) => r.targets[i]?.met ?? { p: NaN, low: NaN, high: NaN, n: 0 }) }));
  return rows;
}
