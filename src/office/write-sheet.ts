/**
 * Queues the writes of one SheetModel into a new worksheet: values in large row blocks, number formats and styles
 * grouped into rectangles (multi-area ranges on ExcelApi 1.9), merges, column widths, frozen header, links, print
 * setup. Nothing here syncs; the Batcher decides when to send.
 */
import { columnName } from '../core/grid';
import type { CellSpec, SheetModel } from '../core/sheet/model';
import { Batcher, payloadBytes } from './batch';
import { literal, needsQuote } from './literal';
import { quoteSheet } from './names';
import { cellsToRects, chunkAddresses, rectAddress, rectCells, type Rect } from './rects';
import type { HostFeatures } from './support';

/** Rows of values per write are capped so one operation stays far below the request limit. */
const BLOCK_BYTES = 1024 * 1024;
const BODY_FONT = '宋体';
const TITLE_FONT = '黑体';
const BORDER_SIDES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** exceljs widths are in characters; Office.js wants points (7 px per character + 5 px padding, 0.75 pt per px). */
export function widthToPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return Math.round(px * 0.75 * 100) / 100;
}

/**
 * One formatting attribute with one value ("fill D9D9D9", "border", "align right"). Cells are grouped per
 * attribute, not per full style: a table's borders, a column's alignment, a header's fill each cover a few large
 * rectangles even when the combinations differ from cell to cell.
 */
type Attr =
  | { k: 'fill'; v: string }
  | { k: 'bold' }
  | { k: 'color'; v: string }
  | { k: 'size'; v: number }
  | { k: 'align'; v: NonNullable<CellSpec['align']> }
  | { k: 'wrap' }
  | { k: 'border'; sides?: readonly (typeof BORDER_SIDES)[number][] }
  | { k: 'link' };

function attrsOf(s: CellSpec): Attr[] {
  const out: Attr[] = [];
  if (s.fill) out.push({ k: 'fill', v: s.fill });
  if (s.bold) out.push({ k: 'bold' });
  if (s.color) out.push({ k: 'color', v: s.color });
  if (s.size) out.push({ k: 'size', v: s.size });
  if (s.align) out.push({ k: 'align', v: s.align });
  if (s.wrap) out.push({ k: 'wrap' });
  if (s.border) out.push({ k: 'border' });
  if (s.link) out.push({ k: 'link' });
  return out;
}

const ALIGN: Record<NonNullable<CellSpec['align']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};

function applyAttr(format: Excel.RangeFormat, a: Attr): void {
  switch (a.k) {
    case 'fill':
      format.fill.color = `#${a.v}`;
      break;
    case 'bold':
      format.font.bold = true;
      break;
    case 'color':
      format.font.color = `#${a.v}`;
      break;
    case 'size':
      format.font.size = a.v;
      if (a.v >= 14) format.font.name = TITLE_FONT;
      break;
    case 'align':
      format.horizontalAlignment = ALIGN[a.v];
      break;
    case 'wrap':
      format.wrapText = true;
      break;
    case 'border':
      for (const side of a.sides ?? BORDER_SIDES) format.borders.getItem(side).style = 'Continuous' as Excel.BorderLineStyle;
      break;
    case 'link':
      format.font.underline = 'Single' as Excel.RangeUnderlineStyle;
      break;
  }
}

/** Request bytes of one attribute write, object paths included. */
function attrBytes(a: Attr): number {
  return a.k === 'border' ? 6 * 200 : a.k === 'size' ? 300 : 150;
}

export interface SheetTarget {
  /** The worksheet; called only when queued operations run (the sheet's add() is queued before them). */
  ws: () => Excel.Worksheet;
  /** Final name of a sheet the model links to (a wanted name may have got a suffix). */
  sheetName: (wanted: string) => string;
}

