/**
 * Sorting the rows under the header: schools, blank spacers, 合计/总计/小计 rows, and notes (填表说明, 注：…,
 * 填表人, section labels such as "一、城区学校"). One linear pass, so a 200 000-row sheet stays fast.
 */
import { readText } from '../cells/read';
import { normalizeText, parseUnit } from '../cells/units';
import type { CellValue, SheetGrid } from '../grid';
import type { SkipReason } from './types';

const TOTAL = /^(.{0,12}(合计|总计|小计|累计|共计)|全县|全区|全市|全旗|总数|其中[:：].*)$/;
const NOTE =
  /^((注|备注|说明|填表说明|填报说明|填表人|填报人|制表人|制表|审核人|审核|负责人|单位负责人|统计负责人|联系电话|联系人|填报日期|填表日期|制表日期|报出日期|数据来源|资料来源)(\d|[一二三四五六七八九十])?[:：]|填表说明|填报说明|注\d?[:：、.]|(注|说明|备注)$)/;
/** "一、城区学校", "（二）乡村小学", "第三片区" — section labels between groups of schools. */
const SECTION = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[片组类部分])|[:：]$/;
/** Column-number row under the header of statistical forms: 甲 乙 1 2 3 … */
const COLUMN_LABEL = /^(甲|乙|丙|丁|栏次|栏号|序号|行次|代码|编号)$/;

export interface RowContext {
  sheet: SheetGrid;
  lastColumn: number;
  nameColumn: number;
  /** Mapped numeric columns. */
  numberColumns: number[];
  /** Rows holding a horizontal merge over ≥ 3 columns (a label spread across the table). */
  wideMergeRows: Set<number>;
}

function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '' || /^[-－—–―/／\s]+$/.test(v);
  return false;
}

function textOf(v: CellValue | undefined): string | null {
  if (typeof v !== 'string') return null;
  const t = /\s/.test(v) ? v.replace(/\s+/g, '') : v;
  return t === '' ? null : t;
}

/** A cell that holds a number (typed, or as text with an optional unit). */
function isNumeric(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'string') return false;
  const s = normalizeText(v);
  const m = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(.*)$/.exec(s);
  return !!m && (m[4] === '' || m[4] === '万' || parseUnit(m[4]) !== null);
}

function numericCount(ctx: RowContext, row: CellValue[]): number {
  let n = 0;
  for (const c of ctx.numberColumns) if (isNumeric(row[c])) n++;
  return n;
}

/** True for the 甲 乙 1 2 3 … row printed under the header of statistical forms. */
export function isColumnNumberRow(ctx: RowContext, r: number): boolean {
  const row = ctx.sheet.rows[r] ?? [];
  let prev: number | null = null;
  let run = 0;
  for (let c = 0; c <= ctx.lastColumn; c++) {
    const v = row[c];
    if (typeof v !== 'number') continue;
    if (prev !== null && v !== prev + 1) return false;
    prev = v;
    run++;
  }
  if (run < 3) return false;
  const name = row[ctx.nameColumn];
  return isBlank(name) || (typeof name === 'string' && COLUMN_LABEL.test(name.replace(/\s+/g, ''))) || typeof name === 'number';
}

export interface RowSorter {
  /** null for a school row. */
  classify(r: number): SkipReason | null;
}

/** Rows are classified in order; after a note, only rows that clearly hold data are schools again. */
export function rowSorter(ctx: RowContext): RowSorter {
  let inNotes = false;
  const labelColumns = Math.min(ctx.lastColumn, Math.max(ctx.nameColumn, 2));
  return {
    classify(r: number): SkipReason | null {
      const row = ctx.sheet.rows[r];
      if (!row) return 'blank';
      let first: CellValue | undefined;
      let firstCol = -1;
      for (let c = 0; c <= ctx.lastColumn && c < row.length; c++) {
        if (!isBlank(row[c])) {
          first = row[c];
          firstCol = c;
          break;
        }
      }
      if (firstCol < 0) return 'blank';
      for (let c = firstCol; c <= labelColumns && c < row.length; c++) {
        const t = textOf(row[c]);
        if (t !== null && TOTAL.test(t)) return 'total';
      }
      const firstText = textOf(first);
      if (firstText !== null && NOTE.test(firstText)) {
        inNotes = true;
        return 'note';
      }
      if (inNotes) {
        if (numericCount(ctx, row) < 2) return 'note';
        inNotes = false;
      }
      // Cheap tests first: counting numbers reads every numeric cell.
      if (firstText !== null && (SECTION.test(firstText) || (ctx.wideMergeRows.has(r) && onlyOneText(row, ctx.lastColumn)))) {
        if (numericCount(ctx, row) === 0) return 'note';
      }
      return null;
    },
  };
}

function onlyOneText(row: CellValue[], lastColumn: number): boolean {
  let seen: string | null = null;
  for (let c = 0; c <= lastColumn && c < row.length; c++) {
    if (isBlank(row[c])) continue;
    const t = readText(row[c]) ?? ''; // never String(): a cell object may have no prototype
    if (seen !== null && t !== seen) return false;
    seen = t;
  }
  return true;
}
