/**
 * The census marks, exactly as the exceljs writer makes them (src/adapters/exceljs/marks.ts), so a workbook marked
 * by the CLI or the standalone page is cleared by the add-in and the other way round: mark codes in a very hidden
 * mirror sheet at the census addresses, the workbook name _JunhengMarks on the mirror's A1, and three
 * conditional-format rules on the census range reading OFFSET(_JunhengMarks,ROW()-1,COLUMN()-1). The census
 * cells themselves are never written.
 */
import { MARK_CODE, markFormula } from '../adapters/exceljs/marks';
import { parseA1 } from '../core/grid';
import { MARKS_NAME } from '../core/output/settings';
import { MARK_STYLE, type MarkKind, type MarkSet } from '../core/sheet/model';
import { Batcher, payloadBytes } from './batch';
import { findSheet, type WorkbookState } from './inspect';
import { quoteSheet } from './names';

/** Error first: it is what must be fixed before anything else is trusted (same order as the exceljs writer). */
const RULE_ORDER: MarkKind[] = ['error', 'fail', 'warning'];

/** Queues the removal of earlier marks: the rules, the name, the mirror sheet. Returns the mirror's name if any. */
export function queueClearMarks(batch: Batcher, context: Excel.RequestContext, state: WorkbookState): string | null {
  for (const cf of state.markRules) batch.add(60, () => cf.delete());
  const name = state.marksName;
  if (name) batch.add(60, () => name.delete());
  const owned = state.settings?.ownedSheets.marks;
  const mirror = owned ? findSheet(state, owned) : state.sheets.find((s) => s.name === '_junheng_marks' && s.visibility === 'VeryHidden');
  if (mirror && mirror.visibility !== 'Visible') {
    batch.add(60, () => context.workbook.worksheets.getItem(mirror.name).delete());
    return mirror.name;
  }
  return null;
}

interface CodeBlock {
  top: number;
  left: number;
  rows: (number | string)[][];
}

/** Marked cells in few rectangles: consecutive marked rows share a block while it stays mostly marks. */
export function codeBlocks(marks: MarkSet): CodeBlock[] {
  const byRow = new Map<number, Map<number, number>>();
  for (const m of marks.marks) {
    const at = parseA1(m.cell);
    const row = byRow.get(at.row) ?? new Map<number, number>();
    row.set(at.col, MARK_CODE[m.kind]);
    byRow.set(at.row, row);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blocks: CodeBlock[] = [];
  let i = 0;
  while (i < rows.length) {
    const top = rows[i];
    let bottom = top;
    let left = Math.min(...byRow.get(top)!.keys());
    let right = Math.max(...byRow.get(top)!.keys());
    let count = byRow.get(top)!.size;
    i++;
    while (i < rows.length && rows[i] === bottom + 1) {
      const cols = [...byRow.get(rows[i])!.keys()];
      const l = Math.min(left, ...cols);
      const r = Math.max(right, ...cols);
      const n = count + cols.length;
      if ((r - l + 1) * (rows[i] - top + 1) > 3 * n + 64) break;
      left = l;
      right = r;
      count = n;
      bottom = rows[i];
      i++;
    }
    const grid: (number | string)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const codes = byRow.get(r);
      const line: (number | string)[] = [];
      for (let c = left; c <= right; c++) line.push(codes?.get(c) ?? '');
      grid.push(line);
    }
    blocks.push({ top, left, rows: grid });
  }
  return blocks;
}

/** Queues the marks: mirror sheet with codes, the name, the three rules on the census range. */
export function queueMarks(batch: Batcher, context: Excel.RequestContext, marks: MarkSet, mirrorName: string): void {
  let mirror: Excel.Worksheet | null = null;
  batch.add(80, () => {
    mirror = context.workbook.worksheets.add(mirrorName);
  });
  for (const b of codeBlocks(marks)) {
    batch.add(payloadBytes(b.rows), () => {
      mirror!.getRangeByIndexes(b.top, b.left, b.rows.length, b.rows[0].length).values = b.rows;
    });
  }
  batch.add(600, () => {
    mirror!.visibility = 'VeryHidden' as Excel.SheetVisibility;
    context.workbook.names.add(MARKS_NAME, `=${quoteSheet(mirrorName)}!$A$1`);
    const range = context.workbook.worksheets.getItem(marks.sheet).getRange(marks.range);
    for (const kind of RULE_ORDER) {
      const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
      cf.custom.rule.formula = `=${markFormula(kind)}`;
      cf.custom.format.fill.color = `#${MARK_STYLE[kind].fill}`;
      cf.custom.format.font.color = `#${MARK_STYLE[kind].color}`;
    }
  });
}
