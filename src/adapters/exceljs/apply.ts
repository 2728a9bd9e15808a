/**
 * Applies a WorkbookModel to an exceljs workbook: replaces the sheets Junheng created before (and only those),
 * writes the new ones (with a suffix when a user's sheet has the name), re-marks the census sheet and saves the
 * settings. Applying the same model twice gives the same workbook.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookModel } from '../../core/sheet/model';
import { clearMarks, writeMarks } from './marks';
import { getSheet, uniqueSheetName } from './names';
import { readSettings, removeSettingsSheets, writeSettings } from './settings';
import { writeSheet } from './write-sheet';

export function applyWorkbookModel(wb: ExcelJS.Workbook, model: WorkbookModel): { warnings: string[] } {
  const warnings: string[] = [];
  const before = readSettings(wb);
  clearMarks(wb);
  for (const [id, name] of Object.entries(before?.ownedSheets ?? {})) {
    if (id === 'marks') continue;
    const ws = getSheet(wb, name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  removeSettingsSheets(wb);

  const owned: Record<string, string> = {};
  for (const sheet of model.sheets) {
    const name = uniqueSheetName(wb, sheet.name);
    if (name !== sheet.name) {
      warnings.push(
        `已有同名工作表“${sheet.name}”（不是均衡生成的，未改动），结果写入“${name}” / a sheet named "${sheet.name}" exists and is not Junheng's; kept it and wrote "${name}"`,
      );
    }
    writeSheet(wb.addWorksheet(name), sheet);
    owned[sheet.id] = name;
  }
  if (model.marks) {
    const r = writeMarks(wb, model.marks);
    warnings.push(...r.warnings);
    if (r.sheet) owned.marks = r.sheet;
  }
  writeSettings(wb, { ...model.settings, ownedSheets: owned });

  // A workbook view pointing past the visible sheets makes Excel repair the file.
  const visible = wb.worksheets.filter((ws) => ws.state === 'visible').length;
  const views = (wb.views ?? []) as { activeTab?: number; firstSheet?: number }[];
  for (const v of views) {
    if ((v.activeTab ?? 0) >= visible) v.activeTab = 0;
    if ((v.firstSheet ?? 0) >= visible) v.firstSheet = 0;
  }
  return { warnings };
}
