/** Shared set-up for the Office.js adapter tests: a generated county in the fake Excel, and its WorkbookModel. */
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { evaluate } from '../../src/core/evaluate';
import { buildWorkbookModel } from '../../src/core/output';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { generateCounty } from '../../src/sample/generate';
import { installFakeOffice, type FakeExcelHost, type FakeOptions, type FakeSheetData, type FakeValue } from '../fakes/excel-fake';

export function fakeValue(v: CellValue): FakeValue | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return v.error;
  return v;
}

export function sheetData(grid: SheetGrid): FakeSheetData {
  const r0 = grid.originRow ?? 0;
  const c0 = grid.originCol ?? 0;
  const rows: (FakeValue | null)[][] = [];
  for (let r = 0; r < r0; r++) rows.push([]);
  for (const row of grid.rows) rows.push([...new Array<null>(c0).fill(null), ...row.map(fakeValue)]);
  const col = (c: number) => {
    let n = c + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  };
  const merges = grid.merges.map((m) => `${col(m.left + c0)}${m.top + r0 + 1}:${col(m.right + c0)}${m.bottom + r0 + 1}`);
  return { name: grid.name, rows, merges };
}

export interface County {
  grid: SheetGrid;
  model: WorkbookModel;
}

const cache = new Map<string, County>();

/** A generated county (messy layout) evaluated with quality-2017, as the task pane would do it. */
export function county(schools: number, seed = 11): County {
  const k = `${schools}:${seed}`;
  const hit = cache.get(k);
  if (hit) return hit;
  const { grid } = generateCounty({ schools, seed, messy: true });
  const ev = evaluate({ sheets: [grid] }, { standard: 'quality-2017' });
  const model = buildWorkbookModel(ev, { date: '2026-09-01' });
  const c = { grid, model };
  cache.set(k, c);
  return c;
}

export function installCounty(c: County, opts: FakeOptions = {}, extra: FakeSheetData[] = []): FakeExcelHost {
  return installFakeOffice(globalThis, { sheets: [sheetData(c.grid), ...extra] }, opts);
}

/** Every cell of a sheet (value, formula, formats) as plain data, to compare before/after. */
export function snapshot(fake: FakeExcelHost, name: string): unknown {
  const s = fake.workbook.sheet(name);
  return {
    cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]).map(([k, c]) => [k, JSON.stringify(c)]),
    merges: JSON.stringify(s.merges),
    cfs: s.conditionalFormats.length,
    visibility: s.visibility,
  };
}
