/**
 * Cells → few rectangles → short address lists. Formats are applied per rectangle (or per list of rectangles on
 * ExcelApi 1.9), so the number of write operations follows the shape of a sheet, not its cell count.
 */
import { columnName } from '../core/grid';

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(r: Rect): string {
  const a = `${columnName(r.left)}${r.top + 1}`;
  const b = `${columnName(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/**
 * Covers the given cells exactly with rectangles: runs of adjacent columns per row, and a run continues downwards
 * while the next row has the very same run. `cells` are [row, col] pairs in any order.
 */
export function cellsToRects(cells: [number, number][]): Rect[] {
  const sorted = cells.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const done: Rect[] = [];
  let open = new Map<string, Rect>();
  let i = 0;
  while (i < sorted.length) {
    const row = sorted[i][0];
    const next = new Map<string, Rect>();
    while (i < sorted.length && sorted[i][0] === row) {
      const left = sorted[i][1];
      let right = left;
      i++;
      while (i < sorted.length && sorted[i][0] === row && sorted[i][1] <= right + 1) {
        right = Math.max(right, sorted[i][1]);
        i++;
      }
      const k = `${left}:${right}`;
      const prev = open.get(k);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(k, prev);
        open.delete(k);
      } else next.set(k, { top: row, left, bottom: row, right });
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Joins addresses with "," into lists no longer than `limit` characters (Excel's limit is 8 192). */
export function chunkAddresses(addresses: string[], limit = 8000): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (a.length > limit) throw new Error(`address longer than ${limit} characters: ${a.slice(0, 40)}…`);
    if (cur && cur.length + 1 + a.length > limit) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
