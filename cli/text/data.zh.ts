// `validate`、`gen-sales` 和 `worker` 的中文消息：帮助、用法错误和输出行。
import type { dataEn } from './data.en.ts';

export const dataZh: Record<keyof typeof dataEn, string> = {
  'validate.help': `用法：shoplab validate FILE [FILE …]

检查场景文件（YAML 或 JSON）而不运行：模式、整个模拟期内的公式、不可能的组合以及 \`extends\` 链。
在标准错误输出上按 file:line:col: path: 消息 的格式列出每个问题；任何文件有错误时退出码为 2，否则为 0。
`,
  'validate.ok': '通过 {file}{warnings}\n',
  'validate.warnings': '（{count} 个警告）',
  'validate.failed': '{file}：{errors} 个错误{warnings}\n',
  'validate.andWarnings': '，{count} 个警告',
  'gensales.help': `用法：shoplab gen-sales SCENARIO --out SALES.csv [--seed N] [--days D] [--replication R]

把场景模拟一次，并把每个 SKU 的每日销售写成长格式 CSV：
  unique_id  SKU 编号
  ds         日期（YYYY-MM-DD，从场景的 startDate 起算）
  y          当天售出的件数
  price      实付均价（CNY/件；无销售的日子为标价）
  promo      当天该 SKU 有促销为 1，否则为 0
各行按 SKU 分组，日期由早到晚。该文件可供 \`shoplab forecast\` 使用。

选项：
  --out FILE       CSV 的写入位置（"-" 表示标准输出；必填）
  --seed N         随机数流的种子（默认：场景的种子）
  --days D         模拟天数（默认：场景的天数）
  --replication R  使用第几次重复的随机数流（默认 0）
{machine}

示例：shoplab gen-sales scenarios/default.yaml --out data/sales.csv --seed 7 --days 365
`,
  'gensales.needsFile': 'gen-sales 需要一个场景文件：shoplab gen-sales SCENARIO --out SALES.csv',
  'gensales.takesOne': 'gen-sales 只接受一个场景文件，实际给了 {count} 个：{files}',
  'gensales.needsOut': 'gen-sales 需要 --out FILE（CSV 的写入位置；"-" 表示标准输出）',
  'gensales.wrote': '已写入 {file}：{rows} 行（{skus} 个 SKU × 自 {start} 起 {days} 天），种子 {seed}，第 {replication} 次重复\n',
  'worker.help': `用法：shoplab worker --redis redis://HOST:PORT [选项]

从 Redis 队列处理模拟任务，直到按下 Ctrl-C 或收到 SIGTERM：在每台要参与计算的机器上启动一个，
然后在任何地方运行 \`shoplab run|compare|sweep … --redis redis://HOST:PORT\`。
第一次 Ctrl-C 会让进行中的任务完成；第二次立即停止（这些任务随后会在其他工作进程上重试）。

选项：
  --redis URL          存放队列的 Redis 服务器（redis://HOST:PORT[/DB]）
  --concurrency N      同时运行的任务数，每个任务一个工作线程（默认：每个 CPU 核一个）
  --queue NAME         要服务的队列（默认：{queue}）
  --lock-seconds S     工作进程停止响应 S 秒后，其任务会在别处重试（默认：{lock}）

示例：npx shoplab worker --redis redis://10.0.0.5:6379 --concurrency 8
`,
  'worker.noFiles': 'worker 不接受文件，实际给了：{files}',
  'worker.needsRedis': 'worker 需要 --redis redis://HOST:PORT：存放队列的 Redis 服务器',
  'worker.log': 'shoplab worker：{line}\n',
  'worker.serving': 'ShopLab {version} 正在服务 {url} 上的队列 "{queue}"，同时运行 {count} 个任务，名称 {name}；按 Ctrl-C 停止',
  'worker.stoppingNow': '立即停止；进行中的任务将在别处重试',
  'worker.finishing': '{why}：正在完成进行中的任务（再按一次 Ctrl-C 立即停止）…',
  'worker.stopped': '共处理 {count} 个任务后已停止',
};
