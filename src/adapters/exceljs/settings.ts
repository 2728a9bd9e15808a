/**
 * The settings sheet: a very hidden sheet whose A1 says "junheng-settings" and whose column A below holds the
 * settings JSON in cell-sized chunks. Found by that first cell, not by its name, so a user's sheet that happens
 * to be called "_junheng" is never taken for ours.
 */
import type ExcelJS from 'exceljs';
import { parseSettings, SETTINGS_MAGIC, SETTINGS_SHEET, settingsChunks } from '../../core/output/settings';
import type { JunhengSettings } from '../../core/sheet/model';
import { uniqueSheetName } from './names';

/** Reads without creating the cell: getCell would add an empty cell to the user's hidden sheets. */
function textAt(ws: ExcelJS.Worksheet, row: number, col: number): string | null {
  const v = (ws as unknown as { findCell(r: number, c: number): ExcelJS.Cell | undefined }).findCell(row, col)?.value;
  return typeof v === 'string' ? v : null;
}

export function settingsSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => ws.state !== 'visible' && textAt(ws, 1, 1) === SETTINGS_MAGIC);
}

/** The settings kept in the workbook, or null when there are none (or they are damaged). */
export function readSettings(wb: ExcelJS.Workbook): JunhengSettings | null {
  const ws = settingsSheets(wb)[0];
  if (!ws) return null;
  let json = '';
  for (let r = 2; r <= ws.rowCount; r++) {
    const t = textAt(ws, r, 1);
    if (t === null) break;
    json += t;
  }
  return parseSettings(json);
}

export function removeSettingsSheets(wb: ExcelJS.Workbook): void {
  for (const ws of settingsSheets(wb)) wb.removeWorksheet(ws.id);
}

export function writeSettings(wb: ExcelJS.Workbook, settings: JunhengSettings): ExcelJS.Worksheet {
  removeSettingsSheets(wb);
  const ws = wb.addWorksheet(uniqueSheetName(wb, SETTINGS_SHEET), { state: 'veryHidden' });
  ws.getCell('A1').value = SETTINGS_MAGIC;
  ws.getCell('B1').value = '均衡 Junheng 的设置，请勿修改 / Junheng settings, do not edit';
  settingsChunks(settings).forEach((chunk, i) => {
    ws.getCell(i + 2, 1).value = chunk;
  });
  return ws;
}
