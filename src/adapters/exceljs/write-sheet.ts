/**
 * Writes one SheetModel into a new exceljs worksheet: values, number formats, fills, fonts, borders, merges,
 * column widths, row heights, frozen header, A4 landscape print setup. Strings are always written as strings.
 */
import type ExcelJS from 'exceljs';
import type { CellSpec, SheetModel } from '../../core/sheet/model';
import { quoteSheet } from './names';

const BODY_FONT = '宋体';
const TITLE_FONT = '黑体';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

function styleKey(s: CellSpec): string {
  return [s.fmt, s.fill, s.bold, s.color, s.size, s.align, s.wrap, s.border, !!s.link].join('|');
}

function toStyle(s: CellSpec): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: (s.size ?? 11) >= 14 ? TITLE_FONT : BODY_FONT,
      size: s.size ?? 11,
      bold: s.bold || undefined,
      color: s.color ? { argb: 'FF' + s.color } : undefined,
      underline: s.link ? true : undefined,
    },
    alignment: { horizontal: s.align, vertical: 'middle', wrapText: s.wrap || undefined },
  };
  if (s.fmt) style.numFmt = s.fmt;
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + s.fill } };
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

/** The link's display text and target go into a HYPERLINK formula built here, quoted; see README. */
function linkValue(text: string, link: { sheet: string; cell: string }): ExcelJS.CellFormulaValue {
  const target = `#${quoteSheet(link.sheet)}!${link.cell}`;
  const lit = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${lit(target)},${lit(text)})`, result: text, date1904: false };
}

/**
 * exceljs checks each new merge against every earlier one (quadratic: 25 s for a 10 000-school gap table). The
 * model's merges never overlap (tested on the builders), so each is applied against an empty index, which is
 * then restored whole.
 */
function mergeAll(ws: ExcelJS.Worksheet, ranges: string[]): void {
  const w = ws as unknown as { _merges: Record<string, unknown> };
  const all = { ...w._merges };
  try {
    for (const r of ranges) {
      w._merges = {};
      ws.mergeCells(r);
      Object.assign(all, w._merges);
    }
  } finally {
    w._merges = all;
  }
}

export function writeSheet(ws: ExcelJS.Worksheet, model: SheetModel): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  model.columnWidths.forEach((w, c) => {
    ws.getColumn(c + 1).width = w;
  });
  model.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    const h = model.rowHeights?.[r];
    if (h) row.height = h;
    cells.forEach((spec, c) => {
      if (!spec) return;
      const cell = row.getCell(c + 1);
      if (spec.link && typeof spec.v === 'string') cell.value = linkValue(spec.v, spec.link);
      else if (spec.v !== null) cell.value = spec.v; // a string stays a string: exceljs never parses "=…" as a formula
      const key = styleKey(spec);
      let st = styles.get(key);
      if (!st) styles.set(key, (st = toStyle(spec)));
      cell.style = st;
    });
  });
  mergeAll(ws, model.merges.map((m) => m.range));
  ws.views = [
    model.frozenRows > 0
      ? { state: 'frozen', xSplit: 0, ySplit: model.frozenRows, topLeftCell: `A${model.frozenRows + 1}`, showGridLines: false }
      : { state: 'normal', showGridLines: false },
  ];
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: model.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (model.printTitleRows) ws.pageSetup.printTitlesRow = model.printTitleRows;
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&C第 &P 页，共 &N 页' };
}
