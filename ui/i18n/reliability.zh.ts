// 工作台输入限制的中文文本（展开到 zh.ts）。
export const reliabilityZh = {
  'reliability.fileTooLarge': '{name} 大小为 {sizeMiB} MiB；此类文件最大 {maxMiB} MiB。文件未打开，您当前的工作未受影响。',
};
