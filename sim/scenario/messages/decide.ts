// Messages of calibration and decisions, in the same catalogue as the loader's: parameter paths and
// targets (sim/calibrate/), ranges, budget splits and the decision layer (sim/decide/), the
// optimiser and the Beer Game, in English and Chinese. Paths, flags, ids and KPIs stay as written.

/** Why calibration missed a target (calibrate/diagnose.ts); values are formatted numbers. */
export type MissReason =
  | { kind: 'noMover'; kpi: string }
  | { kind: 'bounds'; limits: { path: string; bound: 'lower' | 'upper'; value: string; wants: 'higher' | 'lower' }[] }
  | { kind: 'outOfReach'; ends: { path: string; value: string }[]; reachPoints: string; errorPct: string }
  | { kind: 'conflicts'; conflicts: string[]; moving: string[]; budgetRanOut: boolean }
  | { kind: 'budgetRanOut' }
  | { kind: 'settled' };

/** Parameters of each calibration and decision message code. */
export interface DecideMessageParams {
  // A calibrated parameter's path and bounds (calibrate/parameterPath.ts); `here` is null for the scenario itself.
  'param.notDotted': Record<never, never>;
  'param.noFields': { here: string | null };
  'param.noField': { here: string | null; key: string; known: string[] };
  'param.notNumeric': Record<never, never>;
  'param.formula': { formula: string };
  'param.holds': { type: string };
  'param.boundsNaN': Record<never, never>;
  'param.boundsOrder': { lo: number; hi: number };
  'param.boundsOutside': { lo: number; hi: number; allowedLo: number; allowedHi: number };
  // What calibrate was asked (calibrate/calibrate.ts).
  'calibrate.noTargets': Record<never, never>;
  'calibrate.noParameters': Record<never, never>;
  'calibrate.tolerance': { got: number };
  'calibrate.targetNotNumber': { kpi: string; value: number };
  'calibrate.targetTwice': { kpi: string };
  'calibrate.parameterTwice': { path: string };
  'calibrate.notKpi': { kpi: string; known: string[] };
  // Why a fit missed its targets, and notes on the fit (calibrate/diagnose.ts).
  'calibrate.reason': { reason: MissReason };
  'calibrate.missed': { count: number; missed: { kpi: string; reason: MissReason }[] };
  'calibrate.overDetermined': { targets: number; parameters: number };
  'calibrate.onBound': { path: string; bound: 'lower' | 'upper'; value: string };
  'calibrate.budgetSpent': Record<never, never>;
  // Ranges of levers (decide/range.ts); `which` is LO or HI.
  'range.endNotNumber': { which: 'LO' | 'HI'; text: string };
  'range.syntax': Record<never, never>;
  'range.percentZero': Record<never, never>;
  'range.todayZero': Record<never, never>;
  'range.loHi': { path: string };
  'range.order': { low: number; high: number };
  'range.outside': { low: number; high: number; path: string; lo: number; hi: number };
  // Budget splits (decide/budget-spec.ts, budget.ts); labels are the flags or the workbench's field names.
  'budget.tooFewChannels': Record<never, never>;
  'budget.channelTwice': { name: string };
  'budget.unknownChannel': { name: string; suggestion: string | null; known: string[] };
  'budget.notInSplit': { channel: string; label: string; names: string[]; suggestion: string | null };
  'budget.totalNegative': { label: string; total: number };
  'budget.boundsOrder': { path: string; min: number; max: number };
  'budget.belowLower': { label: string; total: number; sum: number };
  'budget.aboveUpper': { label: string; total: number; sum: number };
  // The decision layer's callers (sensitivity, response, optimise, finance, explain, Nelder–Mead).
  'decide.tornadoRuns': { ranges: number; need: number; got: number };
  'decide.responsePoints': { got: number };
  'decide.nothingToOptimise': Record<never, never>;
  'decide.discountRate': { rate: number };
  'decide.explainUnpaired': { baseline: number; alternative: number };
  'decide.noCoordinates': Record<never, never>;
  // The Beer Game (beergame/game.ts).
  'beer.over': { weeks: number };
  'beer.unknownRole': { role: string; roles: string[] };
  'beer.badOrder': { role: string; max: number; got: number };
}

type Table = { [C in keyof DecideMessageParams]: (p: DecideMessageParams[C]) => string };

