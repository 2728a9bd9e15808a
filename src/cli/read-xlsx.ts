/** .xlsx file → WorkbookGrid (Node only). The file is only read, never written. */
import ExcelJS from 'exceljs';
import { workbookGrid } from '../adapters/exceljs/read-grid';
import type { WorkbookGrid } from '../core/grid';

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return workbookGrid(wb);
}
