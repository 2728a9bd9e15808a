/**
 * The sheet model: every write Junheng makes to a workbook, described as data. The core builds it; the exceljs
 * writer (CLI, standalone page) and the Office.js writer (add-in) apply it. No output layout is written twice.
 */

/** A cell to write. Strings are always literal text (never a formula), whatever they start with. */
export interface CellSpec {
  v: string | number | null;
  /** Excel number format, e.g. "#,##0.00", "0.0%", "0.000". */
  fmt?: string;
  /** Background fill, "RRGGBB". */
  fill?: string;
  bold?: boolean;
  /** Font colour, "RRGGBB". */
  color?: string;
  size?: number;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: boolean;
  /** A link that jumps to a cell of this workbook. */
  link?: { sheet: string; cell: string };
}

export interface MergeSpec {
  /** A1 range, e.g. "A1:H1". */
  range: string;
}

export interface SheetModel {
  /** Logical id of the sheet ("gaps", "compliance", "dispersion", "problems", "plan", "costs"). */
  id: string;
  /** Wanted name, e.g. "差距值一览表"; the writer adds a suffix when a user's sheet already has it. */
  name: string;
  /** rows[r][c], 0-based, starting at A1. null = leave empty. */
  rows: (CellSpec | null)[][];
  merges: MergeSpec[];
  /** Column widths in characters, by 0-based column. */
  columnWidths: number[];
  /** Rows frozen at the top (title + header). */
  frozenRows: number;
  /** Print setup: A4 landscape, fit to width. */
  landscape: boolean;
  /** Rows to repeat at the top of each printed page, e.g. "3:4". */
  printTitleRows?: string;
  /** Row heights in points by 0-based row (null = default); wrapped text needs them, Excel does not autofit on open. */
  rowHeights?: (number | null)[];
}

export type MarkKind = 'fail' | 'error' | 'warning';

/** A census cell to mark, with why. */
export interface Mark {
  /** A1 address in the census sheet. */
  cell: string;
  kind: MarkKind;
  reason: string;
}

export interface MarkSet {
  /** Census sheet name. */
  sheet: string;
  /** A1 range of the census table (header + data), which the marks mirror. */
  range: string;
  marks: Mark[];
}

/** Colours of the marks (declaration form: failing value on a dark background). */
export const MARK_STYLE: Record<MarkKind, { fill: string; color: string; zh: string; en: string }> = {
  fail: { fill: '404040', color: 'FFFFFF', zh: '未达标指标的数据单元格（深色底）', en: 'Input of an unmet indicator (dark)' },
  error: { fill: 'FF9999', color: '000000', zh: '无法读取的单元格（红色）', en: 'Unreadable cell (red)' },
  warning: { fill: 'FFE699', color: '000000', zh: '需核对的单元格（黄色）', en: 'Cell to check (yellow)' },
};

/** Settings Junheng keeps in the workbook (hidden sheet), shared by the CLI and the add-in. */
export interface JunhengSettings {
  version: 1;
  /** Names of the sheets Junheng created, by logical id: only these are ever replaced or deleted. */
  ownedSheets: Record<string, string>;
  censusSheet: string | null;
  standard: string;
  province: string | null;
  /** Column overrides by letter. */
  mapping: { column: string; field: string | null; factor?: number }[];
  /** Plan parameters (remediation-plan issue), free-form but zod-validated by the planner. */
  plan?: unknown;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  marks: MarkSet | null;
  settings: JunhengSettings;
}
