// English messages of `validate`, `gen-sales`, `forecast` and `worker`: help, usage errors and
// the lines they print.

export const dataEn = {
  'validate.help': `Usage: shoplab validate FILE [FILE …]

Checks scenario files (YAML or JSON) without running them: schema, formulas over the horizon,
impossible combinations and \`extends\` chains. Prints every problem as
file:line:col: path: message on stderr; exits with 2 if any file has an error, 0 otherwise.
`,
  'validate.ok': 'OK {file}{warnings}\n',
  'validate.warnings': ' ({count} warning{s})',
  'validate.failed': '{file}: {errors} error{es}{warnings}\n',
  'validate.andWarnings': ', {count} warning{s}',
  'gensales.help': `Usage: shoplab gen-sales SCENARIO --out SALES.csv [--seed N] [--days D] [--replication R]

Simulates the scenario once and writes daily sales per SKU as a long-format CSV:
  unique_id  SKU id
  ds         date (YYYY-MM-DD, counted from the scenario's startDate)
  y          units sold that day
  price      mean price paid (CNY/unit; the list price on days without sales)
  promo      1 on days a promotion applied to the SKU, else 0
Rows are grouped by SKU, oldest first. The file feeds \`shoplab forecast\`.

Options:
  --out FILE       where to write the CSV ("-" = stdout; required)
  --seed N         seed of the random streams (default: the scenario's seed)
  --days D         horizon in days (default: the scenario's days)
  --replication R  which replication's random streams to use (default 0)
{machine}

Example: shoplab gen-sales scenarios/default.yaml --out data/sales.csv --seed 7 --days 365
`,
  'gensales.needsFile': 'gen-sales needs a scenario file: shoplab gen-sales SCENARIO --out SALES.csv',
  'gensales.takesOne': 'gen-sales takes one scenario file, got {count}: {files}',
  'gensales.needsOut': 'gen-sales needs --out FILE (where to write the CSV; "-" for stdout)',
  'gensales.wrote': 'wrote {file}: {rows} rows ({skus} SKU{s} × {days} days from {start}), seed {seed}, replication {replication}\n',
  'worker.help': `Usage: shoplab worker --redis redis://HOST:PORT [options]

Serves simulation tasks from a Redis queue until Ctrl-C or SIGTERM: start one on each machine
that should help, then run \`shoplab run|compare|sweep … --redis redis://HOST:PORT\` anywhere.
The first Ctrl-C lets the tasks in progress finish; a second one stops at once (those tasks are
then retried on another worker).

Options:
  --redis URL          the Redis server holding the queue (redis://HOST:PORT[/DB])
  --concurrency N      tasks at once, one worker thread each (default: one per CPU core)
  --queue NAME         queue to serve (default: {queue})
  --lock-seconds S     a task whose worker stops answering for S seconds is retried elsewhere (default: {lock})

Example: npx shoplab worker --redis redis://10.0.0.5:6379 --concurrency 8
`,
  'worker.noFiles': 'worker takes no files, got: {files}',
  'worker.needsRedis': 'worker needs --redis redis://HOST:PORT: the Redis server holding the queue',
  'worker.log': 'shoplab worker: {line}\n',
  'worker.serving': 'ShopLab {version} serving queue "{queue}" at {url} with {count} task{s} at once as {name}; Ctrl-C to stop',
  'worker.stoppingNow': 'stopping now; tasks in progress will be retried elsewhere',
  'worker.finishing': '{why}: finishing the tasks in progress (Ctrl-C again to stop at once)…',
  'worker.stopped': 'stopped after {count} task{s}',
} as const;
