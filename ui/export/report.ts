// A one-page, self-contained HTML report of a comparison (tables and inline SVG charts, no
// scripts) that a finance user can send on.
import { type Comparison, type RunSummary, type KpiName, type SeriesName, KPI_CATALOGUE } from '../../sim/light.ts';
import { formatDelta, formatPercent, formatValue, type Locale } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import type { MessageKey } from '../i18n/en.ts';
import { svgFanChart } from '../charts/svg.ts';
import { alignTo } from '../charts/fan.ts';

export interface ReportInput {
  locale: Locale;
  /** When the report was made, already formatted. */
  generatedAt: string;
  scenarios: { title: string; summary: RunSummary }[];
  /** comparisons[i]: scenarios[i + 1] against scenarios[0]. */
  comparisons: Comparison[];
  /** Per KPI, index of the best scenario (−1: none). */
  winners: Record<KpiName, number>;
  kpis: KpiName[];
  charts: SeriesName[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report as a complete HTML document. */
export function comparisonReportHtml(input: ReportInput): string {
  const { locale, scenarios, comparisons, winners } = input;
  const t = (k: string) => translate(locale, k as MessageKey);
  const base = scenarios[0].summary;
  const title = `ShopLab — ${t('compare.title')}: ${scenarios.map((s) => s.title).join(' · ')}`;
  const head = scenarios.map((s, i) => `<th>${esc(s.title)}${i === 0 ? ` <small>(${esc(t('compare.baseline'))})</small>` : ''}</th>`).join('');
  const altHead = scenarios.slice(1).map((s) => `<th>Δ ${esc(s.title)}<br><small>95 % CI</small></th><th>${esc(t('compare.pBetter'))}</th>`).join('');
  const rows = input.kpis.map((k) => {
    const kind = KPI_CATALOGUE[k].format;
    const cells = scenarios.map((s, i) => {
      const v = s.summary.kpis[k];
      const star = winners[k] === i ? ' ★' : '';
      return `<td${star ? ' class="win"' : ''}>${esc(formatValue(v.mean, kind, locale, true))}${star}<br><small>${esc(formatValue(v.p10, kind, locale, true))} – ${esc(formatValue(v.p90, kind, locale, true))}</small></td>`;
    });
    const deltas = comparisons.map((c) => {
      const d = c.kpis[k];
      return `<td>${esc(formatDelta(d.meanDelta, kind, locale))}<br><small>[${esc(formatDelta(d.ciLow, kind, locale))}, ${esc(formatDelta(d.ciHigh, kind, locale))}]</small></td><td>${Number.isFinite(d.pBetter) ? esc(formatPercent(d.pBetter, locale, 0)) : '—'}</td>`;
    });
    return `<tr><th scope="row">${esc(t(KPI_CATALOGUE[k].labelKey))}</th>${cells.join('')}${deltas.join('')}</tr>`;
  });
  const charts = input.charts.map((name) => {
    const kind = name.endsWith('Cny') ? 'money' : 'count';
    const layers = scenarios.map((s) => ({ label: s.title, mean: alignTo(s.summary.series[name].mean, base.days), p10: alignTo(s.summary.series[name].p10, base.days), p90: alignTo(s.summary.series[name].p90, base.days) }));
    return `<figure><figcaption>${esc(t(`series.${name}`))}</figcaption>${svgFanChart(layers, 520, 180, (v) => formatValue(v, kind, locale, true))}</figure>`;
  });
  const legend = scenarios.map((s, i) => `<span class="key k${i}">■</span> ${esc(s.title)}`).join(' &nbsp; ');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#1a1a1a;margin:24px;max-width:1100px}
h1{font-size:20px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:right;vertical-align:top}th[scope=row],thead th:first-child{text-align:left}
small{color:#555}.win{background:#e3f2e6;font-weight:600}.charts{display:grid;grid-template-columns:1fr 1fr;gap:12px}
figure{margin:0}figcaption{font-weight:600;margin:8px 0 2px}.key.k0{color:#0072B2}.key.k1{color:#D55E00}.key.k2{color:#009E73}.key.k3{color:#CC79A7}
@media print{body{margin:8mm}}
</style></head><body>
<h1>${esc(title)}</h1>
<p>${esc(input.generatedAt)} · seed ${base.seed} · ${base.replications} × ${base.days} · ShopLab ${esc(base.version)}</p>
<table><thead><tr><th>${esc(t('compare.kpi'))}</th>${head}${altHead}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
<p>${legend}</p>
<div class="charts">${charts.join('')}</div>
<p><small>Mean with P10–P90 over replications. Δ and P(better) pair replication r of each alternative with replication r of the baseline (same seed: common random numbers); the interval is the 95 % Student-t interval of the mean paired difference. ★ marks the best scenario per KPI.</small></p>
</body></html>
`;
}
