// 工作台自身的拒绝和失败提示（原先写死为英文）：预测工作线程停止、课程步骤无法运行、按周数据的单位。
import type { refusalsEn } from './refusals.en.ts';

export const refusalsZh: Record<keyof typeof refusalsEn, string> = {
  'forecast.workerStopped': '预测工作线程已停止：{reason}',
  'forecast.workerStoppedUnknown': '预测工作线程因未知原因停止。',
  'forecast.noteFallback': '{model} → {used}：{note}',
  'forecast.column': '列 {column}',
  'sweep.fromToNumbers': '调节杆 {path}：起点和终点必须是数字。',
  'sweep.stepsRange': '调节杆 {path}：步数必须是 1 到 50 之间的整数。',
  'share.notBase64': '链接中含有不属于 base64url 的字符',
  'share.badLength': '链接不完整或已损坏（长度不是有效的 base64url）',
  'share.tooLong': '链接长 {length} 个字符；分享链接最多 {max} 个字符',
  'share.noInflate': '链接不完整或已损坏（无法解压）',
  'share.tooLarge': '链接中的场景文本超过 {max} 字节，即场景文件的上限',
  'share.notUtf8': '链接不完整或已损坏（不是 UTF-8 文本）',
  'app.views': '视图',
  'forecast.pinball': '分位数损失',
  'forecast.daily': '按日',
  'forecast.weekly': '按周',
  'unit.weeks': '周',
  'unit.unitsPerWeek': '件/周',
  'lessonRun.noPrediction': '预测 "{prediction}" 还没有数值：请先在对应步骤中填写你的猜测',
  'lessonRun.missingOutput': '度量 {measure}：运行输出 "{output}" 不存在（场景中缺少这个渠道？）',
  'lessonRun.scenario': '课程的场景无法加载：\n{issues}',
  'lessonRun.lever': '无法设置调节杆 {path}：{detail}',
} as const;
