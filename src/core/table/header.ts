/**
 * Header texts of the top rows of a sheet, with merged cells spread over every cell they cover: a parent merged
 * across its children ("专任教师" over 计 / 骨干) and a cell merged down over the header rows ("学校名称").
 */
import { readText } from '../cells/read';
import type { SheetGrid } from '../grid';
import { HEADER_JOINER } from './synonyms';

export interface HeaderGrid {
  /** text[r][c] for the scanned rows, merged values spread; null when blank. */
  text: (string | null)[][];
  /** covered[r][c]: the cell belongs to a merged range (so blank-fill rules leave it alone). */
  covered: boolean[][];
  width: number;
}

/** Read the first `rowCount` rows as header candidates. */
export function readHeaderGrid(sheet: SheetGrid, rowCount: number): HeaderGrid {
  const n = Math.min(rowCount, sheet.rows.length);
  let width = 0;
  for (let r = 0; r < n; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const text: (string | null)[][] = [];
  const covered: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row = sheet.rows[r] ?? [];
    const t: (string | null)[] = new Array(width).fill(null);
    for (let c = 0; c < row.length; c++) t[c] = readText(row[c] ?? null);
    text.push(t);
    covered.push(new Array(width).fill(false));
  }
  for (const m of sheet.merges) {
    if (![m.top, m.left, m.bottom, m.right].every(Number.isInteger) || m.top >= n || m.top < 0 || m.left < 0) continue;
    const v = text[m.top][m.left] ?? null;
    for (let r = m.top; r <= Math.min(m.bottom, n - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
        text[r][c] = v;
        covered[r][c] = true;
      }
    }
  }
  return { text, covered, width };
}

/**
 * Join rows top..top+depth-1 into one header text per column ("在校生数 / 小学"). Without merges, a parent written
 * only above its first child is carried to the right while the row below keeps having children (a merged parent
 * says where it ends, so it is never carried).
 */
export function joinHeaderRows(g: HeaderGrid, top: number, depth: number): string[] {
  const rows: (string | null)[][] = [];
  for (let r = top; r < top + depth; r++) {
    const src = g.text[r];
    const filled = src.slice();
    if (r < top + depth - 1) {
      const below = g.text[r + 1];
      for (let c = 1; c < g.width; c++) {
        if (filled[c] === null && !g.covered[r][c] && !g.covered[r][c - 1] && filled[c - 1] !== null && below[c] !== null && below[c - 1] !== null) {
          filled[c] = filled[c - 1];
        }
      }
    }
    rows.push(filled);
  }
  const out: string[] = [];
  for (let c = 0; c < g.width; c++) {
    const parts: string[] = [];
    for (const row of rows) {
      const t = row[c];
      if (t !== null && t !== parts[parts.length - 1]) parts.push(t);
    }
    out.push(parts.join(HEADER_JOINER));
  }
  return out;
}

/** A row full of numbers is data, not a header. */
export function looksLikeDataRow(g: HeaderGrid, r: number, sheet: SheetGrid): boolean {
  const row = sheet.rows[r] ?? [];
  let numbers = 0;
  let filled = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (g.text[r][c] === null) continue;
    filled++;
    if (typeof v === 'number') numbers++;
  }
  return numbers >= 3 && numbers * 2 > filled;
}
