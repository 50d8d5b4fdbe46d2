// The messages of models/ in Chinese, one renderer per code (the type requires every code).
// Identifiers (field, column and model names), units and numbers stay as written.
import type { ModelMessageTable, SeriesName } from './codes.ts';

const list = (items: readonly string[]) => items.join('、');
const quoted = (items: readonly string[]) => items.map((h) => `"${h}"`).join('、');
const series = (s: SeriesName) => ('id' in s ? `序列 "${s.id}"` : `第 ${s.index} 个序列`);
const RULE = { range: '必须严格介于 0 和 1 之间', increasing: '必须严格递增', median: '必须包含中位数 0.5' } as const;
const NONE_GIVEN = {
  demand: '至少需要一期的需求',
  observation: '至少需要一个需求观测值',
  value: '至少需要一个取值',
  stage: '至少需要一个环节',
  pair: '至少需要一组（概率, 件数）',
} as const;
const WHY_UNREADABLE = { missing: '文件不存在', folder: '这是一个文件夹', denied: '没有权限' } as const;
const WHAT_BACKTEST = { horizon: '回测预测期数', windows: '回测窗口数', step: '回测步长' } as const;
const UNIT_WHOLE = { periods: '（期）', units: '（件）', none: '' } as const;

/** Every code in Chinese. */
export const MODELS_ZH: ModelMessageTable = {
  'series.tooShort': (p) => `序列太短，无法使用 ${p.model}（只有 ${p.got} 个观测值，至少需要 ${p.needed} 个）`,
  'series.gap': (p) => `${p.model} 要求每一期都有取值（第 ${p.period} 期为 ${p.value}）`,
  'forecast.failed': (p, sub) => `${p.model} 拟合失败：${sub(p.why)}`,
  'forecast.nonFinite': (p) => `${p.model} 给出了非有限的数值`,
  'forecast.fallback': (p, sub) => `${sub(p.why)}；改用 ${p.used}`,
  'forecast.noModel': (p, sub) => `没有任何模型能预测这个序列（${sub(p.why)}）`,
  'forecast.futureShort': (p) => `未来协变量（${list(p.names)}）只覆盖 ${p.covered} 期，但预测期数为 ${p.h}`,
  'forecast.cancelled': () => '预测已取消',
  'forecast.unknownModel': (p) => `未知模型 "${p.name}"${p.suggestion ? `（是不是 "${p.suggestion}"？）` : ''}；可用的模型：${list(p.available)}`,
  'ets.seasonLength': (p) => `${p.label} 要求季节长度 ≥ 2，实际为 ${p.m}`,
  'ets.positive': (p) => `${p.label} 要求数据全部为正`,
  'ets.noFit': (p) => `${p.label} 无法拟合（没有可行的参数）`,
  'ets.noneApplies': (p) => `没有适用于这个序列的 ${p.model} 模型（季节长度 ${p.m}${p.positive ? '' : '，数据并非全部为正'}）`,
  'stl.tooShort': (p) => `STL 要求周期 ≥ 2 且至少有两个完整周期的数据（${p.needed} 期），实际为 ${p.got} 期`,
  'classical.tooShort': (p) => `经典分解至少需要两个完整季节（${p.needed} 期），实际为 ${p.got} 期`,
  'output.level': (p) => `区间水平必须介于 0 和 100 之间（不含两端），实际为 ${p.level}`,
  'output.horizon': (p) => `预测期数必须是 ≥ 1 的整数，实际为 ${p.h}`,
  'combine.empty': () => '组合预测至少需要一个预测',
  'combine.quantile': (p) => `组合中的每个预测都必须有 ${p.p} 分位数`,
  'backtest.wholeAtLeastOne': (p) => `${WHAT_BACKTEST[p.what]}必须是 ≥ 1 的整数，实际为 ${p.got}`,
  'backtest.tooShort': (p) => `序列只有 ${p.length} 期，不够做 ${p.windows} 个长度为 ${p.h} 的回测窗口（需要 ${p.needed} 期）`,
  'backtest.futurePartial': (p) => `未来协变量只覆盖了 ${p.h} 期中的 ${p.known} 期；本次预测不使用协变量`,
  'backtest.calendarUnused': (p, sub) => `未使用事件日历：${sub(p.why)}`,
  'metrics.lengths': (p) =>
    p.what === 'weights' ? `有 ${p.actual} 个得分，却有 ${p.other} 个权重` : `实际值有 ${p.actual} 个，${p.what === 'forecast' ? '预测值' : '分位数路径'}有 ${p.other} 个`,
  'metrics.bandLengths': () => '实际值、下界和上界的长度必须相同',
  'metrics.probability': (p) => `分位数概率必须在 (0, 1) 之内，实际为 ${p.q}`,
  'calendar.springFestival': (p) => `内置日历只包含 ${p.from}–${p.to} 年的春节日期，没有 ${p.year} 年`,
  'calendar.periodDays': (p) => `每期的天数必须是 ≥ 1 的整数，实际为 ${p.got}`,
  'calendar.range': (p) => `内置事件日历覆盖 ${p.from}–${p.to} 年；这些期跨越 ${p.firstYear}–${p.lastYear} 年`,
  'neural.integer': (p) => `${p.name} 必须是${p.min === null ? '' : ` ≥ ${p.min} 的`}整数，实际为 ${p.got}`,
  'neural.harmonics': (p) => `harmonics 最多为 seasonLength / 2（${p.max}），实际为 ${p.got}`,
  'neural.between': (p) => (p.name === 'learningRate' ? `learningRate 必须介于 0 和 1 之间，实际为 ${p.got}` : `validationShare 必须 ≥ 0 且 < 1，实际为 ${p.got}`),
  'neural.meanLossWeight': (p) => `meanLossWeight 必须 ≥ 0，实际为 ${p.got}`,
  'neural.quantiles': (p) => `quantiles ${RULE[p.rule]}，实际为 [${p.got.join(', ')}]`,
  'neural.notFinite': (p) => `${series(p.series)}：第 ${p.index} 个值为 ${p.value}；神经网络模型要求数值有限（请先填补缺口）`,
  'neural.seasonDiffers': (p) => `${series(p.series)}：季节长度 ${p.got} 与模型的 ${p.model} 不一致`,
  'neural.covariateLength': (p) => `${series(p.series)}：协变量 "${p.key}" 有 ${p.got} 个值，但 y 有 ${p.n} 个`,
  'neural.futureCovariate': (p) => `${series(p.series)}：未来协变量 "${p.key}" 只覆盖 ${p.covered} 天，但要预测 ${p.needed} 天`,
  'neural.lagWindow': (p) => `${series(p.series)}：只有 ${p.got} 个值；神经网络模型至少需要 ${p.lags} 个（它的滞后窗口）`,
  'neural.level': (p) => `区间水平必须介于 0 和 100 之间（百分比），实际为 ${p.level}`,
  'neural.noBackend': (p) => `没有任何 TensorFlow.js 后端能够启动（${p.attempts.map((a) => `${a.backend}：${a.reason}`).join('；')}）`,
  'neural.tooShort': (p) => `神经网络模型需要长度至少为 ${p.needed} 的序列（滞后 ${p.lags} + 预测期 ${p.horizon}）；最长的序列只有 ${p.longest}`,
  'replenishment.leadTime': (p) => `提前期必须是 ≥ 1 的整数（期），实际为 ${p.got}`,
  'replenishment.forecastShort': (p) => `预测只覆盖 ${p.covered} 天，而预测期需要 ${p.h} 天`,
  'replenishment.noQuantile': (p) => `该预测没有 ${p.p} 分位数`,
  'replenishment.unknownForecaster': (p) => `未知预测模型 "${p.name}"；已知：${list(p.known)}`,
  'value.finite': (p) => `${p.field}：应为有限的数，实际为 ${p.got}`,
  'value.positive': (p) => `${p.field}：应为大于 0 的数，实际为 ${p.got}`,
  'value.nonNegative': (p) => `${p.field}：应为 ≥ 0 的数，实际为 ${p.got}`,
  'value.probability': (p) => `${p.field}：应为严格介于 0 和 1 之间的概率，实际为 ${p.got}`,
  'value.whole': (p) => `${p.field}：应为 ≥ ${p.min} 的整数${UNIT_WHOLE[p.unit]}，实际为 ${p.got}`,
  'value.perPeriod': (p) => `${p.field}：请给出一个数，或每期一个（共 ${p.periods} 期），实际给了 ${p.got} 个`,
  'value.noneGiven': (p) => `${p.field}：${NONE_GIVEN[p.what]}`,
  'inventory.wholePeriods': (p) => `${p.field}：${p.demand === 'poisson' ? 'Poisson 需求' : '离散需求'}要求提前期为整数期，实际为 ${p.got}`,
  'inventory.noSpread': () => 'demandSd：保护期内的需求没有波动；请给出大于 0 的 demandSd',
  'inventory.productionRate': (p) => `productionRate：必须高于需求速率（${p.demandRate}），否则库存永远积累不起来，实际为 ${p.got}`,
  'inventory.firstBreakpoint': (p) => `breakpoints：第一个折扣点必须是 0（不打折的价格），实际为 ${p.got.join(', ')}`,
  'inventory.pricePerBreakpoint': (p) => `unitCosts：每个折扣点需要一个价格（${p.breakpoints} 个），实际给了 ${p.got} 个`,
  'inventory.breakpointsIncrease': (p) => `breakpoints：必须递增，实际先是 ${p.previous} 后是 ${p.next}`,
  'inventory.discountLowers': (p) => `unitCosts：折扣必须降低价格，实际先是 ${p.previous} 后是 ${p.next}`,
  'inventory.poissonWhole': (p) => `reorderPoint：Poisson 需求要求整数件，实际为 r = ${p.reorderPoint}、Q = ${p.orderQuantity}`,
  'inventory.normalOnly': () => 'leadTimeDemand：连续型 r(Q) 条件要求正态分布的需求',
  'inventory.shortageTooLow': (p) =>
    `shortageCost：在 Q = ${p.q} 时缺货概率 Qh/(pD) = ${p.tail} ≥ 1；请把缺货成本（当前为 ${p.p}）提高到 Qh/D = ${p.ratio} 以上，模型才适用`,
  'inventory.noConvergence': (p) => `Hadley–Whitin 迭代在 ${p.iterations} 次内没有收敛（最后 Q = ${p.q}，r = ${p.r}）`,
  'inventory.poissonTooLarge': (p) => `mean：每期超过 1,000,000 件的 Poisson 需求太大，无法建离散表（实际为 ${p.mean}）；请改用正态模型`,
  'inventory.probabilitiesZero': () => 'probabilities：概率之和为 0；至少要有一个为正',
  'inventory.alwaysZero': () => 'demand：需求恒为 0，任何策略都不会下单；请给出均值为正的需求',
  'inventory.wholeLevels': (p) => `s 和 S：应为整数件，实际为 s = ${p.s}、S = ${p.S}`,
  'inventory.levelsOrder': (p) => `S：订货上限必须高于再订货水平（s = ${p.s}，S = ${p.S}）`,
  'inventory.gridTooLarge': (p) =>
    `${p.poisson ? 'poissonMean：这么大的 Poisson 需求' : `gridStep：步长为 ${p.step} 时`}在总提前期 ${p.totalLead} 期内需要 ${p.points} 个网格点（${p.work} 次运算，超过上限 ${p.max}）；${p.poisson ? '请改用正态模型' : '请用更粗的网格步长'}或缩短提前期`,
  'inventory.priceBelowCost': (p) => `unitPrice：价格 + 缺货罚金（${p.revenue}）必须高于单位成本（${p.cost}），否则订货无利可图`,
  'inventory.salvageAboveCost': (p) => `salvageValue：残值（${p.salvage}）必须低于单位成本（${p.cost}），否则最优订货量无上限`,
  'inventory.ratioOutside': (p) => `criticalRatio：${p.ratio} 超出了预测的分位数范围（${p.lowest}…${p.highest}）；请让预测模型给出更宽的区间水平`,
  'inventory.poissonProbability': (p) => `poissonQuantile：概率必须在 [0, 1) 之内，实际为 ${p.got}`,
  'data.fieldCount': (p) => `有 ${p.got} 个字段，但表头有 ${p.header} 个`,
  'data.emptyId': () => 'unique_id 为空',
  'data.notDate': (p) => `"${p.text}" 不是日期（应为 YYYY-MM-DD）`,
  'data.notNumber': (p) => `"${p.text}" 不是数字${p.covariate ? '（协变量必须是数字或 true/false）' : ''}`,
  'data.tooLarge': (p) => `"${p.text}" 超出了数字的范围（最大约为 1.8e308）`,
  'data.empty': () => '文件是空的（应有表头：unique_id,ds,y）',
  'data.noDataRows': () => '文件只有表头，没有数据行',
  'data.noRows': (p) => (p.what === 'rows' ? '没有任何行（应有表头行：unique_id, ds, y）' : '每个工作表都是空的（应有表头行：unique_id, ds, y）'),
  'data.moreErrors': (p) => `……另有 ${p.count} 个错误`,
  'data.missingColumn': (p) => `缺少列 "${p.column}"；表头中有 ${quoted(p.header)}${p.suggestion ? `——是不是 "${p.suggestion}"？（请把它改名为 ${p.column}）` : ''}`,
  'data.unnamedColumn': (p) => `第 ${p.index} 列没有列名`,
  'data.duplicateColumn': (p) => `列 "${p.column}" 出现了两次（第 ${p.first} 列和第 ${p.second} 列）`,
  'data.duplicateRow': (p) => `重复的 (unique_id, ds) = (${p.id}, ${p.date})；第一次出现在第 ${p.firstRow} 行`,
  'data.offGrid': (p) => `${p.date} 不在 ${p.id} 的${p.frequency === 'daily' ? '按日' : '按周'}网格上（该序列从 ${p.start} 开始）`,
  'data.noValues': () => '没有任何一行在 y 列有取值：没有可学习的数据',
  'data.emptySeries': (p) => `${p.count} 个序列在 y 列没有取值，已跳过：${p.preview}`,
  'data.filled': (p) => `${p.series} 个序列中缺失的 ${p.periods} 期已填充为${p.fill === 'zero' ? ' 0（没有记录即没有销售）' : '前一期的值'}`,
  'data.negatives': (p) => `${p.series} 个序列（${p.preview}）中有 ${p.count} 个负值，按退货保留`,
  'data.noFrequency': () => '无法推断频率：没有任何序列有两个日期；请指定 --freq daily 或 --freq weekly',
  'data.oddFrequency': (p) => `无法推断频率：日期之间最常见的间隔为 ${p.gap} 天；ShopLab 只读取按日或按周的数据（可用 --freq 强制指定）`,
  'data.dateJump': (p) =>
    `${p.id} 从 ${p.from} 跳到 ${p.to}：文件的 ${p.rows} 行将跨越 ${p.periods} ${p.weekly ? '周' : '天'}，超过上限 ${p.limit}；日期是否写错了？`,
  'data.unknownFuture': (p) =>
    `--future 指定了列 "${p.name}"，但文件中没有这一列（协变量：${list(p.covariates) || '无'}）${p.suggestion ? `；是不是 "${p.suggestion}"？` : ''}`,
  'data.noFuture': (p) => `协变量 ${list(p.names)} 没有未来取值（最后一个 y 之后、y 留空的行），因此不使用`,
  'data.unclosedQuote': (p) => `第 ${p.line} 行开始的带引号字段一直没有闭合`,
  'data.unreadable': (p) => `不是可读取的 ${p.format === 'XLSX' ? 'XLSX 工作簿' : 'Parquet 文件'}：${p.detail}`,
  'data.nestedColumns': (p) => `嵌套列无法作为销售数据读取：${list(p.columns)}（请先展开为普通列）`,
  'data.parquetRows': (p) => `无法解码 Parquet 数据的第 ${p.from}–${p.to} 行：${p.detail}`,
  'data.noSheet': (p) => `没有名为 "${p.sheet}" 的工作表；工作簿中有 ${quoted(p.sheets)}`,
  'data.fileTooLarge': (p) => `${p.file === null ? '' : `${p.file}：`}文件大小为 ${p.bytes} 字节；${p.workbook ? '工作簿（.xlsx）' : '销售数据文件'}最多 ${p.max} 字节`,
  'data.cannotRead': (p) => `无法读取 ${p.path}：${typeof p.why === 'string' ? WHY_UNREADABLE[p.why] : p.why.text}`,
  'data.sheetNotXlsx': (p) => `指定了工作表（"${p.sheet}"），但只有 .xlsx 工作簿才有工作表，而 ${p.path} 是${p.holds === 'csv' ? ' CSV 文本' : ' Parquet 数据'}`,
  'data.misnamed': (p) => {
    switch (p.kind) {
      case 'parquetAs':
        return `${p.name} 是 Parquet 数据（以 "PAR1" 开头），但扩展名是 .${p.extension}；请改名为 .parquet`;
      case 'zipAs':
        return `${p.name} 是扩展名为 .${p.extension} 的 zip 压缩包；如果它是 Excel 工作簿，请改名为 .xlsx`;
      case 'oldXls':
        return `${p.name}：不支持旧的 .xls 格式；请另存为 .xlsx`;
      case 'notZip':
        return `${p.name} 不是 XLSX 工作簿（没有以 zip 签名 "PK" 开头）；如果它是 CSV 文本，请改名为 .csv`;
      default:
        return `${p.name} 不是 Parquet 文件（没有以 "PAR1" 开头）`;
    }
  },
};
