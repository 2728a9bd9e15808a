/** Small hand-made census sheets for the table tests. */
import type { CellValue, MergeRange, SheetGrid } from '../../../src/core/grid';

export function sheet(name: string, rows: CellValue[][], merges: MergeRange[] = []): SheetGrid {
  return { name, rows, merges };
}

/** Merge helper with 0-based inclusive bounds. */
export function merge(top: number, left: number, bottom: number, right: number): MergeRange {
  return { top, left, bottom, right };
}

/** Field of each column letter that has one, e.g. { A: 'name', C: 'students' }. */
export function fieldsByLetter(columns: { letter: string; field: string | null }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of columns) if (c.field) out[c.letter] = c.field;
  return out;
}
