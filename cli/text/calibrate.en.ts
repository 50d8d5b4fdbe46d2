// English messages of `calibrate`: help, usage errors, the report's tables and verdicts.

export const calibrateEn = {
  'calibrate.help': `Usage: shoplab calibrate FILE --target KPI=VALUE … --fit PATH[:LO:HI] … [options]

Fits the scenario fields named by --fit so that the simulated KPI means (over a fixed seed and
set of replications: common random numbers) hit the --target values. The search is Nelder–Mead
on a bounds-transformed space minimising the sum of squared relative errors.

Options:
  --target KPI=VALUE   a target, e.g. conversionRate=0.028, conversionRate=2.8%, aovCny=120
                       (repeatable, or comma-separated)
  --fit PATH[:LO:HI]   a scenario field to fit, e.g. funnel.addToCartRate or
                       population.segments.base.visitsPerYear:1:20 (bounds default to the
                       schema's range; repeatable, or comma-separated)
  --tolerance T        relative error that counts as reached (default 0.05 = 5 %)
  --reps R             replications per evaluation (default 5)
  --seed N             seed of every evaluation (default: the scenario's seed)
  --days D             horizon in days (default: the scenario's)
  --max-evals N        most simulations of the scenario, each of R replications (default 150)
  --workers N          worker threads for each evaluation's replications (default: one per core)
{queueFlags}
  --write OUT          write FILE with the fitted values to OUT (comments kept; OUT may be FILE);
                       only when every target is reached, unless --force
  --force              with --write: write the best values found even when targets are missed
  --json OUT           write the result as JSON ("-" = stdout)

Exit code: 0 when the fit ran — whether or not every target was reached (the report says
"all targets reached" or "NOT REACHED" and why); 2 for bad input.
{machine}

Example: shoplab calibrate scenarios/002-ecommerce-ops/baseline.yaml \\
           --target conversionRate=0.028 --target aovCny=120 \\
           --fit funnel.addToCartRate --fit skus.premium.popularity:0.05:3 --reps 3
`,
  'calibrate.notNumber': '{what}: "{text}" is not a number',
  'calibrate.targetForm': '--target {item}: write KPI=VALUE, e.g. conversionRate=0.028',
  'calibrate.unknownKpi': '--target {item}: unknown KPI "{kpi}"{hint}; KPIs: {list}',
  'calibrate.fitForm': '--fit {item}: write PATH or PATH:LO:HI, e.g. funnel.addToCartRate:0.02:0.3',
  'calibrate.lowerBound': '--fit {path} lower bound',
  'calibrate.bound.lower': 'lower',
  'calibrate.bound.upper': 'upper',
  'calibrate.upperBound': '--fit {path} upper bound',
  'calibrate.takesOne': 'calibrate takes one scenario file, got {count}\n\n{help}',
  'calibrate.needsTarget': 'give at least one --target KPI=VALUE (e.g. --target conversionRate=0.028)',
  'calibrate.needsFit': 'give at least one --fit PATH (e.g. --fit funnel.addToCartRate)',
  'calibrate.maxEvals': '--max-evals must be at least {min} for {count} parameter{s} (start, search, final check and diagnosis)',
  'calibrate.parameter': 'Parameter',
  'calibrate.start': 'Start',
  'calibrate.fitted': 'Fitted',
  'calibrate.range': 'Range',
  'calibrate.onBound': 'On bound',
  'calibrate.kpi': 'KPI',
  'calibrate.target': 'Target',
  'calibrate.achieved': 'Achieved',
  'calibrate.error': 'Error',
  'calibrate.status': 'Status',
  'calibrate.reached': 'reached',
  'calibrate.notReached': 'NOT REACHED',
  'calibrate.allReached': 'All {count} targets reached within {tol} ({evaluations} evaluations).',
  'calibrate.someMissed': 'NOT REACHED: {missed} of {count} targets outside {tol} after {evaluations} evaluations.',
  'calibrate.title': 'Calibration of {file}',
  'calibrate.progress': '\revaluation {n}/{max} · worst error {worst}   ',
  'calibrate.notWritten': '\nNot written to {file}: targets were not reached (add --force to write the best values found).\n',
  'calibrate.wrote': 'Wrote the fitted values to {file}.\n',
  'calibrate.patch': '\nYAML patch (merge into {file}, or rerun with --write OUT):\n',
} as const;
