// `forecast` 的中文消息：帮助、用法错误、进度和摘要（数据问题和模型备注由 models/ 给出）。
import type { forecastEn } from './forecast.en.ts';

export const forecastZh: Record<keyof typeof forecastEn, string> = {
  'forecast.help': `用法：shoplab forecast DATA.csv [选项]

预测长格式销售文件中的每个序列，并用滚动起点回测给模型排名。

DATA.csv 的列：unique_id、ds（YYYY-MM-DD）、y（件数），以及可选的协变量（数字或 true/false，
例如 price、promo）。DATA 也可以是 Excel 工作簿（.xlsx：第一行为表头）或 Parquet 文件（.parquet），
列相同；按文件开头的字节判断读取方式。未来已知的协变量：在序列最后一次销售之后添加 y 留空、
填有计划协变量取值的行；使用协变量的模型（ses、holt、hw、ets、theta、autotheta、stl、dhr、
arima、auto）会对其做回归。序列内部缺失的日期按售出 0 件计（见 --fill）。

选项：
  --h N              预测的期数（日数据默认 28，周数据默认 13）
  --models LIST      逗号分隔的模型（默认 {models}）；可用：
                     naive、snaive、window-average、drift、mean、ses、holt、hw、ets、theta、
                     autotheta、stl、dhr、arima（AutoARIMA）、croston、sba、tsb、adida、auto、
                     neural
  --backtest W       回测窗口数，每个窗口 h 期，截止于最后一个观测（默认 1；0 = 不回测）
  --step N           回测窗口之间相隔的期数（默认 h）
  --levels LIST      预测区间水平，单位为百分比（默认 80,95）
  --out FILE         写出预测：unique_id、ds、model、mean、lo-80、hi-80、lo-95、hi-95
  --freq F           daily（日）或 weekly（周）（默认：从日期推断）
  --season N         季节长度，单位为期（日数据默认 7，周数据默认 52）
  --events cn        加入内置的中国零售日历（2010–2035 年春节、618、双 11、双 12、国庆）
                     作为已知协变量
  --future LIST      未来已知的协变量（默认：在未来行中有取值的协变量）
  --fill RULE        缺失的期：zero（默认，补 0）或 previous（沿用前值）
  --sheet NAME       .xlsx 工作簿中的工作表（默认：第一个有数据的）
  --seed N           模拟区间和神经网络模型的种子（默认 0）
  --workers N        分担序列的工作线程数（默认：每个核一个，小文件为 1；结果与它无关）
  --verbose          列出每条备注以及每个序列的最佳模型
{machine}
`,
  'forecast.needsValues': '--{flag} 至少需要一个取值',
  'forecast.neuralBackend': 'neural：TensorFlow.js 使用 {backend} 后端\n',
  'forecast.neuralSkipped': 'neural：已跳过（{reason}）\n',
  'forecast.badModel': '--models：{message}',
  'forecast.noModel': '--models：没有可运行的模型',
  'forecast.cannotWrite': '--out：无法写入 {file}：{why}',
  'forecast.noFolder': '其所在文件夹不存在',
  'forecast.isFolder': '它是一个文件夹',
  'forecast.denied': '没有权限',
  'forecast.diskFull': '磁盘已满',
  'forecast.progress': '\r正在预测 {done}/{total} 个序列…',
  'forecast.progressThreads': '\r正在用 {workers} 个线程预测 {done}/{total} 个序列…',
  'forecast.needsFile': 'forecast 需要一个数据文件：shoplab forecast DATA.csv|.xlsx|.parquet（见 --help）',
  'forecast.takesOne': 'forecast 只接受一个数据文件，实际给了 {count} 个：{files}',
  'forecast.badFreq': '--freq 必须是 daily 或 weekly，实际为 "{text}"',
  'forecast.badFill': '--fill 必须是 zero 或 previous，实际为 "{text}"',
  'forecast.badEvents': '--events：应为 cn（内置的中国零售日历），实际为 "{text}"',
  'forecast.unreadable': '{file}：无法用此文件做预测：\n{issues}\n',
  'forecast.daily': '日数据',
  'forecast.weekly': '周数据',
  'forecast.days': '天',
  'forecast.weeks': '周',
  'forecast.loaded': '{file}：{series} 个序列，{freq}（季节长度 {season}），共 {periods} 期{known}\n',
  'forecast.known': '；未来已知的协变量：{list}',
  'forecast.neuralOneThread': 'neural：在单线程中运行（TensorFlow.js）；已忽略 --workers\n',
  'forecast.backtest': '\n回测：{windows} 个窗口，每个 {h} {unit}{apart}，已评分 {scored} 个序列',
  'forecast.apart': '，相隔 {step} 期',
  'forecast.tooShort': '，{count} 个太短（{list}）',
  'forecast.metrics': 'MASE/RMSSE < 1 表示优于样本内朴素预测；WRMSSE 按各序列最近 28 期的收入（件数 × 价格）加权。\n',
  'forecast.bestPerSeries': '\n每个序列的最佳模型（回测 MASE）：\n',
  'forecast.notes': '\n备注（{count} 条）：\n',
  'forecast.moreNotes': '  … 另有 {count} 条（--verbose 可列出全部）\n',
  'forecast.wrote': '\n已把 {rows} 行预测（{models} 个模型 × {series} 个序列 × {h} {unit}）写入 {file}，用时 {seconds} 秒\n',
  'forecast.notWritten': '\n未写出预测：加上 --out FC.csv 可保存（{seconds} 秒）\n',
  'forecast.col.model': '模型',
  'forecast.col.series': '序列数',
  'forecast.col.pinball': '分位损失',
  'forecast.col.cover': '覆盖率{level}%',
  'forecast.col.wins': '胜出',
};
