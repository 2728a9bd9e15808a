/**
 * An exceljs worksheet as the core's SheetGrid (command line and standalone page alike): formula results, rich text
 * and hyperlinks read as their values, error values kept as errors so the core reports them at their cell.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, MergeRange, SheetGrid, WorkbookGrid } from '../../core/grid';
import { parseA1 } from '../../core/grid';

export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as unknown as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellValue((o.result ?? null) as ExcelJS.CellValue);
  if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
  if (typeof o.text === 'string') return o.text;
  return null;
}

export function worksheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell's followers repeat the master's value in exceljs; the grid keeps them empty like Excel.
      out[c - 1] = cell.isMerged && cell.master !== cell ? null : cellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges: MergeRange[] = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((ref) => {
    const [a, b = a] = ref.split(':');
    const p = parseA1(a);
    const q = parseA1(b);
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  });
  return { name: ws.name, rows, merges };
}

/** The visible sheets of a workbook (Junheng's hidden sheets are not the census). */
export function workbookGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map(worksheetGrid) };
}
