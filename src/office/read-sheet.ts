/**
 * Reads a sheet's used range into a SheetGrid: one sync for its size, then row blocks sized so each response
 * stays well under Excel on the web's 5 MB limit (the first block is sized by cell count, the next ones by the
 * bytes per row actually seen; a block that still comes back too large is halved and read again).
 */
import type { CellValue, MergeRange, SheetGrid } from '../core/grid';
import type { ProgressFn } from '../host/host';
import { isPayloadError, payloadBytes } from './batch';

export { isPayloadError };
import { detectFeatures } from './support';

/** Cells in the first block (≈ 40 bytes each in JSON). */
export const FIRST_BLOCK_CELLS = 60_000;
/** Target response size of the later blocks. */
export const BLOCK_RESPONSE_BYTES = 2.5 * 1024 * 1024;

const ERROR_RE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/** Office.js gives "" for an empty cell and the error text (e.g. "#DIV/0!") for an error. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return ERROR_RE.test(s) ? { error: s } : s;
}

/** "Sheet1!B2:D3" → 0-based rectangle. */
function parseArea(address: string): MergeRange | null {
  const m = /(?:^|!)\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

/** Splits a RangeAreas address ("'a,b'!A1:B2,'a,b'!C3") at the commas outside quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

export async function readSheetGrid(name: string, onProgress?: ProgressFn): Promise<SheetGrid> {
  const features = detectFeatures();
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    if (used.isNullObject) return { name, rows: [], merges: [] };

    // Read from A1 to the used range's far corner, so that the grid's indices are the sheet's own: addresses the
    // core makes (marks, problems, links) are then right even when the used range starts below or right of A1.
    const rowIndex = 0;
    const columnIndex = 0;
    const rowCount = used.rowIndex + used.rowCount;
    const columnCount = used.columnIndex + used.columnCount;
    const rows: CellValue[][] = [];
    let merged: Excel.RangeAreas | null = null;
    let per = Math.max(1, Math.min(rowCount, Math.floor(FIRST_BLOCK_CELLS / columnCount)));
    let r = 0;
    while (r < rowCount) {
      const n = Math.min(per, rowCount - r);
      const block = ws.getRangeByIndexes(rowIndex + r, columnIndex, n, columnCount).load('values');
      const withMerges: boolean = features.mergedAreas && merged === null;
      const areas: Excel.RangeAreas | null = withMerges ? used.getMergedAreasOrNullObject().load('address') : null;
      try {
        await context.sync();
      } catch (e) {
        if (isPayloadError(e) && n > 1) {
          per = Math.ceil(n / 2);
          continue;
        }
        throw e;
      }
      if (areas) merged = areas;
      for (const line of block.values) rows.push(line.map(toCellValue));
      const bytesPerRow = payloadBytes(block.values) / n;
      per = Math.max(1, Math.floor(BLOCK_RESPONSE_BYTES / Math.max(bytesPerRow, 1)));
      r += n;
      onProgress?.({ fraction: r / rowCount, label: `读取工作表“${name}”：${r} / ${rowCount} 行` });
    }

    const merges: MergeRange[] = [];
    if (merged && !merged.isNullObject) {
      for (const a of splitAreas(merged.address)) {
        const m = parseArea(a);
        if (m) merges.push({ top: m.top - rowIndex, left: m.left - columnIndex, bottom: m.bottom - rowIndex, right: m.right - columnIndex });
      }
    }
    const grid: SheetGrid = { name, rows, merges };
    if (rowIndex) grid.originRow = rowIndex;
    if (columnIndex) grid.originCol = columnIndex;
    return grid;
  });
}
