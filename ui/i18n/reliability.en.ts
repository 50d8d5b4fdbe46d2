// English texts of the workbench's input limits (spread into en.ts).
export const reliabilityEn = {
  'reliability.fileTooLarge': '{name} is {sizeMiB} MiB; files of this kind may be at most {maxMiB} MiB. It was not opened and your work is unchanged.',
};
