/**
 * Small helpers every generated sheet uses, so all four look alike: a title line, a line naming the census sheet,
 * the standard and the date, a shaded header, bordered body cells.
 */
import { columnName, parseA1 } from '../grid';
import type { CellSpec, MergeSpec, SheetModel } from '../sheet/model';

export interface SheetContext {
  census: string;
  standard: string;
  date: string;
}

export const HEADER_FILL = 'D9D9D9';
export const GROUP_FILL = 'F2F2F2';

export const text = (v: string, extra: Partial<CellSpec> = {}): CellSpec => ({ v, border: true, ...extra });
export const num = (v: number | null, fmt: string, extra: Partial<CellSpec> = {}): CellSpec =>
  v === null || !Number.isFinite(v) ? { v: '—', border: true, align: 'center', ...extra } : { v, fmt, border: true, align: 'right', ...extra };
export const head = (v: string, extra: Partial<CellSpec> = {}): CellSpec => ({
  v,
  bold: true,
  fill: HEADER_FILL,
  border: true,
  align: 'center',
  wrap: true,
  ...extra,
});

export class SheetBuilder {
  readonly rows: (CellSpec | null)[][] = [];
  readonly merges: MergeSpec[] = [];
  private headerAt = -1;

  constructor(readonly width: number) {}

  /** Appends a row and returns its 0-based index. */
  add(cells: (CellSpec | null)[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  /** A row whose one cell spans columns c0..c1 (all columns by default). */
  addSpanning(cell: CellSpec, c0 = 0, c1 = this.width - 1): number {
    const cells: (CellSpec | null)[] = [];
    for (let c = 0; c < c0; c++) cells.push(null);
    cells.push(cell);
    // Bordered spans need the border on every covered cell, or printers drop the right edge.
    for (let c = c0 + 1; c <= c1; c++) cells.push(cell.border ? { v: null, border: true, fill: cell.fill } : null);
    const r = this.add(cells);
    if (c1 > c0) this.merge(r, c0, r, c1);
    return r;
  }

  merge(r0: number, c0: number, r1: number, c1: number): void {
    this.merges.push({ range: `${columnName(c0)}${r0 + 1}:${columnName(c1)}${r1 + 1}` });
  }

  /** Title line and the line naming census sheet, standard and date. */
  addTitle(title: string, ctx: SheetContext): void {
    this.addSpanning({ v: title, bold: true, size: 16, align: 'center' });
    this.addSpanning({
      v: `数据来源：工作表“${ctx.census}”　　评估标准：${ctx.standard}　　生成日期：${ctx.date}`,
      size: 10,
      align: 'center',
      wrap: true,
    });
  }

  /** The table's header row: frozen and repeated on every printed page. */
  addHeader(labels: (string | CellSpec)[]): number {
    this.headerAt = this.add(labels.map((h) => (typeof h === 'string' ? head(h) : h)));
    return this.headerAt;
  }

  blank(): number {
    return this.add([]);
  }

  sheet(meta: { id: string; name: string; columnWidths: number[] }): SheetModel {
    const top = this.headerAt + 1; // 1-based row of the header
    return {
      id: meta.id,
      name: meta.name,
      rows: this.rows,
      merges: this.merges,
      columnWidths: meta.columnWidths,
      frozenRows: top,
      landscape: true,
      printTitleRows: `${top}:${top}`,
      rowHeights: rowHeights(this.rows, this.merges, meta.columnWidths),
    };
  }
}

/** Display width in character units: CJK and full-width characters take two. */
export function textWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

const LINE_PT = 15;
/** Body rows a little taller than Excel's default, as printed bureau tables are. */
const MIN_ROW_PT = 18;

/** Heights for rows with large or wrapped text, estimated from column widths (merged cells span several). */
export function rowHeights(rows: (CellSpec | null)[][], merges: MergeSpec[], widths: number[]): (number | null)[] {
  const span = new Map<string, number>();
  for (const m of merges) {
    const [a, b] = m.range.split(':');
    const p = parseA1(a);
    const q = parseA1(b);
    span.set(`${p.row}:${p.col}`, q.col - p.col + 1);
  }
  return rows.map((row, r) => {
    let h = 0;
    row.forEach((cell, c) => {
      if (!cell || cell.v === null) return;
      const scale = (cell.size ?? 11) / 11;
      let lines = 1;
      if (cell.wrap && typeof cell.v === 'string') {
        let width = 0;
        for (let k = 0; k < (span.get(`${r}:${c}`) ?? 1); k++) width += widths[c + k] ?? 9;
        lines = Math.max(1, Math.ceil((textWidth(cell.v) * scale) / Math.max(width - 1, 1)));
      }
      h = Math.max(h, MIN_ROW_PT, lines * LINE_PT * Math.max(scale, 1) + (lines > 1 || scale > 1 ? 4 : 0));
    });
    return h > 0 ? Math.round(h) : null;
  });
}
