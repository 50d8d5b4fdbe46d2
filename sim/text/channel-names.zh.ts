// 内置营销渠道 id 的简体中文名称（其他 id 是用户自己起的名字）；工作台和命令行共用。
import type { namesEn } from './channel-names.en.ts';

export const namesZh: Record<keyof typeof namesEn, string> = {
  'channel.organic': '自然搜索',
  'channel.paid_search': '付费搜索',
  'channel.social': '短视频社交',
  'channel.crm': 'CRM 私域',
  'channel.affiliate': '联盟推广',
  'channel.affiliates': '联盟推广',
};
