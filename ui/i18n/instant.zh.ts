// 运行中逐步细化的结果与实时假设分析的中文文本（并入 zh.ts）。
import type { instantEn } from './instant.en.ts';

export const instantZh: Record<keyof typeof instantEn, string> = {
  'results.partial': '初步结果：已完成 {done} / {total} 次重复；卡片、图表和表格随每次完成逐步细化。',
  'results.livePreview': '实时预览：已完成 {done} / {total} 次重复，正在细化为完整运行。',
  'results.ciMean': '均值的 95% 区间',
  'live.toggle': '实时',
  'live.hint': '调整杠杆后自动重新运行：先用最早完成的几次重复给出预览，再细化为完整运行。',
  'live.pending': '杠杆已调整：正在重新运行…',
  'compare.partial': '初步结果：已完成 {done} / {total} 组配对重复；差值随每次完成逐步细化。',
};
