// The structured pieces of loader messages in Chinese: a user's value, what a field expects, a
// did-you-mean hint, why a formula is refused. Identifiers, field paths and the user's own text
// stay as written; texts of other libraries (mathjs, yaml) are quoted in 「」.
import { FORBIDDEN_THINGS, type Expected, type ExpectedBare, type FormulaResult, type FormulaWhy, type Shown } from './parts.ts';

/** Quotes another library's text (a parse error) inside a Chinese sentence. */
export const detailZh = (text: string): string => `「${text}」`;

/** A user's value: strings quoted, lists and mappings named. */
export function shownZh(v: Shown | { kind: 'mixedList' }): string {
  switch (v.kind) {
    case 'nothing':
      return '空值';
    case 'null':
      return 'null';
    case 'literal':
      return v.text;
    case 'emptyList':
      return '空列表';
    case 'list':
      return `含 ${v.length} 项的列表`;
    case 'mapping':
      return '一个映射';
    case 'mixedList':
      return '含有其他值的列表';
    case 'type':
      return `${v.name} 类型的值`;
  }
}

/** `；你是不是想写 "x"？`, or "" without a suggestion. */
export const suggestZh = (s: string | null): string => (s === null ? '' : `；你是不是想写 "${s}"？`);

const RECORD_NOUNS: Record<string, string> = {
  channels: '渠道编号到渠道设置的映射',
  skus: 'SKU 编号到 SKU 设置的映射',
  segments: '客群编号到客群设置的映射',
  promotions: '促销编号到促销的映射',
  campaign: '阶段编号到营销活动阶段的映射',
  shocks: '冲击编号到冲击的映射',
  investments: '投资编号到投资的映射',
  params: '名称到数字的映射',
};

/** What a field accepts, e.g. "1 到 3650 之间的整数". */
export function expectedZh(e: Expected): string {
  const text = bareZh(e);
  return e.nullable ? `${text}，或 null` : text;
}

function bareZh(e: ExpectedBare): string {
  switch (e.kind) {
    case 'numberOrFormula':
      return e.min === undefined ? '数字或公式' : `${e.min} 到 ${e.max} 之间的数字或公式`;
    case 'number': {
      const noun = e.whole ? '整数' : '数字';
      const { lo, hi } = e;
      if (lo && hi && lo.inclusive && hi.inclusive) return `${lo.value} 到 ${hi.value} 之间的${noun}`;
      const parts: string[] = [];
      if (lo) parts.push(`${lo.inclusive ? '≥' : '>'} ${lo.value}`);
      if (hi) parts.push(`${hi.inclusive ? '≤' : '<'} ${hi.value}`);
      return parts.length === 0 ? noun : `${parts.join(' 且 ')} 的${noun}`;
    }
    case 'date':
      return '日期（格式为 YYYY-MM-DD）';
    case 'text':
      return e.nonEmpty ? '非空文本' : '文本';
    case 'boolean':
      return 'true 或 false';
    case 'oneOf':
      return `以下之一：${e.choices.map((c) => JSON.stringify(c)).join('、')}`;
    case 'fields':
      return `字段的映射（${e.keys.join('、')}${e.more ? '、…' : ''}）`;
    case 'record':
      return RECORD_NOUNS[e.field] ?? '编号到条目的映射';
    case 'list':
      return e.min ? `至少含 ${e.min} 项的列表` : '列表';
    case 'tagged':
      return `含 "${e.tag}" 字段的映射`;
    case 'anyOf':
      return e.options.map(bareZh).join('或');
    case 'other':
      return `${e.type} 类型的值`;
  }
}

const FORBIDDEN_ZH: Record<keyof typeof FORBIDDEN_THINGS, string> = {
  object: '对象字面量（{…}）',
  list: '列表或矩阵（[…]）',
  range: '区间（a:b）',
  access: '属性或元素访问（a.b、a[i]）',
  block: '多条语句（;）',
  functionDef: '函数定义',
  text: '引号中的文本',
  hugeNumber: '超出双精度范围的数（大于 1.8e308）',
  comparison: '这种比较',
  callResult: '对表达式结果的调用',
};

/** What a formula may not contain, from the sandbox's English phrase. */
function forbiddenZh(what: string): string {
  for (const [key, english] of Object.entries(FORBIDDEN_THINGS)) if (english === what) return FORBIDDEN_ZH[key as keyof typeof FORBIDDEN_THINGS];
  const operator = /^the operator (".*")$/.exec(what);
  if (operator) return `运算符 ${operator[1]}`;
  const value = /^the value (.*)$/.exec(what);
  if (value) return `值 ${detailZh(value[1])}`;
  const node = /^an? (\w+)$/.exec(what);
  if (node) return ` ${node[1]} 类型的语法节点`;
  return detailZh(what);
}

/** Why a formula is refused, without the formula itself. */
export function formulaWhyZh(w: FormulaWhy): string {
  switch (w.kind) {
    case 'syntax':
      return `公式无法解析：${detailZh(w.detail)}`;
    case 'tooLong':
      return `公式长 ${w.chars.toLocaleString('en-US')} 个字符；最多允许 ${w.max.toLocaleString('en-US')} 个字符`;
    case 'tooDeep':
      return `公式的括号嵌套超过 ${w.max} 层${w.char ? `（在第 ${w.char} 个字符处）` : ''}`;
    case 'tooLarge':
      return `公式中的值、名称和运算超过 ${w.max} 个；请拆分公式或改用 params`;
    case 'assignment':
      return '公式必须给出一个数，而不是赋值';
    case 'forbidden':
      return `公式中不能包含${forbiddenZh(w.what)}`;
    case 'arity':
      return `${w.name}() 需要 ${w.min === w.max ? w.min : `${w.min} 到 ${w.max}`} 个参数，实际为 ${w.got} 个`;
    case 'function':
      return `场景公式中不允许使用 ${w.names.join('、')}；允许的函数：${w.allowed.join(', ')}`;
    case 'thousands':
      return `数字请不要写千位分隔符：${w.plain}`;
    case 'unknownNames': {
      const hints = w.names.map((n) => `${n.name}${n.suggestion === null ? '' : `，你是不是想写 "${n.suggestion}"？`}`);
      return `未知名称 ${hints.join('；')}`;
    }
  }
}

/** A formula result that is not a finite number, in words. */
export function formulaResultZh(r: FormulaResult): string {
  switch (r.kind) {
    case 'number':
      return r.text === 'Infinity' ? '正无穷大' : r.text === '-Infinity' ? '负无穷大' : ` ${r.text}`;
    case 'text':
      return '文本';
    case 'none':
      return '空值';
    case 'complex':
      return '复数（对负数开平方或取对数？）';
    case 'list':
      return '列表';
    case 'unit':
      return '带单位的值';
    case 'function':
      return '函数';
    case 'other':
      return ` ${r.type} 类型的值`;
  }
}
