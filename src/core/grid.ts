/**
 * The host-neutral picture of a worksheet: a rectangular grid of cell values plus merged ranges.
 * Every host (exceljs, Office.js, the browser) converts its sheet to this before the core sees it.
 * Rows and columns are 0-based here; A1 addresses (1-based rows) are made with `a1()`.
 */

/** An Excel error value such as `#DIV/0!` or `#N/A`. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged range, 0-based and inclusive on both ends. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]; rows may be ragged (missing cells are null). Row 0 is the sheet's row 1. */
  rows: CellValue[][];
  merges: MergeRange[];
  /** 0-based offset of rows[0] / column 0 in the sheet, when the host read only part of it (used range). */
  originRow?: number;
  originCol?: number;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, col) → "B7". */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "B7" → { row: 6, col: 1 }. */
export function parseA1(addr: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`not an A1 address: ${addr}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}
