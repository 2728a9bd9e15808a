/**
 * The committed sample workbook must be what the generator makes today (re-run `npm run sample` after changing
 * the generator), and writeGridToXlsx must keep text, errors and merges as they are.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, MergeRange, SheetGrid } from '../../src/core/grid';
import { generateCounty, SAMPLE_SHEET_NAME } from '../../src/sample/generate';
import { writeGridToXlsx } from '../../src/sample/xlsx';
import { SAMPLE_PATH, SAMPLE_SCHOOLS } from '../../src/sample/write-sample';

/** Reads a worksheet back as a grid with exceljs directly (independent of the project's reader). */
function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      out[c - 1] = v === undefined || v === null ? null : typeof v === 'object' && 'error' in v ? { error: String(v.error) } : (v as CellValue);
    });
    rows[r - 1] = out;
  });
  const merges: MergeRange[] = (ws.model.merges ?? []).map((range: string) => {
    const [a, b] = range.split(':');
    const tl = ws.getCell(a);
    const br = ws.getCell(b);
    return { top: Number(tl.row) - 1, left: Number(tl.col) - 1, bottom: Number(br.row) - 1, right: Number(br.col) - 1 };
  });
  return { name: ws.name, rows, merges };
}

function sameCells(actual: SheetGrid, expected: SheetGrid): string[] {
  const diffs: string[] = [];
  const n = Math.max(actual.rows.length, expected.rows.length);
  for (let r = 0; r < n; r++) {
    const a = actual.rows[r] ?? [];
    const e = expected.rows[r] ?? [];
    for (let c = 0; c < Math.max(a.length, e.length); c++) {
      const av = a[c] ?? null;
      const ev = e[c] ?? null;
      if (JSON.stringify(av) !== JSON.stringify(ev)) diffs.push(`row ${r + 1} col ${c + 1}: ${JSON.stringify(av)} ≠ ${JSON.stringify(ev)}`);
    }
  }
  return diffs;
}

const byPosition = (a: MergeRange, b: MergeRange) => a.top - b.top || a.left - b.left;

describe('sample workbook', () => {
  it('is committed and equals the generator output (sheets 说明 then 学校基本情况)', async () => {
    expect(fs.existsSync(SAMPLE_PATH)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_PATH);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', SAMPLE_SHEET_NAME]);
    const { grid } = generateCounty({ schools: SAMPLE_SCHOOLS, messy: true });
    const read = sheetToGrid(wb.getWorksheet(SAMPLE_SHEET_NAME)!);
    expect(sameCells(read, grid)).toEqual([]);
    expect([...read.merges].sort(byPosition)).toEqual([...grid.merges].sort(byPosition));
  });

  it('writeGridToXlsx round-trips text numbers, full-width digits, error values and merges', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-sample-'));
    try {
      const { grid } = generateCounty({ schools: 30, seed: 5, messy: true });
      const file = path.join(dir, 'county.xlsx');
      await writeGridToXlsx(grid, file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const read = sheetToGrid(wb.worksheets[0]);
      expect(read.name).toBe(grid.name);
      expect(sameCells(read, grid)).toEqual([]);
      expect([...read.merges].sort(byPosition)).toEqual([...grid.merges].sort(byPosition));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
