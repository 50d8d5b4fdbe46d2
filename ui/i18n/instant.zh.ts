// 运行中逐步细化的结果的中文文本（并入 zh.ts）。
import type { instantEn } from './instant.en.ts';

export const instantZh: Record<keyof typeof instantEn, string> = {
  'results.partial': '初步结果：已完成 {done} / {total} 次重复；每完成一次，卡片随之更新，全部完成后显示图表和表格。',
};
