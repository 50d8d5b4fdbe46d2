// `run`、`compare` 和 `sweep` 的中文消息：帮助、用法错误、表头和摘要行。
import type { runEn } from './run.en.ts';

export const runZh: Record<keyof typeof runEn, string> = {
  'run.help': `用法：shoplab run FILE [选项]

将 FILE（YAML 或 JSON）中的场景模拟 R 次并输出其 KPI：均值，以及（多于一次重复时）
各次重复之间的 P10–P90 区间。

选项：
{runFlags}
  --json OUT     把摘要（场景、种子、版本、KPI、每日序列）写成 JSON（"-" 表示标准输出）
  --csv OUT      把每日序列写成整洁 CSV：day、date、series、mean、p10、p50、p90
  --trace K      在第 0 次重复中跟踪 K 名抽样顾客（1–{maxTrace}）：每次访问、所见价格与参考价格、
                 加购和结账及所用概率、下单、配送、退货、投诉、流失；作为 "trace" 写入 --json 文档
{target}
  --xlsx OUT     写出 Excel 工作簿：KPI、风险、月度损益和含 NPV 的现金流、每日序列、渠道
  --rate R       工作簿中 NPV 的年贴现率，例如 8% 或 0.08（默认 8%）

风险（总是显示）：P(利润 < 0)、P(任一天现金 < 0)、利润的 CVaR 5 %，以及每个 --target 的
P(达成目标)。
{machine}

示例：shoplab run scenarios/default.yaml --reps 20 --seed 7 --target 'roi>=4' --json out/run.json
`,
  'run.badRate': '--rate 应为年贴现率，例如 8% 或 0.08，实际为 "{text}"',
  'run.traceNeedsJson': '--trace 会把顾客旅程写入 JSON 文档：请加上 --json OUT（或 --json - 输出到标准输出）',
  'run.header': 'ShopLab {version} · "{name}" · 种子 {seed} · {reps} 次重复 · 自 {start} 起 {days} 天\n\n',
  'run.kpi': 'KPI',
  'run.mean': '均值',
  'run.range': 'P10 – P90',
  'run.value': '数值',
  'run.partial': '\n仅在部分重复中有定义（按这些重复汇总）：{list}\n',
  'run.byChannel': '\n按渠道（每次运行的均值）\n\n',
  'run.channel': '渠道',
  'run.spend': '花费',
  'run.clicks': '点击',
  'run.orders': '订单',
  'run.newCustomers': '新客户',
  'run.gmv': 'GMV',
  'run.cac': 'CAC',
  'run.roas': 'ROAS',
  'compare.help': `用法：shoplab compare BASELINE ALTERNATIVE [MORE …] [选项]

用相同的种子和重复次数运行每个场景，使各场景的第 r 次重复面对相同的随机需求（共同随机数），
并把每个备选场景与基准（第一个文件）比较：配对差值的均值、其 95 % 置信区间，以及备选场景
表现更好的重复所占比例（P(更优)）。每个 KPI 的最佳均值标有 *。

选项：
{runFlags}
  --json OUT     把所有摘要和比较写成 JSON（"-" 表示标准输出）
{target}
  --xlsx OUT     把均值、配对差值和风险写成 Excel 工作簿

均值之后是风险表：P(利润 < 0)、P(任一天现金 < 0)、利润的 CVaR 5 %，以及每个 --target 的
P(达成目标)，每个场景一列。
{machine}

示例：shoplab compare scenarios/002-ecommerce-ops/baseline.yaml scenarios/002-ecommerce-ops/crm-private-domain.yaml --reps 10
`,
  'compare.needsTwo': 'compare 需要一个基准场景文件和至少一个备选场景文件，实际给了 {count} 个',
  'compare.same': '相同',
  'compare.better': '更优',
  'compare.worse': '更差',
  'compare.unclear': '无明显差异',
  'compare.kpiMean': 'KPI（均值）',
  'compare.baseline': '{label}（基准）',
  'compare.deltaMean': 'Δ 均值',
  'compare.deltaPct': 'Δ %',
  'compare.ci': 'Δ 的 95 % 置信区间',
  'compare.pBetter': 'P(更优)',
  'compare.header': 'ShopLab {version} · 比较 {count} 个场景 · 种子 {seed} · {reps} 次配对重复\n\n',
  'compare.bestMark': '* 该 KPI 的最佳均值\n',
  'compare.pair': '\n{b} 对比 {a}（按重复配对：Δ = {b} − {a}）\n\n',
  'compare.oneRep': '\n只有一次重复时没有区间；请用 --reps 10 或更多来得出结论。\n',
  'sweep.help': `用法：shoplab sweep FILE --vary PATH=SPEC [--vary PATH=SPEC …] --csv OUT [选项]

运行杠杆取值的所有组合（完整网格），每个组合用相同的种子重复 R 次，每个（运行、重复、KPI）
写一行 CSV，并输出主要 KPI 的最佳网格点。

杠杆写法：
  PATH=v1,v2,…       列出的取值，例如 channels.paid_search.budgetPerDayCny=1000,3000,6000
  PATH=lo:hi:steps   从 lo 到 hi（含两端）等距的 \`steps\` 个取值，例如 skus.tee.listPriceCny=59:99:5

选项：
  --vary SPEC    要变化的杠杆（重复使用可构成多个杠杆的网格）
  --csv OUT      整洁表的写入位置：run、<杠杆路径…>、replication、kpi、value
  --xlsx OUT     另把每个网格点各 KPI 的均值写成 Excel 工作簿
{runFlags}
{machine}
`,
  'sweep.takesOne': 'sweep 只接受一个场景文件，实际给了 {count} 个',
  'sweep.needsVary': 'sweep 至少需要一个 --vary PATH=v1,v2 或 PATH=lo:hi:steps',
  'sweep.needsCsv': 'sweep 需要 --csv OUT：整洁表要写入的文件',
  'sweep.run': '运行',
  'sweep.profitMean': '利润（均值）',
  'sweep.gmvMean': 'GMV（均值）',
  'sweep.header': 'ShopLab {version} · 扫描 "{name}" · 种子 {seed} · {cells} 个网格点 × {reps} 次重复\n',
  'sweep.wrote': '已把 {rows} 行写入 {file}\n\n',
  'sweep.best': '最佳{kpi}：{value}{spread}，位于运行 {run}：{point}\n',
  'sweep.lowest': '最低{kpi}：{value}{spread}，位于运行 {run}：{point}\n',
  'sweep.spread': '（P10–P90 {low} – {high}）',
};
