/** Results as sheets: the builders the writers (exceljs, Office.js) apply. */
export { buildWorkbookModel, sheetContext, type WorkbookModelOptions } from './workbook-model';
export { buildMarks, censusRange } from './marks';
export { buildGapSheet, GAP_SHEET } from './gap-sheet';
export { buildComplianceSheet, COMPLIANCE_SHEET } from './compliance-sheet';
export { buildDispersionSheet, DISPERSION_SHEET } from './dispersion-sheet';
export { buildProblemSheet, PROBLEM_SHEET } from './problem-sheet';
export * from './settings';
