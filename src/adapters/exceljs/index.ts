/** The exceljs writer of the sheet model (command line, standalone page). No Node I/O here. */
export { applyWorkbookModel } from './apply';
export { clearMarks, writeMarks, markFormula, MARK_CODE } from './marks';
export { readSettings, writeSettings } from './settings';
export { uniqueSheetName, cleanSheetName } from './names';
export { internalLinkWarnings, lostContentWarnings, unsupportedContentWarnings, zipEntryNames } from './unsupported';
export { writeSheet } from './write-sheet';
