// Messages of a run, in the same catalogue as the loader's: problems only compiling or running a
// scenario reveals (sim/engine/), and levers, sweeps and KPI conditions (sim/experiment/), in
// English and Chinese. Field paths, flags and ids are parameters and stay as written.

/** What a `--vary` value is in a message: one end or the steps of a range, or the n-th listed value. */
export type VaryPart = { kind: 'lo' } | { kind: 'hi' } | { kind: 'steps' } | { kind: 'value'; n: number };

/** Parameters of each run message code. */
export interface RunMessageParams {
  // Compiling and checking a run (sim/engine/).
  'run.unknownForecaster': { name: string; known: string[] };
  'run.unknownId': { id: string; known: string[] };
  'run.endsBeforeStart': { endDay: number; startDay: number };
  'run.shipsBeforeStart': { shipDay: number; startDay: number };
  'run.noSegments': Record<never, never>;
  'run.tooManySegments': { max: number; got: number };
  'run.sharesSumZero': Record<never, never>;
  'run.negativeBudget': { value: number; day: number };
  'run.outOfRange': { value: number; day: number; min: number; max: number };
  'run.tooManyShoppers': { days: number; shoppers: number; max: number };
  'run.tooManyClicks': { clicks: number; day: number; max: number };
  /** A count a caller passed (days, seed, replications, maxAttempts) that is not a whole number ≥ `min`. */
  'run.wholeAtLeast': { name: string; min: number; got: number };
  'run.badTrace': { got: number };
  'run.probability': { name: string; got: number };
  'run.atLeastZero': { name: string; got: number };
  'run.jobReplications': { job: number; scenario: string; got: number };
  'run.noResults': Record<never, never>;
  'run.daysDiffer': { replication: number; days: number; firstReplication: number; firstDays: number };
  'run.noBaseline': Record<never, never>;
  'run.unpaired': { baseline: number; alternative: number };
  'run.noPair': { replication: number };
  'run.badAlpha': { alpha: number };
  // Levers (set-path.ts, sweep.ts, vary.ts).
  'lever.notPath': { path: string };
  'lever.notFinite': { value: number };
  /** `at` is the dotted path of the group, null for the top level. */
  'lever.noSetting': { key: string; at: string | null; available: string[] };
  'lever.singleValue': { prefix: string };
  'lever.group': { path: string; settings: string[] | null };
  'lever.yesNo': { path: string };
  'lever.notNumeric': { path: string; holds: string };
  'lever.none': Record<never, never>;
  'lever.noValues': Record<never, never>;
  'lever.twice': { path: string };
  'lever.seed': Record<never, never>;
  'lever.replications': Record<never, never>;
  'lever.tooManyCells': { cells: number; max: number };
  'vary.notNumber': { part: VaryPart; text: string };
  'vary.noEquals': Record<never, never>;
  'vary.emptyPath': Record<never, never>;
  'vary.badPath': { path: string };
  'vary.noValues': Record<never, never>;
  'vary.rangeParts': { got: number };
  'vary.badSteps': { got: string };
  'vary.oneStep': { lo: number; hi: number };
  'vary.tooManySteps': { steps: number; max: number };
  'vary.tooManyValues': { count: number; max: number };
  'vary.twice': { value: number };
  // KPI conditions (kpi-condition.ts): `flag` is the flag they were given with.
  'condition.syntax': { flag: string };
  'condition.equals': Record<never, never>;
  'condition.unknownKpi': { name: string; suggestion: string | null; kpis: string[] };
  'condition.notNumber': { text: string };
}

type Table = { [C in keyof RunMessageParams]: (p: RunMessageParams[C]) => string };

const list = (items: readonly string[], none: string) => (items.length === 0 ? none : items.join(', '));
const whole = (n: number) => Math.round(n).toLocaleString('en-US');
/** A number as a Chinese sentence shows it: infinities as ±∞. */
const numZh = (n: number) => (Number.isNaN(n) || Number.isFinite(n) ? String(n) : n > 0 ? '+∞' : '−∞');
const VARY_EN = (p: VaryPart) => (p.kind === 'value' ? `value ${p.n}` : p.kind);
const VARY_ZH = (p: VaryPart) => (p.kind === 'value' ? `第 ${p.n} 个值` : p.kind === 'steps' ? '步数 `steps`' : p.kind === 'lo' ? '下限 `lo`' : '上限 `hi`');

