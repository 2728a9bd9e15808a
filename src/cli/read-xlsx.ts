/**
 * .xlsx → WorkbookGrid with exceljs (Node only). Formulas give their cached result; rich text its plain text;
 * error values stay errors so the core can report them at their cell. The file is only read, never written.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, WorkbookGrid } from '../core/grid';
import { parseA1 } from '../core/grid';

/** One exceljs cell value → the core's CellValue. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v && typeof (v as ExcelJS.CellErrorValue).error === 'string') return { error: (v as ExcelJS.CellErrorValue).error };
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      return toCellValue(r as ExcelJS.CellValue);
    }
    if ('text' in v && 'hyperlink' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged range's other cells are empty, as Excel (and Office.js) shows them; exceljs repeats the master's.
      out[col - 1] = cell.type === ExcelJS.ValueType.Merge ? null : toCellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((range) => {
    const [a, b] = range.split(':');
    const s = parseA1(a);
    const e = parseA1(b ?? a);
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  });
  return { name: ws.name, rows, merges };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map(worksheetToGrid) };
}

export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return workbookToGrid(wb);
}
