/**
 * Census rows → school rows, held column by column (RowTable): every mapped cell read once, every unreadable cell
 * reported at its address. A bad cell makes only that value unknown (null); the row and the rest of the county go on.
 * SchoolRow is the same row as one object, for tests and small callers (see table.ts for the conversion).
 */
import { readNumber, readText } from '../cells/read';
import { fieldDef, type NumberFieldId, type NumberKind, type TextFieldId } from '../fields';
import { columnName, type SheetGrid } from '../grid';
import { problem, type Problem } from '../problems';
import type { DetectedTable } from '../table/types';
import type { SchoolType, Stage, UrbanRural } from '../types';
import { BLANK, ERROR, FIELD_INDEX, RowTable } from './table';
import { parseSchoolType, parseStageLabel, parseUrbanRural } from './vocabulary';

/** Status of one numeric field of one row: a value, a blank cell, or an unreadable one. */
export type FieldState = 'ok' | 'blank' | 'error';

export interface SchoolRow {
  /** 1-based sheet row. */
  row: number;
  name: string;
  code: string | null;
  typeText: string | null;
  type: SchoolType | null;
  ownership: string | null;
  urbanRural: UrbanRural | null;
  township: string | null;
  /** Set when the row is one stage of a mixed school (学段 column or 小学部/初中部 suffix). */
  stageLabel: Stage | null;
  /** Base-unit values; null for blank or unreadable; undefined when the field has no column. */
  nums: Partial<Record<NumberFieldId, number | null>>;
  /** Only the fields that are not plainly readable: 'blank' or 'error' (absent means ok). */
  state: Partial<Record<NumberFieldId, FieldState>>;
  /** Column letter of each field, shared by all rows of the table: an address is letter + row (see cellOf). */
  letters: Partial<Record<NumberFieldId, string>>;
  /** Address of the name cell and of the type cell (for problems about the row). */
  nameCell: string;
  typeCell: string | null;
}

interface NumberColumn {
  col: number;
  kind: NumberKind;
  factor: number;
  field: NumberFieldId;
  /** Column letter: addresses are letter + row. */
  letter: string;
  values: Float64Array;
  state: Uint8Array;
}

/** Reads the table's rows into columns (see RowTable): no object per row. */
export function readTable(sheet: SheetGrid, table: DetectedTable, problems: Problem[], onRow?: (i: number) => void): RowTable {
  const r0 = sheet.originRow ?? 0;
  const c0 = sheet.originCol ?? 0;
  const textCol: Partial<Record<TextFieldId, number>> = {};
  const mapped: { col: number; field: NumberFieldId; kind: NumberKind; factor: number; letter: string }[] = [];
  for (const c of table.columns) {
    if (!c.field) continue;
    const def = fieldDef(c.field);
    if (def.kind === 'text') textCol[def.id] = c.column;
    else mapped.push({ col: c.column, field: def.id, kind: def.kind, factor: c.factor, letter: columnName(c.column + c0) });
  }
  const letters: SchoolRow['letters'] = Object.fromEntries(mapped.map((nc) => [nc.field, nc.letter]));
  const nameCol = textCol.name ?? 0;
  const n = table.dataRows.length;
  const t = new RowTable(
    n,
    letters,
    [...new Set(mapped.map((m) => m.field))],
    columnName(nameCol + c0),
    textCol.schoolType === undefined ? null : columnName(textCol.schoolType + c0),
  );
  const numCols: NumberColumn[] = mapped.map((m) => ({
    ...m,
    values: t.num[FIELD_INDEX[m.field]] as Float64Array,
    state: t.state[FIELD_INDEX[m.field]] as Uint8Array,
  }));
  const col = (f: TextFieldId) => textCol[f] ?? -1;
  const [cName, cCode, cType, cStage, cOwner, cLoc, cTown] = (['name', 'code', 'schoolType', 'stageLabel', 'ownership', 'urbanRural', 'township'] as const).map(col);

  // The same few words (小学, 公办, 乡村 …) fill these columns: each is parsed once.
  const typeMemo = new Map<string, SchoolType | null>();
  const locationMemo = new Map<string | null, UrbanRural | null>();
  const stageMemo = new Map<string | null, Stage | null>();

  for (let i = 0; i < n; i++) {
    if (onRow && (i & 1023) === 0) onRow(i);
    const r = table.dataRows[i];
    const cells = sheet.rows[r] ?? EMPTY;
    const rowNo = r + r0 + 1;
    t.row[i] = rowNo;
    const name = textAt(cells, cName) ?? '';
    if (!name) problems.push(problem('no-name', { cell: t.nameLetter + rowNo, row: rowNo, field: 'name' }));
    t.name[i] = name;
    t.code[i] = textAt(cells, cCode);
    const typeText = textAt(cells, cType);
    t.typeText[i] = typeText;
    t.type[i] = typeText ? memo(typeMemo, typeText, parseSchoolType) : null;
    t.stageLabel[i] = memo(stageMemo, textAt(cells, cStage), parseStageLabel) ?? stageFromName(name);
    t.ownership[i] = textAt(cells, cOwner);
    t.urbanRural[i] = memo(locationMemo, textAt(cells, cLoc), parseUrbanRural);
    t.township[i] = textAt(cells, cTown);

    for (let k = 0; k < numCols.length; k++) {
      const nc = numCols[k];
      const v = cells[nc.col];
      // Fast path: a plain number in a column without a unit factor is the common case (a count must be whole).
      if (typeof v === 'number' && nc.factor === 1 && v >= 0 && v < Infinity && (nc.kind !== 'count' || Number.isInteger(v))) {
        nc.values[i] = v;
        continue;
      }
      const read = readNumber((v ?? null) as never, nc.kind, nc.factor);
      nc.values[i] = read.status === 'ok' || read.status === 'warning' ? (read.value as number) : NaN;
      if (read.status === 'blank') nc.state[i] = BLANK;
      else if (read.status === 'error') {
        nc.state[i] = ERROR;
        t.hasErrors[i] = 1;
      }
      if ((read.status === 'warning' || read.status === 'error') && read.code) {
        problems.push(problem(read.code, { cell: nc.letter + rowNo, row: rowNo, field: nc.field, params: read.params ?? {} }));
      }
    }
  }
  return t;
}

const EMPTY: readonly unknown[] = [];

function textAt(cells: readonly unknown[], c: number): string | null {
  return c < 0 ? null : readText((cells[c] ?? null) as never);
}

/** A1 address of a field's cell in a school row, or undefined when the field has no column. */
export function cellOf(s: Pick<SchoolRow, 'letters' | 'row'>, field: NumberFieldId): string | undefined {
  const l = s.letters[field];
  return l === undefined ? undefined : l + s.row;
}

function memo<K, V>(cache: Map<K, V>, key: K, parse: (k: K) => V): V {
  let v = cache.get(key);
  if (v === undefined && !cache.has(key)) {
    v = parse(key);
    cache.set(key, v);
  }
  return v as V;
}

/** 小学部 / 初中部 (or （小学）) at the end of a name marks one stage of a mixed school reported row by row. */
function stageFromName(name: string): Stage | null {
  const last = name.charCodeAt(name.length - 1);
  // 部 ) ）: only then is the pattern worth trying.
  if (last !== 0x90e8 && last !== 0x29 && last !== 0xff09) return null;
  return parseStageLabel(name.match(/(小学部|初中部|（小学）|（初中）|\(小学\)|\(初中\))$/)?.[0] ?? null);
}
