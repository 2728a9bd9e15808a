/**
 * Finding the census table in a sheet: which rows are the header (1–3 rows, under any title rows), which field each
 * column holds, and which rows are schools. Indices are 0-based into sheet.rows (the caller adds originRow/Col).
 *
 * The header is searched in the first rows only, then the data rows are sorted in one linear pass, so a
 * 200 000-row sheet is processed quickly.
 */
import { normalizeText } from '../cells/units';
import { FIELD_BY_ID, fieldDef, type FieldId } from '../fields';
import { columnIndex, columnName, type MergeRange, type SheetGrid, type WorkbookGrid } from '../grid';
import { joinHeaderRows, looksLikeDataRow, readHeaderGrid } from './header';
import { isColumnNumberRow, rowSorter, type RowContext } from './rows';
import { factorFor, matchHeader, parseHeader } from './synonyms';
import type { ColumnMapping, DetectedTable, MappingOverride, SkipReason } from './types';

/** How far down the header may start, and how many header rows it may have. */
export const HEADER_SCAN_ROWS = 30;
export const MAX_HEADER_ROWS = 3;

interface Candidate {
  top: number;
  depth: number;
  columns: ColumnMapping[];
  score: number;
  cuts: number;
}

function autoColumns(headers: string[]): ColumnMapping[] {
  const cols: ColumnMapping[] = [];
  for (let c = 0; c < headers.length; c++) {
    const header = headers[c];
    if (header === '') continue;
    const m = matchHeader(header);
    cols.push({
      column: c,
      letter: columnName(c),
      header,
      field: m.field,
      factor: m.factor,
      unit: m.unit,
      confidence: m.field ? m.confidence : 0,
      source: 'auto',
    });
  }
  return cols;
}

/**
 * One field → one column: a user's choice first, then the most confident (then the leftmost) column keeps it; the
 * others are unmapped but stay listed.
 */
function resolveDuplicates(cols: ColumnMapping[]): ColumnMapping[] {
  const owner = new Map<FieldId, ColumnMapping>();
  for (const col of cols) if (col.field && col.source === 'user') owner.set(col.field, col);
  for (const col of cols) {
    if (!col.field || col.source === 'user') continue;
    const prev = owner.get(col.field);
    if (!prev) {
      owner.set(col.field, col);
    } else if (prev.source === 'auto' && col.confidence > prev.confidence + 1e-9) {
      unmap(prev);
      owner.set(col.field, col);
    } else {
      unmap(col);
    }
  }
  return cols;
}

function unmap(col: ColumnMapping): void {
  col.field = null;
  col.confidence = 0;
  const u = parseHeader(col.header).unit;
  col.factor = u ? u.factor : 1;
}

/**
 * A user's override wins over everything, including another column that claimed the same field (resolved by
 * resolveDuplicates, so that unmapping a column lets the next candidate take its field).
 */
function applyOverrides(cols: ColumnMapping[], overrides: MappingOverride[] | undefined): ColumnMapping[] {
  if (!overrides || overrides.length === 0) return cols;
  for (const o of overrides) {
    if (typeof o?.column !== 'string' || !/^[A-Za-z]{1,3}$/.test(o.column.trim())) continue;
    if (o.field !== null && !FIELD_BY_ID.has(o.field)) continue;
    const index = columnIndex(o.column.trim());
    let col = cols.find((x) => x.column === index);
    if (!col) {
      col = { column: index, letter: columnName(index), header: '', field: null, factor: 1, unit: null, confidence: 0, source: 'auto' };
      cols.push(col);
    }
    // Of two overrides naming the same field, the later one wins.
    if (o.field !== null) for (const other of cols) if (other !== col && other.source === 'user' && other.field === o.field) unmap(other);
    const unit = parseHeader(col.header).unit;
    col.field = o.field;
    col.factor = typeof o.factor === 'number' && Number.isFinite(o.factor) && o.factor > 0 ? o.factor : factorFor(o.field, unit);
    col.confidence = 1;
    col.source = 'user';
  }
  cols.sort((a, b) => a.column - b.column);
  return cols;
}

function isNumeric(field: FieldId): boolean {
  return fieldDef(field).kind !== 'text';
}

/** A census table needs a school-name column and at least one numeric field. */
function scoreColumns(cols: ColumnMapping[]): number {
  let hasName = false;
  let numbers = 0;
  let score = 0;
  for (const col of cols) {
    if (!col.field) continue;
    if (col.field === 'name') hasName = true;
    else if (isNumeric(col.field)) numbers++;
    score += col.confidence;
  }
  return hasName && numbers > 0 ? score : 0;
}

/** "金额单位：万元" written above the table applies to money columns whose header names no unit. */
function applySheetMoneyUnit(sheet: SheetGrid, top: number, cols: ColumnMapping[]): void {
  let wan = false;
  for (let r = 0; r < top && !wan; r++) {
    for (const v of sheet.rows[r] ?? []) {
      if (typeof v === 'string' && /单位[:：][^。;]*万元/.test(normalizeText(v))) wan = true;
    }
  }
  if (!wan) return;
  for (const col of cols) {
    if (col.source === 'auto' && col.field && col.unit === null && fieldDef(col.field).kind === 'money') {
      col.unit = '万元';
      col.factor = 10000;
    }
  }
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (!b) return true;
  if (a.score > b.score + 1e-9) return true;
  if (a.score < b.score - 1e-9) return false;
  // Same fields found: a header that cuts no merged cell in two, then the fewer header rows (fewer title rows
  // swallowed into the header).
  if (a.cuts !== b.cuts) return a.cuts < b.cuts;
  return a.depth < b.depth;
}

