// `calibrate` 的中文消息：帮助、用法错误、报告中的表格和结论。
import type { calibrateEn } from './calibrate.en.ts';

export const calibrateZh: Record<keyof typeof calibrateEn, string> = {
  'calibrate.help': `用法：shoplab calibrate FILE --target KPI=VALUE … --fit PATH[:LO:HI] … [选项]

拟合 --fit 指定的场景字段，使模拟得到的 KPI 均值（在固定的种子和重复集合上：共同随机数）
达到 --target 的取值。搜索方法是在经过边界变换的空间上用 Nelder–Mead 法最小化相对误差的平方和。

选项：
  --target KPI=VALUE   目标，例如 conversionRate=0.028、conversionRate=2.8%、aovCny=120
                       （可重复，或用逗号分隔）
  --fit PATH[:LO:HI]   要拟合的场景字段，例如 funnel.addToCartRate 或
                       population.segments.base.visitsPerYear:1:20（边界默认取模式定义的
                       范围；可重复，或用逗号分隔）
  --tolerance T        视为达成的相对误差（默认 0.05 = 5 %）
  --reps R             每次评估的重复次数（默认 5）
  --seed N             每次评估的种子（默认：场景的种子）
  --days D             模拟天数（默认：场景的天数）
  --max-evals N        场景模拟的最多次数，每次 R 次重复（默认 150）
  --workers N          每次评估所用的工作线程数（默认：每个核一个）
{queueFlags}
  --write OUT          把带有拟合值的 FILE 写到 OUT（保留注释；OUT 可以就是 FILE）；
                       仅在所有目标都达成时写入，除非加上 --force
  --force              配合 --write：即使未达成目标也写入找到的最佳取值
  --json OUT           把结果写成 JSON（"-" 表示标准输出）

退出码：拟合运行完毕即为 0——无论目标是否全部达成（报告会写明"全部目标已达成"或"未达成"
及原因）；输入有误为 2。
{machine}

示例：shoplab calibrate scenarios/002-ecommerce-ops/baseline.yaml \\
           --target conversionRate=0.028 --target aovCny=120 \\
           --fit funnel.addToCartRate --fit skus.premium.popularity:0.05:3 --reps 3
`,
  'calibrate.notNumber': '{what}："{text}" 不是数字',
  'calibrate.targetForm': '--target {item}：请写成 KPI=VALUE，例如 conversionRate=0.028',
  'calibrate.unknownKpi': '--target {item}：未知 KPI "{kpi}"{hint}；可用 KPI：{list}',
  'calibrate.fitForm': '--fit {item}：请写成 PATH 或 PATH:LO:HI，例如 funnel.addToCartRate:0.02:0.3',
  'calibrate.lowerBound': '--fit {path} 的下界',
  'calibrate.bound.lower': '下限',
  'calibrate.bound.upper': '上限',
  'calibrate.upperBound': '--fit {path} 的上界',
  'calibrate.takesOne': 'calibrate 只接受一个场景文件，实际给了 {count} 个\n\n{help}',
  'calibrate.needsTarget': '请至少给出一个 --target KPI=VALUE（例如 --target conversionRate=0.028）',
  'calibrate.needsFit': '请至少给出一个 --fit PATH（例如 --fit funnel.addToCartRate）',
  'calibrate.maxEvals': '{count} 个参数时 --max-evals 至少为 {min}（初始、搜索、最终检验和诊断）',
  'calibrate.parameter': '参数',
  'calibrate.start': '初始',
  'calibrate.fitted': '拟合值',
  'calibrate.range': '范围',
  'calibrate.onBound': '触及边界',
  'calibrate.kpi': 'KPI',
  'calibrate.target': '目标',
  'calibrate.achieved': '实际',
  'calibrate.error': '误差',
  'calibrate.status': '状态',
  'calibrate.reached': '已达成',
  'calibrate.notReached': '未达成',
  'calibrate.allReached': '全部 {count} 个目标均在 {tol} 以内达成（{evaluations} 次评估）。',
  'calibrate.someMissed': '未达成：{evaluations} 次评估后，{count} 个目标中有 {missed} 个超出 {tol}。',
  'calibrate.title': '{file} 的校准',
  'calibrate.progress': '\r第 {n}/{max} 次评估 · 最大误差 {worst}   ',
  'calibrate.notWritten': '\n未写入 {file}：目标未达成（加上 --force 可写入找到的最佳取值）。\n',
  'calibrate.wrote': '已把拟合值写入 {file}。\n',
  'calibrate.patch': '\nYAML 补丁（合并到 {file}，或加上 --write OUT 重新运行）：\n',
};
