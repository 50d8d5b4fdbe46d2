// The loader's messages in Chinese, one renderer per code (the type requires every code).
import type { BeyondHorizon, MessageTable, RecordNoun, SpecialFileKind } from './codes.ts';
import { DECIDE_ZH } from './decide.ts';
import { LESSONS_ZH } from './lessons.ts';
import { RUN_ZH } from './run.ts';
import { detailZh as detail, expectedZh as expected, formulaResultZh, formulaWhyZh, shownZh as shown, suggestZh as suggest } from './zh-parts.ts';

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: '缩进中使用了制表符；请用空格缩进',
  DUPLICATE_KEY: '同一个映射中同一个键出现了两次',
  BLOCK_AS_IMPLICIT_KEY: '"键: 值" 对嵌套在了不允许的位置（请检查缩进；含有 ": " 的文本请加引号）',
  MULTIPLE_DOCS: '文件中有多个 YAML 文档（"---" 行开始了另一个文档）；一个场景只能是一个文档',
  BAD_SCALAR_START: '以 @ 或 ` 开头的值必须加引号',
  MULTILINE_IMPLICIT_KEY: '键后面必须在同一行写 ":"（是否漏了冒号？）',
  UNEXPECTED_TOKEN: '一个值结束后还有文本（引号过早闭合，或漏了逗号？）',
};

const SPECIAL: Record<SpecialFileKind, string> = {
  'character device': '字符设备',
  'block device': '块设备',
  'named pipe': '命名管道',
  socket: '套接字',
  'special file': '特殊文件',
};

const BEYOND: Record<BeyondHorizon, string> = {
  'promotion.neverRuns': '该促销永远不会进行',
  'promotion.cutOff': '该促销会在模拟结束时被截断',
  'campaignPhase.neverRuns': '该营销活动阶段永远不会进行',
  'campaignPhase.cutOff': '该营销活动阶段会在模拟结束时被截断',
  'presale.neverShips': '预售订单在模拟期内永远不会发货',
  'investment.neverPaid': '该投资在模拟期内永远不会支付',
  'shock.neverHappens': '该冲击永远不会发生',
  'sku.neverOnSale': '该 SKU 永远不会上架销售',
};

const RECORDS: Record<RecordNoun, string> = {
  SKUs: ' SKU',
  segments: '客群',
  investments: '投资',
  params: '参数',
  channels: '渠道',
  promotions: '促销',
  'campaign phases': '营销活动阶段',
  shocks: '冲击',
};

const TARGET = { skus: ' SKU', segments: '客群' } as const;
const DEFAULTS = { channels: '渠道', skus: ' SKU ', segments: '客群' } as const;
const list = (items: readonly string[]) => items.join(', ');
/** A space between a Chinese word and Latin text or a number that follows it. */
const spaced = (text: string) => (/^[^\u3000-\u9fff\uff00-\uffef]/.test(text) ? ` ${text}` : text);