const hint = (s: string | null, lang: 'en' | 'zh') => (s === null ? '' : lang === 'en' ? `; did you mean "${s}"?` : `；你是不是想写 "${s}"？`);
const ROLE_ZH: Record<string, string> = { retailer: '零售商', wholesaler: '批发商', distributor: '分销商', factory: '工厂' };
const TYPE_ZH: Record<string, string> = { null: ' null', boolean: '开关值（true/false）', object: '一组设置', undefined: '空值' };
const role = (r: string) => (Object.hasOwn(ROLE_ZH, r) ? `${ROLE_ZH[r]}（${r}）` : r);

function reasonEn(r: MissReason): string {
  switch (r.kind) {
    case 'noMover':
      return `no fitted parameter moves ${r.kpi}; fit a parameter that drives it`;
    case 'bounds':
      return `limited by bounds: ${r.limits.map((l) => `${l.path} sits at its ${l.bound} bound ${l.value} and would need to go ${l.wants}`).join('; ')}`;
    case 'outOfReach':
      return `out of reach within the bounds: even moving ${r.ends.map((e) => `${e.path} to ${e.value}`).join(', ')} would close only about ${r.reachPoints} points of its ${r.errorPct} % error (linear estimate)`;
    case 'conflicts': {
      const tail = r.budgetRanOut ? ' (the evaluation budget ran out first: allow more evaluations to confirm)' : '';
      return `conflicts with ${r.conflicts.join(', ')}: moving ${r.moving.join(', ')} towards this target moves ${r.conflicts.length > 1 ? 'those' : 'that one'} away${tail}`;
    }
    case 'budgetRanOut':
      return 'the evaluation budget ran out before the fit reached it; allow more evaluations';
    case 'settled':
      return 'the search settled without reaching it (a flat or noisy objective); try other starting values or parameters';
  }
}

const BOUND_ZH = { lower: '下限', upper: '上限' } as const;

function reasonZh(r: MissReason): string {
  switch (r.kind) {
    case 'noMover':
      return `没有哪个拟合参数会影响 ${r.kpi}；请拟合一个能驱动它的参数`;
    case 'bounds':
      return `受上下限限制：${r.limits.map((l) => `${l.path} 停在${BOUND_ZH[l.bound]} ${l.value}，而它需要${l.wants === 'higher' ? '更高' : '更低'}`).join('；')}`;
    case 'outOfReach':
      return `在上下限内无法达到：即使把 ${r.ends.map((e) => `${e.path} 调到 ${e.value}`).join('、')}，也只能缩小约 ${r.reachPoints} 个百分点，而误差为 ${r.errorPct} %（线性估计）`;
    case 'conflicts': {
      const tail = r.budgetRanOut ? '（评估次数先用完了：请允许更多评估次数来确认）' : '';
      return `与 ${r.conflicts.join(', ')} 相冲突：把 ${r.moving.join(', ')} 朝这个目标调整，会使${r.conflicts.length > 1 ? '这些目标' : '那个目标'}偏离${tail}`;
    }
    case 'budgetRanOut':
      return '拟合达到它之前评估次数已用完；请允许更多评估次数';
    case 'settled':
      return '搜索停了下来但没有达到它（目标函数平坦或噪声大）；请尝试其他初始值或参数';
  }
}