/** Merged cells that start above the header's first row or run below its last row. */
function mergesCut(merges: MergeRange[], top: number, last: number): number {
  let n = 0;
  for (const m of merges) {
    if (m.top > last || m.bottom < top) continue;
    if (m.top < top || m.bottom > last) n++;
  }
  return n;
}

function findHeader(sheet: SheetGrid, overrides?: MappingOverride[]): Candidate | null {
  const scan = Math.min(sheet.rows.length, HEADER_SCAN_ROWS + MAX_HEADER_ROWS);
  const grid = readHeaderGrid(sheet, scan);
  const headerMerges = sheet.merges.filter((m) => m.top < scan);
  const blankRow = grid.text.map((row) => row.every((t) => t === null));
  const dataRow = grid.text.map((_row, r) => looksLikeDataRow(grid, r, sheet));
  let best: Candidate | null = null;
  for (let top = 0; top < Math.min(HEADER_SCAN_ROWS, scan); top++) {
    // A header's rows are contiguous: once one is found, only starts overlapping it can still beat it.
    if (best && top > best.top + MAX_HEADER_ROWS) break;
    if (blankRow[top] || dataRow[top]) continue;
    for (let depth = 1; depth <= MAX_HEADER_ROWS && top + depth <= scan; depth++) {
      const last = top + depth - 1;
      if (blankRow[last] || dataRow[last]) break;
      const columns = resolveDuplicates(applyOverrides(autoColumns(joinHeaderRows(grid, top, depth)), overrides));
      const score = scoreColumns(columns);
      if (score <= 0) continue;
      const cand: Candidate = { top, depth, columns, score, cuts: mergesCut(headerMerges, top, last) };
      if (better(cand, best)) best = cand;
    }
  }
  return best;
}

/** Find the census table in one sheet; null when no header with a school name and numbers is found. */
export function detectTable(sheet: SheetGrid, overrides?: MappingOverride[]): DetectedTable | null {
  const head = findHeader(sheet, overrides);
  if (!head) return null;
  const { top, depth, columns } = head;
  applySheetMoneyUnit(sheet, top, columns);
  const lastColumn = columns.reduce((m, c) => Math.max(m, c.column), 0);
  const nameCol = columns.find((c) => c.field === 'name');
  const ctx: RowContext = {
    sheet,
    lastColumn,
    nameColumn: nameCol ? nameCol.column : 0,
    numberColumns: columns.filter((c) => c.field && isNumeric(c.field)).map((c) => c.column),
    wideMergeRows: new Set(sheet.merges.filter((m) => m.top >= top + depth && m.right - m.left >= 2).map((m) => m.top)),
  };
  const dataRows: number[] = [];
  const skipped: { row: number; reason: SkipReason }[] = [];
  const sorter = rowSorter(ctx);
  let start = top + depth;
  // Statistical forms print 甲 乙 1 2 3 … under the header.
  while (start < sheet.rows.length && isColumnNumberRow(ctx, start)) skipped.push({ row: start++, reason: 'note' });
  for (let r = start; r < sheet.rows.length; r++) {
    const reason = sorter.classify(r);
    if (reason === null) dataRows.push(r);
    else skipped.push({ row: r, reason });
  }
  return { sheet: sheet.name, headerTop: top, headerRows: depth, dataRows, skipped, columns, lastColumn };
}

/** Sheets Junheng writes itself: never mistaken for the census. */
const OWN_OUTPUT = /差距值一览表|达标情况|差异系数|问题清单|推进时间表|资金测算|^_?junheng/i;

export function isOwnOutputSheet(name: string): boolean {
  return OWN_OUTPUT.test(name.trim());
}

/** How good a detected table is: mapped fields first, confidence as the tie-break. */
export function tableScore(table: DetectedTable): number {
  let fields = 0;
  let conf = 0;
  for (const c of table.columns) {
    if (!c.field) continue;
    fields++;
    conf += c.confidence;
  }
  return fields + conf / 1000;
}

/**
 * The census table of a workbook: in the named sheet only, or else in the sheet whose table maps the most fields
 * (Junheng's own output sheets are ignored).
 */
export function findCensusTable(
  wb: WorkbookGrid,
  sheetName?: string,
  overrides?: MappingOverride[],
): { sheet: SheetGrid; table: DetectedTable } | null {
  if (sheetName !== undefined) {
    const sheet =
      wb.sheets.find((s) => s.name === sheetName) ?? wb.sheets.find((s) => s.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
    if (!sheet) return null;
    const table = detectTable(sheet, overrides);
    return table ? { sheet, table } : null;
  }
  let best: { sheet: SheetGrid; table: DetectedTable; score: number } | null = null;
  for (const sheet of wb.sheets) {
    if (isOwnOutputSheet(sheet.name)) continue;
    const table = detectTable(sheet, overrides);
    if (!table) continue;
    const score = tableScore(table);
    if (!best || score > best.score) best = { sheet, table, score };
  }
  return best ? { sheet: best.sheet, table: best.table } : null;
}