/** The run messages in English. */
export const RUN_EN: Table = {
  'run.unknownForecaster': (p) => `unknown forecaster "${p.name}"; known: ${p.known.join(', ')}`,
  'run.unknownId': (p) => `unknown id "${p.id}"; known: ${p.known.join(', ')}`,
  'run.endsBeforeStart': (p) => `ends (day ${p.endDay}) before it starts (day ${p.startDay})`,
  'run.shipsBeforeStart': (p) => `ship day ${p.shipDay} is before the presale starts (day ${p.startDay})`,
  'run.noSegments': () => 'at least one segment is needed',
  'run.tooManySegments': (p) => `at most ${p.max} segments are supported, got ${p.got}`,
  'run.sharesSumZero': () => 'segment shares sum to 0; give at least one segment a positive share',
  'run.negativeBudget': (p) => `budget is negative (${p.value}) on day ${p.day}`,
  'run.outOfRange': (p) => `gives ${p.value} on day ${p.day}; expected a number from ${p.min} to ${p.max} on every day`,
  'run.tooManyShoppers': (p) => `population.size plus the newcomers over ${p.days} days make ${whole(p.shoppers)} shoppers; a run holds at most ${whole(p.max)}`,
  'run.tooManyClicks': (p) => `the channels could bring up to ${whole(p.clicks)} clicks on day ${p.day}; a run handles at most ${whole(p.max)} clicks a day`,
  'run.wholeAtLeast': (p) => `${p.name} must be a whole number ≥ ${p.min}, got ${p.got}`,
  'run.badTrace': (p) => `trace must be a number of shoppers ≥ 0, got ${p.got}`,
  'run.probability': (p) => `${p.name}: expected a probability strictly between 0 and 1, got ${p.got}`,
  'run.atLeastZero': (p) => `${p.name}: expected a number ≥ 0, got ${p.got}`,
  'run.jobReplications': (p) => `job ${p.job} ("${p.scenario}"): replications must be a whole number ≥ 0, got ${p.got}`,
  'run.noResults': () => 'summarise needs at least one run result',
  'run.daysDiffer': (p) => `summarise: replication ${p.replication} has ${p.days} days, replication ${p.firstReplication} has ${p.firstDays}`,
  'run.noBaseline': () => 'compareRuns needs at least one baseline run',
  'run.unpaired': (p) => `compareRuns pairs replications: the baseline has ${p.baseline} runs, the alternative ${p.alternative}`,
  'run.noPair': (p) => `compareRuns: the alternative has no replication ${p.replication} to pair with the baseline's`,
  'run.badAlpha': (p) => `cvarLower: alpha must be in (0, 1], got ${p.alpha}`,
  'lever.notPath': (p) => `"${p.path}" is not a setting path; write it with dots, e.g. channels.paid_search.budgetPerDayCny`,
  'lever.notFinite': (p) => `the value must be a finite number, got ${p.value}`,
  'lever.noSetting': (p) => `no setting "${p.key}" at ${p.at ?? 'the top level'}; available: ${list(p.available, '(none)')}`,
  'lever.singleValue': (p) => `${p.prefix} is a single value, not a group of settings`,
  'lever.group': (p) => `${p.path} is a group of settings, not a number${p.settings === null ? '' : `; its settings: ${list(p.settings, '(none)')}`}`,
  'lever.yesNo': (p) => `${p.path} is a yes/no setting; only numeric settings can be varied`,
  'lever.notNumeric': (p) => `${p.path} does not take a number (it holds ${p.holds}); only numeric settings can be varied`,
  'lever.none': () => 'a sweep needs at least one lever to vary',
  'lever.noValues': () => 'the lever has no values',
  'lever.twice': (p) => `${p.path} is varied twice; give all its values in one lever`,
  'lever.seed': () => 'seed cannot be a lever: every grid point runs with the same seed (common random numbers); set it with the seed option',
  'lever.replications': () => 'replications cannot be a lever: every grid point runs the same replications; set them with the replications option',
  'lever.tooManyCells': (p) => `the sweep has ${p.cells} grid points, more than the ${p.max} allowed; use fewer values`,
  'vary.notNumber': (p) => `${VARY_EN(p.part)} "${p.text}" is not a number`,
  'vary.noEquals': () => 'expected path=v1,v2,… or path=lo:hi:steps (no "=" found)',
  'vary.emptyPath': () => 'the setting path before "=" is empty',
  'vary.badPath': (p) => `"${p.path}" is not a dotted setting path such as channels.paid_search.budgetPerDayCny`,
  'vary.noValues': () => 'no values after "="',
  'vary.rangeParts': (p) => `a range is lo:hi:steps (three parts), got ${p.got}`,
  'vary.badSteps': (p) => `steps is the number of points and must be a whole number ≥ 1, got ${p.got}`,
  'vary.oneStep': (p) => `one step cannot span ${p.lo} to ${p.hi}; use steps ≥ 2 or a single value`,
  'vary.tooManySteps': (p) => `${p.steps} steps is more than the ${p.max} a lever may take`,
  'vary.tooManyValues': (p) => `${p.count} values is more than the ${p.max} a lever may take`,
  'vary.twice': (p) => `the value ${p.value} appears twice`,
  'condition.syntax': (p) => `expected KPI>=VALUE or KPI<=VALUE, e.g. ${p.flag} 'roi>=4' or ${p.flag} 'onTimeRate>=98%'`,
  'condition.equals': () => 'use >= or <= (a Monte Carlo KPI is never exactly equal to a number)',
  'condition.unknownKpi': (p) => `unknown KPI "${p.name}"${p.suggestion === null ? '' : `; did you mean "${p.suggestion}"?`} (KPIs: ${p.kpis.join(', ')})`,
  'condition.notNumber': (p) => `"${p.text}" is not a number`,
};