/** Every code in Chinese. */
export const CHINESE: MessageTable = {
  ...LESSONS_ZH,
  ...RUN_ZH,
  ...DECIDE_ZH,
  'file.tooLarge': (p) => `文件大小为 ${p.bytes.toLocaleString('en-US')} 字节；场景文件最多 ${p.max.toLocaleString('en-US')} 字节`,
  'file.notRegular': (p) => `是${SPECIAL[p.kind]}，不是场景文件`,
  'file.folder': () => '是文件夹，不是场景文件',
  'text.binary': (p) => `文件中有二进制数据（第 ${p.offset} 字节为零字节），不是 YAML 或 JSON 文本`,
  'text.notUtf8': (p) => `文件不是 UTF-8 文本（第 ${p.offset} 字节处的字节序列无效）；请另存为 UTF-8`,
  'yaml.tooDeep': (p) => `映射和列表的嵌套超过了 ${p.max} 层`,
  'yaml.aliasBomb': (p) => `别名 *${p.alias} 展开的副本太多（总共超过 ${p.max} 个节点）；请直接写出这些值，或少用别名`,
  'yaml.badMerge': (p) => `合并键（<<）后面必须是一个映射或映射的别名，实际为${spaced(shown(p.got))}`,
  'yaml.duplicateKey': (p) => `同一个映射中同一个键出现了两次（${JSON.stringify(p.key)}）`,
  'yaml.collectionKey': (p) => `键必须是普通名称，不能是${p.kind === 'mapping' ? '映射' : '列表'}`,
  'file.notFound': (p) => `找不到文件：${p.file}`,
  'file.unreadable': (p) => `无法读取 ${p.file}：${detail(p.detail)}`,
  'file.topLevel': (p) => `顶层必须是场景字段的映射（例如 "name:" 和 "days:"），实际为${spaced(shown(p.got))}`,
  'syntax.json': (p) => `不是有效的 JSON：${detail(p.detail)}`,
  'syntax.yaml': (p) => {
    const hint = YAML_HINTS[p.yamlCode];
    const text = p.yamlCode === 'MULTIPLE_DOCS' ? hint : hint ? `${hint}（${detail(p.detail)}）` : detail(p.detail);
    return `不是有效的 ${p.format}：${text}`;
  },
  'syntax.undefinedAlias': (p) => `不是有效的 YAML：*${p.alias} 引用的锚点 &${p.alias} 没有在它之前定义`,
  'extends.notPath': (p) => `应为基础场景文件的路径，实际为${spaced(shown(p.got))}`,
  'extends.noReader': (p) => `此处无法跟随 extends "${p.path}"：没有可用的文件读取器（请从文件加载场景）`,
  'extends.cycle': (p) => `extends 形成了循环：${p.chain.join(' → ')}`,
  'extends.tooDeep': (p) => `extends 超过了 ${p.max} 层；是否有循环？`,
  'schema.unknownKey': (p) => {
    if (p.suggestion !== null) return `未知的键${suggest(p.suggestion)}`;
    if (p.places.length > 0) return `未知的键；"${p.key}" 应写在 ${p.places.join(' 或 ')}`;
    return `未知的键；此处有效的键：${list(p.valid)}`;
  },
  'schema.missing': (p) => `缺少此项；应为${spaced(expected(p.expected))}`,
  'schema.wrongValue': (p) => `应为${spaced(expected(p.expected))}，实际为${spaced(shown(p.got))}${suggest(p.suggestion)}`,
  'schema.tooMany': (p) => `最多 ${p.max} 个${RECORDS[p.noun]}，实际为${spaced(shown(p.got))}`,
  'schema.settingNeedsId': (p) =>
    `应为${spaced(expected(p.expected))}，实际为${spaced(shown(p.got))}；"${p.key}" 是此处每个条目的设置：请把它写在某个编号下（${p.example}）`,
  'schema.other': (p) => `不符合场景格式：${detail(p.detail)}`,
  'formula.invalid': (p) => `应为${spaced(expected(p.expected))}，实际为${spaced(shown(p.got))}（${formulaWhyZh(p.why)}）`,
  'formula.problem': ({ formula, problem }) => {
    const f = `公式 "${formula}"`;
    switch (problem.kind) {
      case 'unknown':
        return `${f} 使用了未知名称 ${list(problem.names)}；已知名称：${list(problem.known)}，常量 ${list(problem.constants)}，以及函数 ${list(problem.functions)}`;
      case 'assignment':
        return `${f} 在赋值；请写一个给出数值的表达式`;
      case 'syntax':
        return `${f} 无法解析：${detail(problem.detail)}`;
      default:
        return `${f}：${formulaWhyZh(problem)}`;
    }
  },
  'formula.failsOnDay': (p) => `公式 "${p.formula}" 在第 ${p.day} 天出错：${detail(p.detail)}`,
  'formula.notFinite': (p) =>
    `公式 "${p.formula}" 在第 ${p.day} 天得到${formulaResultZh(p.result)}${p.divisionByZero ? '（除以零？）' : ''}；应为有限的数`,
  'formula.outOfRange': (p) => `公式 "${p.formula}" 在第 ${p.day} 天（${p.date}）得到 ${p.value}；每一天都应 ${p.bound.op} ${p.bound.value}`,
  'cross.beyondHorizon': (p) => `第 ${p.day} 天超出了模拟期（days: ${p.days}，最后一天是第 ${p.days - 1} 天）；${BEYOND[p.what]}`,
  'cross.endsBeforeStart': (p) =>
    `该${p.noun === 'promotion' ? '促销' : '营销活动阶段'}在第 ${p.end} 天结束，早于它开始的第 ${p.start} 天（startDay）`,
  'cross.shipsBeforeStart': (p) => `预售订单在第 ${p.shipDay} 天发货，早于预售开始的第 ${p.startDay} 天`,
  'cross.emptyTargets': (p) => `空列表：该促销不覆盖任何${TARGET[p.field]}；省略 ${p.field} 即可应用于每个${TARGET[p.field]}`,
  'cross.unknownTarget': (p) => {
    const noun = TARGET[p.field];
    const tail = p.suggestion !== null ? suggest(p.suggestion) : p.known.length > 0 ? `；已知的${noun}：${list(p.known)}` : `；没有任何${noun}`;
    return `未知的${noun} "${p.name}"${tail}`;
  },
  'cross.noSkus': () => '没有 SKU：网店至少需要一种商品来销售',
  'cross.orderUpToBelowReorder': (p) => `订货上限 S = ${p.orderUpTo} 低于再订货点 s = ${p.reorderPoint}；(s,S) 策略要求 S ≥ s`,
  'cross.costAbovePrice': (p) => `单位成本 ${p.cost} 元高于标价 ${p.price} 元：每卖出一件都会亏损`,
  'cross.delistedBeforeLaunch': (p) => `在第 ${p.delistDay} 天下架，并不晚于第 ${p.launchDay} 天的上架：该 SKU 永远不会在售`,
  'cross.noSegments': () => '没有客群：至少需要一个客户群',
  'cross.allSharesZero': () => '每个客群的 share 都是 0；至少要有一个 share 大于 0',
  'cross.noCapacity': (p) => `每一天的产能都是 0，而人群中有 ${p.shoppers} 名购物者：任何订单都无法发货`,
  'cross.coverDaysOrder': (p) => `highCoverDays（${p.high}）必须大于 lowCoverDays（${p.low}）：库存低于低位时涨价，高于高位时降价`,
  'cross.partialDefaults': (p) =>
    `只列出了默认${DEFAULTS[p.record]}中的 ${list(p.named)}，因此 ${list(p.left)} 被省略了（写出的清单会替换默认清单）；若要保留，请一并列出，或用 \`extends: scenarios/default.yaml\` 只修改你写出的部分`,
  'forecaster.unknown': (p) => `未知的预测模型 "${p.name}"${suggest(p.suggestion)}；此处可用：${list(p.available)}`,
  'validation.failed': (p) => `${p.crashed ? '校验失败' : '校验出错'}：${detail(p.detail)}`,
};
