// 决策命令 `optimise`、`sensitivity` 和 `explain` 的中文消息：帮助、用法错误、表头和摘要行。
import type { decideEn } from './decide.en.ts';

export const decideZh: Record<keyof typeof decideEn, string> = {
  'optimise.help': `用法：shoplab optimise FILE --objective KPI [--minimise] --lever PATH=LO:HI … [选项]
      shoplab optimise FILE --objective KPI --budget TOTAL --channels a,b,c [--bounds a=LO:HI …]

寻找使某个 KPI 均值最佳的杠杆取值（以及预算在渠道间的分配）。每个候选方案都在相同的种子上运行
（共同随机数），因此差异不是噪声；约束必须在均值上成立，并显示其成立的重复所占比例。随后在新的
种子上把最优方案与初始方案一起重新运行：配对差值、其 95 % 区间和 P(更优)。搜索方法：罗盘（模式）
搜索，每一轮把所有方向作为一个并行批次评估，每次在两个渠道之间移动预算（总额保持精确），没有
改进时步长减半。

选项：
  --objective KPI      要优化的 KPI（默认 profitCny）
  --minimise           改为最小化（也可写 --minimize），例如在 GMV 目标下最小化 marketingCny
  --lever SPEC         PATH=LO:HI、PATH=0.5x:2x（相对当前值的倍数）或 PATH=±20%（可重复）
  --budget TOTAL       渠道预算之和必须等于 TOTAL（默认：当前预算之和）
  --channels a,b,c     要分配的预算：渠道编号（其 budgetPerDayCny）或点分路径
  --bounds NAME=LO:HI  某个渠道的范围，绝对值或相对当前值的倍数（例如 social=0.5x:2x；默认 0:TOTAL）
  --constraint C       必须在均值上成立的约束，例如 'cacCny<=50'、'roas>=4'（可重复）
  --max-evals N        最多评估的候选方案数（默认 120）
  --curves             另外输出响应曲线（答案附近 KPI 随各杠杆或渠道的变化）
  --write OUT.yaml     把答案保存为继承 FILE 的简短场景
  --json OUT           把结果写成 JSON（"-" 表示标准输出）
{runFlags}
{machine}

示例：shoplab optimise scenarios/002-ecommerce-ops/baseline.yaml --objective profitCny --channels paid_search,social,crm --constraint 'roas>=4' --reps 4
`,
  'optimise.unknownKpi': '{flag} "{name}"：未知 KPI{hint}（可用 KPI：{list}）',
  'optimise.needsChannels': '{flag} 需要 --channels a,b,c：要分配的预算',
  'optimise.badBudget': '--budget 应为每天的总额（CNY），实际为 "{text}"',
  'optimise.needsLever': 'optimise 需要可改变的内容：--lever PATH=LO:HI（可重复）和/或用于分配预算的 --channels a,b,c',
  'optimise.overlap': '{path} 既是 --lever 又在 --channels 之中；只能指定一次',
  'optimise.setting': '设置',
  'optimise.start': '初始',
  'optimise.best': '最优',
  'optimise.change': '变化',
  'optimise.startShare': '初始占比',
  'optimise.bestShare': '最优占比',
  'optimise.holds': '成立',
  'optimise.fails': '不成立',
  'optimise.constraintsTitle': '\n约束（在均值上；P = 约束成立的重复所占比例）\n\n',
  'optimise.constraint': '约束',
  'optimise.pHolds': 'P(成立)',
  'optimise.pHoldsFresh': 'P(成立)，新种子',
  'optimise.today': '（当前）',
  'optimise.curveTitle': '\n{kpi} 对 {path} 的响应（其余取答案值；答案 {answer}，当前 {today}）\n\n',
  'optimise.mean': '均值',
  'optimise.ci': '95 % 置信区间',
  'optimise.marginal': '边际（每单位的 Δ{kpi}）',
  'optimise.minimise': '最小化',
  'optimise.maximise': '最大化',
  'optimise.header': 'ShopLab {version} · 优化 "{name}" · {sense}{kpi} · 种子 {seed} · 每个候选方案 {reps} 次重复\n',
  'optimise.searched': '{iterations} 轮中评估了 {evaluations} 个候选方案（{stop}），{seconds} 秒\n\n',
  'optimise.converged': '已收敛',
  'optimise.stoppedAtMax': '达到 --max-evals 后停止',
  'optimise.objective': '\n{kpi}（均值，搜索种子）：初始 {start} → 最优 {best}{infeasible}\n',
  'optimise.infeasible': '  （没有候选方案满足全部约束；显示违反最少的一个）',
  'optimise.check': '\n新种子上的样本外检验（种子 {seed}，{reps} 次配对重复）：最优 − 初始 = {delta}（95 % 置信区间 {low} … {high}），P(更优) {pBetter}\n',
  'optimise.poll': '\r第 {i} 轮：{n} 个候选方案，步长 {step} %，最优 {best}   ',
  'optimise.wrote': '\n已写入 {file}\n',
  'sensitivity.help': `用法：shoplab sensitivity FILE --kpi KPI [--param PATH=LO:HI …] [选项]

把每项设置依次移到低值和高值，其余保持不变，全部使用与基准运行相同的种子（共同随机数），
并输出按波动幅度排序的龙卷风图：两端的 KPI、与基准的配对差值及其 95 % 区间，以及弧弹性
（设置每变动 1 % 时 KPI 变动的百分比）。

选项：
  --kpi KPI      要解释的 KPI（默认 profitCny）
  --param SPEC   PATH=LO:HI、PATH=0.5x:2x 或 PATH=±20%（可重复；默认：编辑器中每个杠杆 ±--pct）
  --pct P        默认的 ± 范围，单位为百分比（默认 20）
  --two-way      另外输出前两个参数的 3 × 3 网格
  --json OUT     把龙卷风图（和网格）写成 JSON（"-" 表示标准输出）
{runFlags}
{machine}

示例：shoplab sensitivity scenarios/000-clothing/baseline.yaml --kpi profitCny --reps 4
`,
  'sensitivity.takesOne': 'sensitivity 只接受一个场景文件，实际给了 {count} 个',
  'sensitivity.nothingToVary': '没有可变化的数值设置：请给出 --param PATH=LO:HI',
  'sensitivity.twoWayNeedsTwo': '--two-way 需要两个参数（使用两次 --param）',
  'sensitivity.setting': '设置',
  'sensitivity.lowHigh': '低 … 高',
  'sensitivity.atLow': '低值处的 Δ（95 % 置信区间）',
  'sensitivity.atHigh': '高值处的 Δ（95 % 置信区间）',
  'sensitivity.elasticity': '弹性',
  'sensitivity.swing': '波动',
  'sensitivity.twoWay': '\n双因素：{kpi}（均值），行为 {a}，列为 {b}\n\n',
  'sensitivity.header': 'ShopLab {version} · {kpi}的敏感性 · "{name}" · 种子 {seed} · {reps} 次配对重复 · {count} 项设置\n',
  'sensitivity.base': '基准：{value}\n\n',
  'explain.help': `用法：shoplab explain BASELINE ALTERNATIVE [选项]

在相同的种子上运行两个场景，把 GMV 和利润的差异逐次重复地拆分为精确相加的各项效应，再取
平均并给出 95 % 区间。标价额（折扣前的 GMV）= 访问量 × 转化率 × 满足率 × 每单件数 × 每件标价，
按 Shapley 值拆分（精确，且某个因子为零时也有定义）；流量按各渠道访问量的变化分摊到渠道
（不来自任何渠道的访问，即顾客自发的访问，单独作为一项效应）；折扣和利润恒等式中的每一项
成本各自作为一项效应。

选项：
  --json OUT     把解释结果写成 JSON（"-" 表示标准输出）
{runFlags}
{machine}

示例：shoplab explain scenarios/002-ecommerce-ops/baseline.yaml scenarios/002-ecommerce-ops/over-promotion.yaml --reps 6
`,
  'explain.needsTwo': 'explain 需要两个场景文件（一个基准、一个备选），实际给了 {count} 个',
  'explain.differentHorizons': '警告：两个场景的模拟期不同（{a} 天和 {b} 天）；总量不可直接比较——用 --days 统一它们\n',
  'explain.effect.traffic': '流量',
  'explain.effect.ownVisits': '流量：顾客自发访问',
  'explain.effect.conversion': '转化（有货时）',
  'explain.effect.stockouts': '缺货（损失的销售）',
  'explain.effect.basket': '购物篮（每单件数）',
  'explain.effect.listPrice': '每件标价',
  'explain.effect.discounts': '折扣',
  'explain.effect.returns': '退货（退款）',
  'explain.effect.shippingFees': '收取的运费',
  'explain.effect.cogs': '销货成本',
  'explain.effect.marketing': '营销',
  'explain.effect.logistics': '物流',
  'explain.effect.holding': '持有成本',
  'explain.effect.promotionCosts': '促销成本',
  'explain.effect.fixed': '固定成本',
  'explain.effect.investment': '投资',
  'explain.effect.paymentFees': '支付手续费',
  'explain.total': '合计（B − A）',
  'explain.effect': '效应',
  'explain.mean': '均值',
  'explain.ci': '95 % 置信区间',
  'explain.waterfall': '瀑布图',
  'explain.gmv': 'GMV',
  'explain.profit': '利润',
  'explain.header': 'ShopLab {version} · 解释 B − A · 种子 {seed} · {reps} 次配对重复\n',
  'explain.footer': '\n各项效应是标价额的 Shapley 份额（精确）、折扣和每一项成本；它们在每次重复中都精确相加为合计。\n',
};
