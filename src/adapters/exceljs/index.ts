/** exceljs side of the hosts (command line, standalone page): the grid reader and the sheet-model writer. No Node I/O here. */
export { applyWorkbookModel } from './apply';
export { clearMarks, writeMarks, markFormula, MARK_CODE } from './marks';
export { readSettings, writeSettings } from './settings';
export { uniqueSheetName, cleanSheetName } from './names';
export { internalLinkWarnings, lostContentWarnings, unsupportedContentWarnings, zipEntryNames } from './unsupported';
export { writeSheet } from './write-sheet';
export { cellValue, worksheetGrid, workbookGrid } from './read-grid';