/** The calibration and decision messages in English. */
export const DECIDE_EN: Table = {
  'param.notDotted': () => 'not a dotted path such as funnel.addToCartRate',
  'param.noFields': (p) => `${p.here ?? 'the scenario'} has no fields`,
  'param.noField': (p) => `${p.here ?? 'the scenario'} has no field "${p.key}" (it has: ${p.known.join(', ') || 'none'})`,
  'param.notNumeric': () => 'not a numeric field',
  'param.formula': (p) => `is the formula "${p.formula}"; calibrate a number instead (e.g. put a factor in params and fit params.<name>)`,
  'param.holds': (p) => `holds ${p.type}, not a number`,
  'param.boundsNaN': () => 'bounds must be numbers',
  'param.boundsOrder': (p) => `lower bound ${p.lo} must be below upper bound ${p.hi}`,
  'param.boundsOutside': (p) => `bounds [${p.lo}, ${p.hi}] leave the schema's range [${p.allowedLo}, ${p.allowedHi}]`,
  'calibrate.noTargets': () => 'give at least one target (kpi=value)',
  'calibrate.noParameters': () => 'give at least one parameter to fit',
  'calibrate.tolerance': (p) => `tolerance must be above 0 (got ${p.got})`,
  'calibrate.targetNotNumber': (p) => `target ${p.kpi}: ${p.value} is not a number`,
  'calibrate.targetTwice': (p) => `target ${p.kpi} is given twice`,
  'calibrate.parameterTwice': (p) => `parameter ${p.path} is given twice`,
  'calibrate.notKpi': (p) => `target ${p.kpi}: not a KPI (known: ${p.known.join(', ')})`,
  'calibrate.reason': (p) => reasonEn(p.reason),
  'calibrate.missed': (p) => `${p.missed.length} of ${p.count} targets not reached: ${p.missed.map((m) => `${m.kpi} (${reasonEn(m.reason)})`).join('; ')}`,
  'calibrate.overDetermined': (p) =>
    `${p.targets} targets but only ${p.parameters} fitted parameter${p.parameters > 1 ? 's' : ''}: the system is over-determined, so not every target can be met exactly in general`,
  'calibrate.onBound': (p) => `${p.path} ended on its ${p.bound} bound (${p.value}); widen the range if the plan allows`,
  'calibrate.budgetSpent': () => 'the evaluation budget ran out',
  'range.endNotNumber': (p) => `${p.which} "${p.text}" is not a number (write a value, or a multiple of today's value such as 0.5x)`,
  'range.syntax': () => 'expected PATH=LO:HI, PATH=0.5x:2x or PATH=±20%',
  'range.percentZero': () => 'the percentage must be above 0',
  'range.todayZero': () => "today's value is 0, so ± a percentage is no range; give PATH=LO:HI",
  'range.loHi': (p) => `expected LO:HI after "=", e.g. ${p.path}=0:5000 or ${p.path}=0.5x:2x or ${p.path}=±20%`,
  'range.order': (p) => `LO (${p.low}) must be below HI (${p.high})`,
  'range.outside': (p) => `[${p.low}, ${p.high}] leaves the range ${p.path} allows, [${p.lo}, ${p.hi}]`,
  'budget.tooFewChannels': () => 'a split needs two or more channels',
  'budget.channelTwice': (p) => `"${p.name}" is named twice`,
  'budget.unknownChannel': (p) => `no channel "${p.name}"${hint(p.suggestion, 'en')} (channels: ${p.known.join(', ')})`,
  'budget.notInSplit': (p) => `"${p.channel}" is not one of ${p.label} ${p.names.join(',')}${hint(p.suggestion, 'en')}`,
  'budget.totalNegative': (p) => `${p.label} must be a number ≥ 0, got ${p.total}`,
  'budget.boundsOrder': (p) => `${p.path}: its lower bound ${p.min} is above its upper bound ${p.max}`,
  'budget.belowLower': (p) => `${p.label} ${p.total} is below the sum of the channels' lower bounds (${p.sum})`,
  'budget.aboveUpper': (p) => `${p.label} ${p.total} is above the sum of the channels' upper bounds (${p.sum})`,
  'decide.tornadoRuns': (p) => `a tornado of ${p.ranges} ranges needs ${p.need} scenarios' runs, got ${p.got}`,
  'decide.responsePoints': (p) => `a response curve needs at least 2 points, got ${p.got}`,
  'decide.nothingToOptimise': () => 'optimise needs at least one lever or a budget over two or more channels',
  'decide.discountRate': (p) => `the discount rate must be above −100 %, got ${p.rate}`,
  'decide.explainUnpaired': (p) => `explain pairs replications: got ${p.baseline} and ${p.alternative}`,
  'decide.noCoordinates': () => 'nelderMead needs at least one coordinate',
  'beer.over': (p) => `the game is over after week ${p.weeks}`,
  'beer.unknownRole': (p) => `unknown role "${p.role}"; expected one of ${p.roles.join(', ')}`,
  'beer.badOrder': (p) => `order for ${p.role}: expected a whole number of cases from 0 to ${p.max}, got ${p.got}`,
};

