import type { FieldId } from '../fields';

/** One column of the census table and the field it was mapped to. */
export interface ColumnMapping {
  /** 0-based column index in the sheet grid. */
  column: number;
  /** Column letter, e.g. "H". */
  letter: string;
  /** Header text with parents joined by " / ", e.g. "在校生数 / 小学" (units kept as written). */
  header: string;
  field: FieldId | null;
  /** Multiply the cell's number by this to get the field's base unit (万元 → 10000). */
  factor: number;
  /** Unit as written in the header ("万元", "平方米"), if any. */
  unit: string | null;
  /** 0..1; 1 for an exact synonym, lower for partial matches; 1 for a user override. */
  confidence: number;
  source: 'auto' | 'user';
}

export type SkipReason = 'blank' | 'total' | 'note';

export interface DetectedTable {
  sheet: string;
  /** 0-based index of the first header row. */
  headerTop: number;
  /** How many header rows (1–3). */
  headerRows: number;
  /** 0-based rows holding schools, in sheet order (blank, 合计/总计/小计 and note rows excluded). */
  dataRows: number[];
  skipped: { row: number; reason: SkipReason }[];
  columns: ColumnMapping[];
  /** Last column of the table (0-based, inclusive). */
  lastColumn: number;
}

/** A user's correction of one column: by letter; field null unmaps the column. */
export interface MappingOverride {
  column: string;
  field: FieldId | null;
  factor?: number;
}
