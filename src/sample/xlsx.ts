/**
 * Writes host-neutral sheet grids to an .xlsx file with exceljs (Node only, hence outside src/core):
 * values as they are (text stays text, error values stay errors), merges, and column widths.
 */
import ExcelJS from 'exceljs';
import { isCellError, type CellValue, type SheetGrid } from '../core/grid';

export interface WriteOptions {
  /** Column widths in characters per sheet name, by 0-based column. */
  widths?: Record<string, number[]>;
  /** 0-based rows per sheet name to print bold and centred (titles, headers). */
  boldRows?: Record<string, number[]>;
  /** Row heights in points per sheet name, by 0-based row (wrapped header rows need room). */
  rowHeights?: Record<string, Record<number, number>>;
  /** Rows / columns to freeze per sheet name (title and header rows, the name column). */
  frozen?: Record<string, { rows: number; cols: number }>;
}

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

/** Adds one grid as a worksheet of `wb`. */
export function addGridSheet(wb: ExcelJS.Workbook, grid: SheetGrid, options: WriteOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(grid.name);
  grid.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = toExcel(v);
    });
  });
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const widths = options.widths?.[grid.name];
  widths?.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  for (const r of options.boldRows?.[grid.name] ?? []) {
    ws.getRow(r + 1).eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  }
  for (const [r, h] of Object.entries(options.rowHeights?.[grid.name] ?? {})) ws.getRow(Number(r) + 1).height = h;
  const frozen = options.frozen?.[grid.name];
  if (frozen) ws.views = [{ state: 'frozen', ySplit: frozen.rows, xSplit: frozen.cols }];
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return ws;
}

/** Writes grids (one worksheet each, in order) to `path`. */
export async function writeGridsToXlsx(grids: SheetGrid[], path: string, options: WriteOptions = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Junheng sample generator';
  for (const g of grids) addGridSheet(wb, g, options);
  await wb.xlsx.writeFile(path);
}

/** Writes one grid as a one-sheet workbook. */
export async function writeGridToXlsx(grid: SheetGrid, path: string, options: WriteOptions = {}): Promise<void> {
  await writeGridsToXlsx([grid], path, options);
}