/** The calibration and decision messages in Chinese. */
export const DECIDE_ZH: Table = {
  'param.notDotted': () => '不是用点号分隔的路径（例如 `funnel.addToCartRate`）',
  'param.noFields': (p) => `${p.here === null ? '场景' : p.here} 下没有字段`,
  'param.noField': (p) => `${p.here === null ? '场景' : p.here} 下没有字段 "${p.key}"（已有：${p.known.join(', ') || '无'}）`,
  'param.notNumeric': () => '不是数值字段',
  'param.formula': (p) => `是公式 "${p.formula}"；请校准一个数值（例如在 params 中放一个系数，再拟合 params.<名称>）`,
  'param.holds': (p) => `值为${TYPE_ZH[p.type] ?? ` ${p.type} 类型的值`}，不是数字`,
  'param.boundsNaN': () => '上下限必须是数字',
  'param.boundsOrder': (p) => `下限 ${p.lo} 必须小于上限 ${p.hi}`,
  'param.boundsOutside': (p) => `上下限 [${p.lo}, ${p.hi}] 超出了场景格式允许的范围 [${p.allowedLo}, ${p.allowedHi}]`,
  'calibrate.noTargets': () => '请至少给出一个目标（kpi=值）',
  'calibrate.noParameters': () => '请至少给出一个要拟合的参数',
  'calibrate.tolerance': (p) => `容差必须大于 0（实际为 ${p.got}）`,
  'calibrate.targetNotNumber': (p) => `目标 ${p.kpi}：${p.value} 不是数字`,
  'calibrate.targetTwice': (p) => `目标 ${p.kpi} 给出了两次`,
  'calibrate.parameterTwice': (p) => `参数 ${p.path} 给出了两次`,
  'calibrate.notKpi': (p) => `目标 ${p.kpi}：不是 KPI（已知：${p.known.join(', ')}）`,
  'calibrate.reason': (p) => reasonZh(p.reason),
  'calibrate.missed': (p) => `${p.count} 个目标中有 ${p.missed.length} 个未达到：${p.missed.map((m) => `${m.kpi}（${reasonZh(m.reason)}）`).join('；')}`,
  'calibrate.overDetermined': (p) => `有 ${p.targets} 个目标，但只拟合了 ${p.parameters} 个参数：方程组是超定的，一般无法让每个目标都恰好达到`,
  'calibrate.onBound': (p) => `${p.path} 最终停在${BOUND_ZH[p.bound]}（${p.value}）；如果计划允许，请放宽范围`,
  'calibrate.budgetSpent': () => '评估次数已用完',
  'range.endNotNumber': (p) => `${p.which === 'LO' ? '下限 LO' : '上限 HI'} "${p.text}" 不是数字（请写一个值，或今天取值的倍数，例如 0.5x）`,
  'range.syntax': () => '应为 `路径=LO:HI`、`路径=0.5x:2x` 或 `路径=±20%`',
  'range.percentZero': () => '百分比必须大于 0',
  'range.todayZero': () => '今天的取值是 0，± 百分比无法构成区间；请写 `路径=LO:HI`',
  'range.loHi': (p) => `"=" 后面应为 \`LO:HI\`，例如 ${p.path}=0:5000、${p.path}=0.5x:2x 或 ${p.path}=±20%`,
  'range.order': (p) => `下限 LO（${p.low}）必须小于上限 HI（${p.high}）`,
  'range.outside': (p) => `[${p.low}, ${p.high}] 超出了 ${p.path} 允许的范围 [${p.lo}, ${p.hi}]`,
  'budget.tooFewChannels': () => '预算分配至少需要两个渠道',
  'budget.channelTwice': (p) => `"${p.name}" 出现了两次`,
  'budget.unknownChannel': (p) => `没有渠道 "${p.name}"${hint(p.suggestion, 'zh')}（渠道：${p.known.join(', ')}）`,
  'budget.notInSplit': (p) => `"${p.channel}" 不在 ${p.label} ${p.names.join(',')} 之中${hint(p.suggestion, 'zh')}`,
  'budget.totalNegative': (p) => `${p.label} 必须是 ≥ 0 的数，实际为 ${p.total}`,
  'budget.boundsOrder': (p) => `${p.path}：下限 ${p.min} 高于上限 ${p.max}`,
  'budget.belowLower': (p) => `${p.label} ${p.total} 低于各渠道下限之和（${p.sum}）`,
  'budget.aboveUpper': (p) => `${p.label} ${p.total} 高于各渠道上限之和（${p.sum}）`,
  'decide.tornadoRuns': (p) => `${p.ranges} 个区间的龙卷风图需要 ${p.need} 个场景的模拟结果，实际为 ${p.got} 个`,
  'decide.responsePoints': (p) => `响应曲线至少需要 2 个点，实际为 ${p.got} 个`,
  'decide.nothingToOptimise': () => '优化至少需要一个杠杆，或一笔分配到两个以上渠道的预算',
  'decide.discountRate': (p) => `折现率必须高于 −100 %，实际为 ${p.rate}`,
  'decide.explainUnpaired': (p) => `归因分析按重复次数配对：实际为 ${p.baseline} 次和 ${p.alternative} 次`,
  'decide.noCoordinates': () => '单纯形（Nelder–Mead）搜索至少需要一个坐标',
  'beer.over': (p) => `游戏已在第 ${p.weeks} 周后结束`,
  'beer.unknownRole': (p) => `未知的角色 "${p.role}"；应为 ${p.roles.join(', ')} 之一`,
  'beer.badOrder': (p) => `${role(p.role)}的订单：应为 0 到 ${p.max} 之间的整箱数，实际为 ${p.got}`,
};
