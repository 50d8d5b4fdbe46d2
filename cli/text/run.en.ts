// English messages of `run`, `compare` and `sweep`: help, usage errors, table headers and summary lines.

export const runEn = {
  'run.help': `Usage: shoplab run FILE [options]

Simulates the scenario in FILE (YAML or JSON) R times and prints its KPIs: the mean and,
with more than one replication, the P10–P90 range across replications.

Options:
{runFlags}
  --json OUT     write the summary (scenario, seed, version, KPIs, daily series) as JSON ("-" = stdout)
  --csv OUT      write the daily series as a tidy CSV: day, date, series, mean, p10, p50, p90
  --trace K      follow K sampled shoppers through replication 0 (1–{maxTrace}): each visit, price against
                 their reference price, add-to-cart and checkout with the probability used, order,
                 delivery, return, complaint, churn; written as "trace" into the --json document
{target}
  --xlsx OUT     write an Excel workbook: KPIs, risk, monthly P&L and cash flow with NPV, daily series, channels
  --rate R       annual discount rate of the NPV in the workbook, e.g. 8% or 0.08 (default 8%)

Risk (always shown): P(profit < 0), P(cash < 0 on any day), CVaR 5 % of profit, and P(target met)
for every --target.
{machine}

Example: shoplab run scenarios/default.yaml --reps 20 --seed 7 --target 'roi>=4' --json out/run.json
`,
  'run.badRate': '--rate expects an annual discount rate such as 8% or 0.08, got "{text}"',
  'run.traceNeedsJson': "--trace writes the shoppers' journeys into the JSON document: add --json OUT (or --json - for stdout)",
  'run.header': 'ShopLab {version} · "{name}" · seed {seed} · {reps} replication{s} · {days} days from {start}\n\n',
  'run.kpi': 'KPI',
  'run.mean': 'Mean',
  'run.range': 'P10 – P90',
  'run.value': 'Value',
  'run.partial': '\nDefined in only some replications (summarised over those): {list}\n',
  'run.byChannel': '\nBy channel (mean per run)\n\n',
  'run.channel': 'Channel',
  'run.spend': 'Spend',
  'run.clicks': 'Clicks',
  'run.orders': 'Orders',
  'run.newCustomers': 'New customers',
  'run.gmv': 'GMV',
  'run.cac': 'CAC',
  'run.roas': 'ROAS',
  'compare.help': `Usage: shoplab compare BASELINE ALTERNATIVE [MORE …] [options]

Runs every scenario with the same seed and number of replications, so replication r of each
meets the same random demand (common random numbers), and compares each alternative with the
baseline (the first file): mean paired difference, its 95 % confidence interval, and the share
of replications in which the alternative does better (P(better)). The best mean per KPI is
marked with *.

Options:
{runFlags}
  --json OUT     write every summary and comparison as JSON ("-" = stdout)
{target}
  --xlsx OUT     write the means, paired deltas and risk as an Excel workbook

A risk table follows the means: P(profit < 0), P(cash < 0 on any day), CVaR 5 % of profit and
P(target met) for every --target, one column per scenario.
{machine}

Example: shoplab compare scenarios/002-ecommerce-ops/baseline.yaml scenarios/002-ecommerce-ops/crm-private-domain.yaml --reps 10
`,
  'compare.needsTwo': 'compare needs a baseline and at least one alternative scenario file, got {count}',
  'compare.same': 'same',
  'compare.better': 'better',
  'compare.worse': 'worse',
  'compare.unclear': 'no clear difference',
  'compare.kpiMean': 'KPI (mean)',
  'compare.baseline': '{label} (baseline)',
  'compare.deltaMean': 'Δ mean',
  'compare.deltaPct': 'Δ %',
  'compare.ci': '95 % CI of Δ',
  'compare.pBetter': 'P(better)',
  'compare.header': 'ShopLab {version} · compare {count} scenarios · seed {seed} · {reps} paired replication{s}\n\n',
  'compare.bestMark': '* best mean for the KPI\n',
  'compare.pair': '\n{b} vs {a} (paired by replication: Δ = {b} − {a})\n\n',
  'compare.oneRep': '\nWith one replication there is no interval; use --reps 10 or more for a verdict.\n',
  'sweep.help': `Usage: shoplab sweep FILE --vary PATH=SPEC [--vary PATH=SPEC …] --csv OUT [options]

Runs every combination of lever values (a full grid), each for R replications with the same
seed, writes one CSV row per (run, replication, KPI) and prints the best grid point for the
headline KPIs.

Lever specs:
  PATH=v1,v2,…       the listed values, e.g. channels.paid_search.budgetPerDayCny=1000,3000,6000
  PATH=lo:hi:steps   \`steps\` evenly spaced values from lo to hi inclusive, e.g. skus.tee.listPriceCny=59:99:5

Options:
  --vary SPEC    a lever to vary (repeat for a grid of several levers)
  --csv OUT      where to write the tidy table: run, <lever paths…>, replication, kpi, value
  --xlsx OUT     also write the mean of every KPI per grid point as an Excel workbook
{runFlags}
{machine}
`,
  'sweep.takesOne': 'sweep takes one scenario file, got {count}',
  'sweep.needsVary': 'sweep needs at least one --vary PATH=v1,v2 or PATH=lo:hi:steps',
  'sweep.needsCsv': 'sweep needs --csv OUT: the file to write the tidy table to',
  'sweep.run': 'run',
  'sweep.profitMean': 'Profit (mean)',
  'sweep.gmvMean': 'GMV (mean)',
  'sweep.header': 'ShopLab {version} · sweep "{name}" · seed {seed} · {cells} grid point{cs} × {reps} replication{rs}\n',
  'sweep.wrote': 'wrote {rows} rows to {file}\n\n',
  'sweep.best': 'Best {kpi}: {value}{spread} at run {run}: {point}\n',
  'sweep.lowest': 'Lowest {kpi}: {value}{spread} at run {run}: {point}\n',
  'sweep.spread': ' (P10–P90 {low} – {high})',
} as const;