export function queueSheet(batch: Batcher, target: SheetTarget, model: SheetModel, features: HostFeatures): void {
  const ws = target.ws;
  const height = model.rows.length;
  const width = model.rows.reduce((m, r) => Math.max(m, r.length), 0);

  // Values: whole rows at once, cut into blocks by size.
  let r0 = 0;
  while (r0 < height && width > 0) {
    let bytes = 0;
    let r1 = r0;
    const block: (string | number | boolean)[][] = [];
    while (r1 < height && (r1 === r0 || bytes < BLOCK_BYTES)) {
      const src = model.rows[r1];
      const row: (string | number | boolean)[] = new Array(width);
      for (let c = 0; c < width; c++) row[c] = literal(src[c]?.v ?? null);
      bytes += payloadBytes(row);
      block.push(row);
      r1++;
    }
    const top = r0;
    batch.add(bytes, () => {
      ws().getRangeByIndexes(top, 0, block.length, width).values = block;
    });
    r0 = r1;
  }
  if (width === 0) return;

  // Sheet-wide defaults first, so the grouped styles below override them.
  batch.add(200, () => {
    const all = ws().getRangeByIndexes(0, 0, Math.max(height, 1), width).format;
    all.font.name = BODY_FONT;
    all.verticalAlignment = 'Center' as Excel.VerticalAlignment;
  });

  // Number formats and styles: cells grouped by identical format, each group covered by rectangles.
  const fmtCells = new Map<string, [number, number][]>();
  const attrCells = new Map<string, { attr: Attr; cells: [number, number][] }>();
  const links: { r: number; c: number; text: string | number | null; link: NonNullable<CellSpec['link']> }[] = [];
  model.rows.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (!spec) return;
      if (spec.fmt) {
        const list = fmtCells.get(spec.fmt) ?? [];
        list.push([r, c]);
        fmtCells.set(spec.fmt, list);
      }
      for (const attr of attrsOf(spec)) {
        const k = JSON.stringify(attr);
        const g = attrCells.get(k) ?? { attr, cells: [] };
        g.cells.push([r, c]);
        attrCells.set(k, g);
      }
      if (spec.link) links.push({ r, c, text: spec.v, link: spec.link });
    }),
  );

  for (const [fmt, cells] of fmtCells) {
    for (const rect of cellsToRects(cells)) {
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      batch.add(rectCells(rect) * (payloadBytes(fmt) + 1), () => {
        const grid: string[][] = [];
        for (let i = 0; i < rows; i++) grid.push(new Array<string>(cols).fill(fmt));
        ws().getRangeByIndexes(rect.top, rect.left, rows, cols).numberFormat = grid;
      });
    }
  }

  // Inside borders only where a rectangle has an inside (Excel may refuse InsideVertical on a single column).
  const groups: { attr: Attr; rects: Rect[] }[] = [];
  for (const { attr, cells } of attrCells.values()) {
    const rects = cellsToRects(cells);
    if (attr.k !== 'border') {
      groups.push({ attr, rects });
      continue;
    }
    const byShape = new Map<string, Rect[]>();
    for (const r of rects) {
      const k = `${r.bottom > r.top}|${r.right > r.left}`;
      const list = byShape.get(k) ?? [];
      list.push(r);
      byShape.set(k, list);
    }
    for (const [k, list] of byShape) {
      const [tall, wide] = k.split('|').map((x) => x === 'true');
      const sides = BORDER_SIDES.filter((side) => (side !== 'InsideHorizontal' || tall) && (side !== 'InsideVertical' || wide));
      groups.push({ attr: { k: 'border', sides }, rects: list });
    }
  }
  for (const { attr, rects } of groups) {
    if (features.rangeAreas) {
      for (const list of chunkAddresses(rects.map(rectAddress))) {
        batch.add(list.length + attrBytes(attr), () => applyAttr(ws().getRanges(list).format, attr));
      }
    } else {
      for (const rect of rects) {
        batch.add(attrBytes(attr), () => applyAttr(ws().getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1).format, attr));
      }
    }
  }

  for (const m of model.merges) batch.add(80, () => ws().getRange(m.range).merge(false));

  model.columnWidths.forEach((w, c) => {
    if (w > 0) batch.add(60, () => (ws().getRange(`${columnName(c)}:${columnName(c)}`).format.columnWidth = widthToPoints(w)));
  });
  (model.rowHeights ?? []).forEach((h, r) => {
    if (h) batch.add(60, () => (ws().getRange(`${r + 1}:${r + 1}`).format.rowHeight = h));
  });

  for (const l of links) {
    const ref = `${quoteSheet(target.sheetName(l.link.sheet))}!${l.link.cell}`;
    const text = l.text === null ? null : String(l.text);
    // The cell's value is already written as literal text; pass it again only when Excel cannot misread it.
    const hyperlink: Excel.RangeHyperlink = text !== null && !needsQuote(text) ? { documentReference: ref, textToDisplay: text } : { documentReference: ref };
    batch.add(payloadBytes(hyperlink), () => (ws().getRangeByIndexes(l.r, l.c, 1, 1).hyperlink = hyperlink));
  }

  batch.add(120, () => {
    if (model.frozenRows > 0) ws().freezePanes.freezeRows(model.frozenRows);
    if (features.gridlines) ws().showGridlines = false;
    if (features.pageLayout) {
      ws().pageLayout.orientation = (model.landscape ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
      if (model.printTitleRows) ws().pageLayout.setPrintTitleRows(model.printTitleRows.replace(/(\d+)/g, '$$$1'));
    }
  });
}

