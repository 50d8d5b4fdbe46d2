// Excel workbooks of ShopLab results, built once for every front end: the CLI writes the bytes to
// a file (`--xlsx`), the workbench builds them in its summary worker and downloads them.
export { runWorkbook, type RunWorkbookInput } from './run.ts';
export { compareWorkbook, sweepWorkbook, type CompareWorkbookInput } from './compare.ts';
export { classroomWorkbook, type ClassroomTable, type ClassroomWorkbookInput } from './classroom.ts';
