// What `shoplab classroom` prints, in English and Chinese (`--lang zh` or a zh locale): the help,
// the links on start, and the messages for a missing build or a port that cannot be used.
import type { CliLang } from '../lang.ts';

const en = {
  help: [
    'Usage: shoplab classroom [options]',
    '',
    'Starts a live classroom of the Beer Game on this machine: the built workbench and a WebSocket hub',
    'on one port. The trainer opens the trainer link (it holds a secret token), starts the session,',
    'advances weeks, pauses, ends and downloads the results (CSV, XLSX). Learners open the join link',
    'or type the join code, take a seat in a team and order each week; the computer plays empty seats',
    'with Sterman\'s rule. The session is saved after every change: start again with the same --data',
    'and it continues (same code, same trainer link; learners rejoin their seats).',
    '',
    'Options:',
    '  --port P      port to listen on (default 8080; 0 = any free port)',
    '  --host H      address to listen on (default 0.0.0.0: every network, so the LAN can join)',
    '  --data DIR    where the session is saved (default .shoplab-classroom in this directory)',
    '  --teams N     teams of a new session, four seats each (default 2)',
    '  --dist DIR    the built workbench (default: dist/ of ShopLab; `npm run build` writes it)',
    '  --lesson ID   a new session teaches this lesson instead (funnel, reference-price, marketing-budget,',
    '                newsvendor, safety-stock, double11-capacity, bullwhip), in the --lang language; the',
    '                trainer moves the class step by step, learners guess, the server runs each run step',
    '                once for the room, the trainer sees the class\'s guesses against the result',
    '',
    'Example: npx shoplab classroom --port 8080 --teams 6',
    '         npx shoplab classroom --lesson newsvendor --lang zh',
    '',
  ].join('\n'),
  notBuilt: 'the workbench is not built: {file} is missing. Run `npm run build` first, then start the classroom again.',
  cannotListen: '--port {port} --host {host}: cannot listen there ({code}); pick another port, or 0 for any free one',
  started: 'ShopLab classroom: Beer Game, {teams} teams, {status}, week {week} of {weeks}',
  restored: 'continuing the session saved in {file}',
  created: 'new session saved in {file}',
  keptTeams: 'note: --teams applies to a new session; the saved session keeps its {teams} teams',
  startedLesson: 'ShopLab classroom: lesson {lesson} ({lang}), {status}, step {step} of {steps}',
  keptSession: 'note: --lesson applies to a new session; the saved session continues',
  unknownLesson: '--lesson {got}: there is no such lesson; the lessons are {lessons}',
  trainer: 'Trainer (keep this link to yourself):',
  code: 'Join code: {code}',
  join: 'Learners join at:',
  stop: 'Ctrl-C to stop; the session is kept.',
  stopped: 'classroom stopped; the session is saved in {file}',
  noFiles: 'classroom takes no files, got: {files}',
  notSaved: '{file}: not a saved classroom ({detail}); move it away to start a new session',
  damaged: '{file}: {field}: {detail}; move it away to start a new session',
};

const zh: Record<keyof typeof en, string> = {
  help: [
    '用法：shoplab classroom [选项]',
    '',
    '在本机启动啤酒游戏的实时课堂：在同一端口上提供构建好的工作台和 WebSocket 中枢。',
    '培训师打开培训师链接（含秘密令牌），开始课堂、推进周次、暂停、结束并下载结果（CSV、XLSX）。',
    '学员打开加入链接或输入加入码，在某个小组中就座，每周下订单；空座位由电脑按 Sterman 规则下单。',
    '每次变化后都会保存课堂：用同一个 --data 再次启动即可继续（加入码和培训师链接不变，学员回到原座位）。',
    '',
    '选项：',
    '  --port P      监听端口（默认 8080；0 = 任一空闲端口）',
    '  --host H      监听地址（默认 0.0.0.0：所有网络，局域网可加入）',
    '  --data DIR    课堂保存目录（默认当前目录下的 .shoplab-classroom）',
    '  --teams N     新课堂的小组数，每组四个座位（默认 2）',
    '  --dist DIR    构建好的工作台（默认 ShopLab 的 dist/；由 `npm run build` 生成）',
    '  --lesson ID   新课堂改为讲授该课程："funnel"（转化漏斗）、"reference-price"（参考价格）、',
    '                "marketing-budget"（营销预算）、"newsvendor"（报童问题）、"safety-stock"（安全库存）、',
    '                "double11-capacity"（双十一产能）、"bullwhip"（牛鞭效应），使用 --lang 的语言；',
    '                培训师逐步推进，学员提交预测，服务器为全班运行一次模拟，培训师看到全班预测与结果的对比',
    '',
    '示例：npx shoplab classroom --port 8080 --teams 6',
    '      npx shoplab classroom --lesson newsvendor --lang zh',
    '',
  ].join('\n'),
  notBuilt: '工作台尚未构建：缺少 {file}。请先运行 `npm run build`，再启动课堂。',
  cannotListen: '--port {port} --host {host}：无法在此监听（{code}）；请换一个端口，或用 0 选任一空闲端口',
  started: 'ShopLab 课堂：啤酒游戏，{teams} 个小组，{status}，第 {week} 周 / 共 {weeks} 周',
  restored: '继续 {file} 中保存的课堂',
  created: '新课堂已保存到 {file}',
  keptTeams: '注意：--teams 只用于新课堂；已保存的课堂保留其 {teams} 个小组',
  startedLesson: 'ShopLab 课堂：课程 {lesson}（{lang}），{status}，第 {step} 步 / 共 {steps} 步',
  keptSession: '注意：--lesson 只用于新课堂；已保存的课堂将继续',
  unknownLesson: '--lesson {got}：没有这门课程；可选课程为 {lessons}',
  trainer: '培训师链接（请勿外传）：',
  code: '加入码：{code}',
  join: '学员加入地址：',
  stop: '按 Ctrl-C 停止；课堂会保留。',
  stopped: '课堂已停止；已保存到 {file}',
  noFiles: 'classroom 命令不接受文件，收到：{files}',
  notSaved: '{file}：不是已保存的课堂（「{detail}」）；请把它移走，再开始新课堂',
  damaged: '{file}：{field}：「{detail}」；请把它移走，再开始新课堂',
};

/** Session statuses in each language. */
const STATUS: Record<CliLang, Record<string, string>> = {
  en: { lobby: 'waiting to start', running: 'running', paused: 'paused', ended: 'ended' },
  zh: { lobby: '等待开始', running: '进行中', paused: '已暂停', ended: '已结束' },
};

/** A classroom message in `lang` with `{name}` placeholders filled. */
export function classroomText(lang: CliLang, key: keyof typeof en, params: Record<string, string | number> = {}): string {
  const text = (lang === 'zh' ? zh : en)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A session status ("running", "进行中"). */
export function statusText(lang: CliLang, status: string): string {
  return STATUS[lang][status] ?? status;
}
