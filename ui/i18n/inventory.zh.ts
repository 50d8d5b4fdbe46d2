// 预测工作室库存策略面板中库存模型的中文文本，以及表格文件问题所在位置的文本。
import type { inventoryEn } from './inventory.en.ts';

export const inventoryZh: Record<keyof typeof inventoryEn, string> = {
  'inventory.models': '基于此预测的更多策略',
  'inventory.orderCost': '每次订货成本',
  'inventory.holdingCost': '每单位每期持有成本',
  'inventory.backorderCost': '每单位每期缺货（延期交货）成本',
  'inventory.productionRate': '每期生产速率',
  'inventory.lognormal': '报童订货量，对数正态需求（整个预测期）',
  'inventory.rq': '(r, Q) 精确解：再订货点 r，订货量 Q',
  'inventory.rqCost': '(r, Q) 每期成本 · 满足率',
  'inventory.ss': '(s, S) 幂近似法',
  'inventory.epq': 'EPQ 生产批量 · 批次间隔期数',
  'inventory.epqCost': 'EPQ 每期准备成本 + 持有成本',
  'inventory.notApplicable': '不适用于当前输入（悬停查看原因）',
  'forecast.sheet': '工作表 {sheet}',
};
