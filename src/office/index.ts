/** The Office.js side of the add-in: the Host for the task pane and what it is built from. */
export { OfficeHost } from './office-host';
export { applyModel, clearAllMarks, type ApplyResult } from './apply';
export { readSheetGrid } from './read-sheet';
export { hostSupportProblem, detectFeatures, apiSupported, type HostFeatures, type SupportProblem } from './support';
export { literal, needsQuote } from './literal';