/** The run messages in Chinese. */
export const RUN_ZH: Table = {
  'run.unknownForecaster': (p) => `未知的预测模型 "${p.name}"；已知：${p.known.join(', ')}`,
  'run.unknownId': (p) => `未知的编号 "${p.id}"；已知：${p.known.join(', ')}`,
  'run.endsBeforeStart': (p) => `结束日（第 ${p.endDay} 天）早于开始日（第 ${p.startDay} 天）`,
  'run.shipsBeforeStart': (p) => `发货日第 ${p.shipDay} 天早于预售开始的第 ${p.startDay} 天`,
  'run.noSegments': () => '至少需要一个客群',
  'run.tooManySegments': (p) => `最多支持 ${p.max} 个客群，实际为 ${p.got} 个`,
  'run.sharesSumZero': () => '各客群的 share 之和为 0；请至少给一个客群正的 share',
  'run.negativeBudget': (p) => `第 ${p.day} 天的预算为负数（${p.value}）`,
  'run.outOfRange': (p) => `在第 ${p.day} 天得到 ${p.value}；每一天都应是 ${p.min} 到 ${p.max} 之间的数`,
  'run.tooManyShoppers': (p) => `\`population.size\` 加上 ${p.days} 天内的新访客共 ${whole(p.shoppers)} 名购物者；一次模拟最多容纳 ${whole(p.max)} 名`,
  'run.tooManyClicks': (p) => `各渠道在第 ${p.day} 天可能带来多达 ${whole(p.clicks)} 次点击；一次模拟每天最多处理 ${whole(p.max)} 次点击`,
  'run.wholeAtLeast': (p) => `${p.name} 必须是 ≥ ${p.min} 的整数，实际为 ${p.got}`,
  'run.badTrace': (p) => `\`trace\` 必须是 ≥ 0 的购物者人数，实际为 ${p.got}`,
  'run.probability': (p) => `${p.name}：应为严格介于 0 和 1 之间的概率，实际为 ${p.got}`,
  'run.atLeastZero': (p) => `${p.name}：应为 ≥ 0 的数，实际为 ${p.got}`,
  'run.jobReplications': (p) => `第 ${p.job} 个任务（"${p.scenario}"）：重复次数必须是 ≥ 0 的整数，实际为 ${p.got}`,
  'run.noResults': () => '汇总至少需要一次模拟的结果',
  'run.daysDiffer': (p) => `汇总：第 ${p.replication} 次重复有 ${p.days} 天，而第 ${p.firstReplication} 次重复有 ${p.firstDays} 天`,
  'run.noBaseline': () => '比较至少需要一次基准模拟',
  'run.unpaired': (p) => `比较按重复次数配对：基准有 ${p.baseline} 次模拟，备选有 ${p.alternative} 次`,
  'run.noPair': (p) => `比较：备选中没有第 ${p.replication} 次重复可与基准配对`,
  'run.badAlpha': (p) => `CVaR 的 α 必须在 (0, 1] 之内，实际为 ${p.alpha}`,
  'lever.notPath': (p) => `"${p.path}" 不是设置路径；请用点号分隔，例如 \`channels.paid_search.budgetPerDayCny\``,
  'lever.notFinite': (p) => `取值必须是有限的数，实际为 ${numZh(p.value)}`,
  'lever.noSetting': (p) => `${p.at === null ? '顶层' : `${p.at} 下`}没有设置 "${p.key}"；可用的有：${list(p.available, '（无）')}`,
  'lever.singleValue': (p) => `${p.prefix} 是单个值，而不是一组设置`,
  'lever.group': (p) => `${p.path} 是一组设置，而不是数值${p.settings === null ? '' : `；其中的设置：${list(p.settings, '（无）')}`}`,
  'lever.yesNo': (p) => `${p.path} 是开关（是/否）设置；只有数值设置可以改变`,
  'lever.notNumeric': (p) => `${p.path} 不接受数值（当前为 ${p.holds}）；只有数值设置可以改变`,
  'lever.none': () => '参数扫描至少需要改变一个杠杆',
  'lever.noValues': () => '该杠杆没有取值',
  'lever.twice': (p) => `${p.path} 被改变了两次；请把它的所有取值写在同一个杠杆里`,
  'lever.seed': () => '`seed` 不能作为杠杆：每个网格点都用同一个种子运行（共同随机数）；请用 `seed` 选项设置它',
  'lever.replications': () => '`replications` 不能作为杠杆：每个网格点的重复次数相同；请用 `replications` 选项设置它',
  'lever.tooManyCells': (p) => `参数扫描有 ${p.cells} 个网格点，超过了允许的 ${p.max} 个；请减少取值`,
  'vary.notNumber': (p) => `${VARY_ZH(p.part)} "${p.text}" 不是数字`,
  'vary.noEquals': () => '应为 `路径=v1,v2,…` 或 `路径=lo:hi:steps`（没有找到 "="）',
  'vary.emptyPath': () => '"=" 前面的设置路径为空',
  'vary.badPath': (p) => `"${p.path}" 不是用点号分隔的设置路径（例如 \`channels.paid_search.budgetPerDayCny\`）`,
  'vary.noValues': () => '"=" 后面没有取值',
  'vary.rangeParts': (p) => `区间的写法是 \`lo:hi:steps\`（三部分），实际为 ${p.got} 部分`,
  'vary.badSteps': (p) => `\`steps\` 是取值点的个数，必须是 ≥ 1 的整数，实际为 ${p.got}`,
  'vary.oneStep': (p) => `一个点无法覆盖 ${p.lo} 到 ${p.hi}；请用 ≥ 2 的 \`steps\`，或只写一个值`,
  'vary.tooManySteps': (p) => `${p.steps} 个点超过了一个杠杆最多可取的 ${p.max} 个值`,
  'vary.tooManyValues': (p) => `${p.count} 个取值超过了一个杠杆最多可取的 ${p.max} 个值`,
  'vary.twice': (p) => `取值 ${p.value} 出现了两次`,
  'condition.syntax': (p) => `应为 \`KPI>=值\` 或 \`KPI<=值\`，例如 \`${p.flag} 'roi>=4'\` 或 \`${p.flag} 'onTimeRate>=98%'\``,
  'condition.equals': () => '请用 >= 或 <=（蒙特卡洛模拟的 KPI 从不会恰好等于某个数）',
  'condition.unknownKpi': (p) => `未知的 KPI "${p.name}"${p.suggestion === null ? '' : `；你是不是想写 "${p.suggestion}"？`}（KPI：${p.kpis.join(', ')}）`,
  'condition.notNumber': (p) => `"${p.text}" 不是数字`,
};
