// English messages of the decision commands `optimise`, `sensitivity` and `explain`: help, usage
// errors, table headers and summary lines (`calibrate` has its own file).

export const decideEn = {
  'optimise.help': `Usage: shoplab optimise FILE --objective KPI [--minimise] --lever PATH=LO:HI … [options]
       shoplab optimise FILE --objective KPI --budget TOTAL --channels a,b,c [--bounds a=LO:HI …]

Searches for the lever values (and the split of a budget over channels) that give the best mean
of one KPI. Every candidate runs on the same seeds (common random numbers), so differences are
not noise; constraints must hold on the mean and are shown with the share of replications in
which they hold. The winner is then re-run on fresh seeds beside the starting plan: paired
difference, its 95 % interval and P(better). Search: a compass (pattern) search that polls every
direction as one parallel batch, moves budget between two channels at a time (the total stays
exact) and halves its step when nothing improves.

Options:
  --objective KPI      the KPI to optimise (default profitCny)
  --minimise           minimise it (also --minimize), e.g. marketingCny under a GMV target
  --lever SPEC         PATH=LO:HI, PATH=0.5x:2x (× today) or PATH=±20% (repeatable)
  --budget TOTAL       channel budgets must sum to TOTAL (default: their sum today)
  --channels a,b,c     the budgets to split: channel ids (their budgetPerDayCny) or dotted paths
  --bounds NAME=LO:HI  a channel's range, absolute or × today (e.g. social=0.5x:2x; default 0:TOTAL)
  --constraint C       must hold on the mean, e.g. 'cacCny<=50', 'roas>=4' (repeatable)
  --max-evals N        most candidates to evaluate (default 120)
  --curves             also print response curves (KPI against each lever or channel around the answer)
  --write OUT.yaml     save the answer as a short scenario that extends FILE
  --json OUT           write the result as JSON ("-" = stdout)
{runFlags}
{machine}

Example: shoplab optimise scenarios/002-ecommerce-ops/baseline.yaml --objective profitCny --channels paid_search,social,crm --constraint 'roas>=4' --reps 4
`,
  'optimise.unknownKpi': '{flag} {name}: unknown KPI{hint} (KPIs: {list})',
  'optimise.needsChannels': '{flag} needs --channels a,b,c: the budgets to split',
  'optimise.badBudget': '--budget expects a total in CNY per day, got "{text}"',
  'optimise.needsLever': 'optimise needs something to change: --lever PATH=LO:HI (repeatable) and/or --channels a,b,c for a budget split',
  'optimise.overlap': '{path} is both a --lever and one of --channels; name it once',
  'optimise.setting': 'Setting',
  'optimise.start': 'Start',
  'optimise.best': 'Best',
  'optimise.change': 'Change',
  'optimise.startShare': 'Start share',
  'optimise.bestShare': 'Best share',
  'optimise.holds': 'holds',
  'optimise.fails': 'fails',
  'optimise.constraintsTitle': '\nConstraints (on the mean; P = share of replications in which it holds)\n\n',
  'optimise.constraint': 'Constraint',
  'optimise.pHolds': 'P(holds)',
  'optimise.pHoldsFresh': 'P(holds), fresh seeds',
  'optimise.today': ' (today)',
  'optimise.curveTitle': '\nResponse of {kpi} to {path} (others at the answer; answer {answer}, today {today})\n\n',
  'optimise.mean': 'Mean',
  'optimise.ci': '95 % CI',
  'optimise.marginal': 'Marginal (Δ{kpi} per unit)',
  'optimise.minimise': 'minimise',
  'optimise.maximise': 'maximise',
  'optimise.header': 'ShopLab {version} · optimise "{name}" · {sense} {kpi} · seed {seed} · {reps} replications per candidate\n',
  'optimise.searched': '{evaluations} candidates in {iterations} polls ({stop}), {seconds} s\n\n',
  'optimise.converged': 'converged',
  'optimise.stoppedAtMax': 'stopped at --max-evals',
  'optimise.objective': '\n{kpi} (mean, search seeds): start {start} → best {best}{infeasible}\n',
  'optimise.infeasible': '  (NO candidate met every constraint; the least infeasible is shown)',
  'optimise.check': '\nOut-of-sample check on fresh seeds (seed {seed}, {reps} paired replications): best − start = {delta} (95 % CI {low} … {high}), P(better) {pBetter}\n',
  'optimise.poll': '\rpoll {i}: {n} candidates, step {step} %, best {best}   ',
  'optimise.wrote': '\nwrote {file}\n',
  'sensitivity.help': `Usage: shoplab sensitivity FILE --kpi KPI [--param PATH=LO:HI …] [options]

Moves each setting to its low and then its high value, the others as they are, all on the same
seeds as the base run (common random numbers), and prints a tornado sorted by swing: the KPI at
each end, its paired difference from the base with a 95 % interval, and the arc elasticity
(% change of the KPI per % change of the setting).

Options:
  --kpi KPI      the KPI to explain (default profitCny)
  --param SPEC   PATH=LO:HI, PATH=0.5x:2x or PATH=±20% (repeatable; default: every editor lever ±--pct)
  --pct P        the default ± range in percent (default 20)
  --two-way      also a 3 × 3 grid of the first two parameters
  --json OUT     write the tornado (and grid) as JSON ("-" = stdout)
{runFlags}
{machine}

Example: shoplab sensitivity scenarios/000-clothing/baseline.yaml --kpi profitCny --reps 4
`,
  'sensitivity.takesOne': 'sensitivity takes one scenario file, got {count}',
  'sensitivity.nothingToVary': 'no numeric setting to vary: give --param PATH=LO:HI',
  'sensitivity.twoWayNeedsTwo': '--two-way needs two parameters (--param twice)',
  'sensitivity.setting': 'Setting',
  'sensitivity.lowHigh': 'Low … high',
  'sensitivity.atLow': 'Δ at low (95 % CI)',
  'sensitivity.atHigh': 'Δ at high (95 % CI)',
  'sensitivity.elasticity': 'Elasticity',
  'sensitivity.swing': 'Swing',
  'sensitivity.twoWay': '\nTwo-way: {kpi} (mean) by {a} (rows) and {b} (columns)\n\n',
  'sensitivity.header': 'ShopLab {version} · sensitivity of {kpi} · "{name}" · seed {seed} · {reps} paired replications · {count} settings\n',
  'sensitivity.base': 'Base: {value}\n\n',
  'explain.help': `Usage: shoplab explain BASELINE ALTERNATIVE [options]

Runs both scenarios on the same seeds and splits the difference in GMV and in profit into
effects that add up exactly to it, replication by replication, then averages them with 95 %
intervals. List value (GMV before discounts) = visits × conversion × fill × units per order ×
list price per unit, split by the Shapley value (exact, and defined when a factor is zero);
traffic is shared by channel in proportion to each channel's change in visits (visits no
channel brought, shoppers' own, are an effect of their own); discounts and every cost line of
the profit identity are their own effects.

Options:
  --json OUT     write the explanation as JSON ("-" = stdout)
{runFlags}
{machine}

Example: shoplab explain scenarios/002-ecommerce-ops/baseline.yaml scenarios/002-ecommerce-ops/over-promotion.yaml --reps 6
`,
  'explain.needsTwo': 'explain needs two scenario files, a baseline and an alternative, got {count}',
  'explain.differentHorizons': 'warning: the scenarios run over different horizons ({a} and {b} days); totals are not like for like — use --days to align them\n',
  'explain.effect.traffic': 'Traffic',
  'explain.effect.ownVisits': "Traffic: shoppers' own visits",
  'explain.effect.conversion': 'Conversion (in-stock)',
  'explain.effect.stockouts': 'Stock-outs (lost sales)',
  'explain.effect.basket': 'Basket (units per order)',
  'explain.effect.listPrice': 'List price per unit',
  'explain.effect.discounts': 'Discounts',
  'explain.effect.returns': 'Returns (refunds)',
  'explain.effect.shippingFees': 'Shipping fees collected',
  'explain.effect.cogs': 'COGS',
  'explain.effect.marketing': 'Marketing',
  'explain.effect.logistics': 'Logistics',
  'explain.effect.holding': 'Holding',
  'explain.effect.promotionCosts': 'Promotion costs',
  'explain.effect.fixed': 'Fixed costs',
  'explain.effect.investment': 'Investment',
  'explain.effect.paymentFees': 'Payment fees',
  'explain.total': 'Total (B − A)',
  'explain.effect': 'Effect',
  'explain.mean': 'Mean',
  'explain.ci': '95 % CI',
  'explain.waterfall': 'Waterfall',
  'explain.gmv': 'GMV',
  'explain.profit': 'Profit',
  'explain.header': 'ShopLab {version} · explain B − A · seed {seed} · {reps} paired replications\n',
  'explain.footer': '\nEffects are Shapley shares of list value (exact), discounts and each cost line; they add up to the total in every replication.\n',
} as const;
