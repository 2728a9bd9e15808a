/**
 * The census rows held column by column: one Float64Array per mapped numeric field (NaN = blank or unreadable)
 * and a state byte per cell, plus one array per text field. A county of 200 000 rows then costs a few dozen
 * arrays instead of several objects per row (which the garbage collector would copy again and again).
 * The row-object API (SchoolRow) used by tests and small callers is converted to and from this form.
 */
import { FIELDS, type NumberFieldId } from '../fields';
import type { SchoolType, Stage, UrbanRural } from '../types';
import type { SchoolRow } from './read-rows';

export const NUMBER_FIELDS: readonly NumberFieldId[] = FIELDS.filter((f) => f.kind !== 'text').map((f) => f.id as NumberFieldId);
/** Index of each numeric field in NUMBER_FIELDS (the columns of a RowTable). */
export const FIELD_INDEX = Object.fromEntries(NUMBER_FIELDS.map((f, i) => [f, i])) as Record<NumberFieldId, number>;
export const FIELD_COUNT = NUMBER_FIELDS.length;

/** State byte of a cell. */
export const OK = 0;
export const BLANK = 1;
export const ERROR = 2;

export class RowTable {
  /** 1-based sheet row of each row. */
  readonly row: Int32Array;
  readonly name: string[];
  readonly code: (string | null)[];
  readonly typeText: (string | null)[];
  readonly type: (SchoolType | null)[];
  readonly ownership: (string | null)[];
  readonly urbanRural: (UrbanRural | null)[];
  readonly township: (string | null)[];
  readonly stageLabel: (Stage | null)[];
  /** Per field index: the values (NaN = null), or undefined when the field has no column. */
  readonly num: (Float64Array | undefined)[];
  /** Per field index: OK, BLANK or ERROR per row (undefined when no column). */
  readonly state: (Uint8Array | undefined)[];
  /** 1 when some numeric cell of the row could not be used. */
  readonly hasErrors: Uint8Array;
  /** Explicit name / type cell addresses (tables made from row objects); otherwise letter + row. */
  nameCells: string[] | null = null;
  typeCells: (string | null)[] | null = null;

  constructor(
    readonly length: number,
    /** Column letter of each mapped numeric field: an address is letter + row. */
    readonly letters: Partial<Record<NumberFieldId, string>>,
    /** Fields with a column. */
    mapped: readonly NumberFieldId[],
    readonly nameLetter: string,
    readonly typeLetter: string | null,
  ) {
    this.row = new Int32Array(length);
    const arr = <T>(v: T): T[] => new Array<T>(length).fill(v);
    this.name = arr('');
    this.code = arr<string | null>(null);
    this.typeText = arr<string | null>(null);
    this.type = arr<SchoolType | null>(null);
    this.ownership = arr<string | null>(null);
    this.urbanRural = arr<UrbanRural | null>(null);
    this.township = arr<string | null>(null);
    this.stageLabel = arr<Stage | null>(null);
    this.num = NUMBER_FIELDS.map(() => undefined);
    this.state = NUMBER_FIELDS.map(() => undefined);
    for (const f of mapped) {
      this.num[FIELD_INDEX[f]] = new Float64Array(length);
      this.state[FIELD_INDEX[f]] = new Uint8Array(length);
    }
    this.hasErrors = new Uint8Array(length);
  }

  /** Value of a field: a number, null (blank or unreadable), undefined (no column). */
  value(i: number, fi: number): number | null | undefined {
    const c = this.num[fi];
    if (c === undefined) return undefined;
    const v = c[i];
    return v === v ? v : null;
  }

  /** A1 address of a field's cell, undefined when the field has no column. */
  cell(i: number, fi: number): string | undefined {
    const l = this.letters[NUMBER_FIELDS[fi]];
    return l === undefined ? undefined : l + this.row[i];
  }

  nameCell(i: number): string {
    return this.nameCells ? this.nameCells[i] : this.nameLetter + this.row[i];
  }

  typeCell(i: number): string | null {
    if (this.typeCells) return this.typeCells[i];
    return this.typeLetter === null ? null : this.typeLetter + this.row[i];
  }

  /** Makes a value unknown after a rule rejected it. */
  invalidate(i: number, fi: number): void {
    (this.num[fi] as Float64Array)[i] = NaN;
    (this.state[fi] as Uint8Array)[i] = ERROR;
    this.hasErrors[i] = 1;
  }
}

/** A table holding the given row objects (a field has a column when some row has a value or null for it). */
export function tableOfRows(rows: readonly SchoolRow[]): RowTable {
  const mapped = NUMBER_FIELDS.filter((f) => rows.some((s) => s.nums[f] !== undefined));
  const letters: Partial<Record<NumberFieldId, string>> = {};
  for (const s of rows) Object.assign(letters, s.letters);
  const t = new RowTable(rows.length, letters, mapped, 'A', null);
  t.nameCells = rows.map((s) => s.nameCell);
  t.typeCells = rows.map((s) => s.typeCell);
  rows.forEach((s, i) => {
    t.row[i] = s.row;
    t.name[i] = s.name;
    t.code[i] = s.code;
    t.typeText[i] = s.typeText;
    t.type[i] = s.type;
    t.ownership[i] = s.ownership;
    t.urbanRural[i] = s.urbanRural;
    t.township[i] = s.township;
    t.stageLabel[i] = s.stageLabel;
    for (const f of mapped) {
      const fi = FIELD_INDEX[f];
      const v = s.nums[f];
      (t.num[fi] as Float64Array)[i] = v == null ? NaN : v;
      const st = s.state[f];
      (t.state[fi] as Uint8Array)[i] = st === 'blank' ? BLANK : st === 'error' ? ERROR : OK;
      if (st === 'error') t.hasErrors[i] = 1;
    }
  });
  return t;
}

/** Writes what validation changed (values made unknown, inferred types) back into the row objects. */
export function writeBack(t: RowTable, rows: SchoolRow[]): void {
  rows.forEach((s, i) => {
    s.type = t.type[i];
    for (let fi = 0; fi < FIELD_COUNT; fi++) {
      const st = t.state[fi];
      if (!st || st[i] !== ERROR) continue;
      const f = NUMBER_FIELDS[fi];
      if (s.state[f] === 'error') continue;
      s.nums[f] = null;
      s.state[f] = 'error';
    }
  });
}
