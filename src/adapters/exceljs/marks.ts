/**
 * Marks on the census sheet without touching its cells: the mark codes go into a very hidden sheet that mirrors
 * the census addresses, and three conditional-format rules on the census range read the mirror through a
 * workbook name (OFFSET(_JunhengMarks,ROW()-1,COLUMN()-1)). Marking is a constant amount of work on the census
 * sheet; clearing deletes the three rules, the name and the mirror, and every cell is as it was.
 */
import type ExcelJS from 'exceljs';
import { MARKS_NAME, MARKS_SHEET } from '../../core/output/settings';
import { MARK_STYLE, type MarkKind, type MarkSet } from '../../core/sheet/model';
import { getSheet, quoteSheet, uniqueSheetName } from './names';
import { readSettings } from './settings';

export const MARK_CODE: Record<MarkKind, number> = { fail: 1, error: 2, warning: 3 };

export function markFormula(kind: MarkKind): string {
  return `OFFSET(${MARKS_NAME},ROW()-1,COLUMN()-1)=${MARK_CODE[kind]}`;
}

const cfsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

const isOurs = (cf: ExcelJS.ConditionalFormattingOptions) =>
  cf.rules.some((r) => 'formulae' in r && (r.formulae ?? []).some((f) => String(f).includes(MARKS_NAME)));

/** Writes the marks; returns the mirror sheet's name. Assumes earlier marks were cleared. */
export function writeMarks(wb: ExcelJS.Workbook, marks: MarkSet): { sheet: string | null; warnings: string[] } {
  const census = getSheet(wb, marks.sheet);
  if (!census) {
    return { sheet: null, warnings: [`未找到统计表“${marks.sheet}”，未做标记 / census sheet "${marks.sheet}" not found; nothing marked`] };
  }
  const mirror = wb.addWorksheet(uniqueSheetName(wb, MARKS_SHEET), { state: 'veryHidden' });
  for (const m of marks.marks) mirror.getCell(m.cell).value = MARK_CODE[m.kind];
  wb.definedNames.add(`${quoteSheet(mirror.name)}!$A$1`, MARKS_NAME);
  // Error first: it is what must be fixed before anything else is trusted. Our rules come after the user's
  // (explicit priorities: exceljs would reuse the user's highest one).
  const kinds: MarkKind[] = ['error', 'fail', 'warning'];
  const top = (cfsOf(census) ?? []).reduce((p, cf) => Math.max(p, ...cf.rules.map((r) => r.priority ?? 0)), 0);
  census.addConditionalFormatting({
    ref: marks.range,
    rules: kinds.map((k, i) => ({
      type: 'expression',
      priority: top + 1 + i,
      formulae: [markFormula(k)],
      style: {
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF' + MARK_STYLE[k].fill } },
        font: { color: { argb: 'FF' + MARK_STYLE[k].color } },
      },
    })) as ExcelJS.ConditionalFormattingRule[],
  });
  return { sheet: mirror.name, warnings: [] };
}

/** Removes Junheng's marks (rules, name, mirror sheet); the user's own conditional formats stay. */
export function clearMarks(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    if (cfsOf(ws)?.some(isOurs)) ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isOurs(cf));
  }
  const names = wb.definedNames as unknown as { matrixMap: Record<string, unknown> };
  for (const n of Object.keys(names.matrixMap)) if (n.toLowerCase() === MARKS_NAME.toLowerCase()) delete names.matrixMap[n];
  const owned = readSettings(wb)?.ownedSheets.marks;
  const mirror = owned ? getSheet(wb, owned) : wb.worksheets.find((ws) => ws.name === MARKS_SHEET && ws.state === 'veryHidden');
  if (mirror && mirror.state !== 'visible') wb.removeWorksheet(mirror.id);
}
