/**
 * Census rows → school rows: every mapped cell read once, every unreadable cell reported at its address.
 * A bad cell makes only that value unknown (null); the row and the rest of the county go on.
 */
import { readNumber, readText } from '../cells/read';
import { FIELDS, fieldDef, type NumberFieldId, type NumberKind, type TextFieldId } from '../fields';
import { a1, columnName, type SheetGrid } from '../grid';
import { problem, type Problem } from '../problems';
import type { DetectedTable } from '../table/types';
import type { SchoolType, Stage, UrbanRural } from '../types';
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

const NUMBER_FIELD_IDS = FIELDS.filter((f) => f.kind !== 'text').map((f) => f.id as NumberFieldId);

interface NumberColumn {
  col: number;
  field: NumberFieldId;
  kind: NumberKind;
  factor: number;
  /** Column letter, computed once: addresses are letter + row. */
  letter: string;
}

export function readRows(sheet: SheetGrid, table: DetectedTable, problems: Problem[], onRow?: (i: number) => void): SchoolRow[] {
  const r0 = sheet.originRow ?? 0;
  const c0 = sheet.originCol ?? 0;
  const textCol: Partial<Record<TextFieldId, number>> = {};
  const numCols: NumberColumn[] = [];
  for (const c of table.columns) {
    if (!c.field) continue;
    const def = fieldDef(c.field);
    if (def.kind === 'text') textCol[def.id] = c.column;
    else numCols.push({ col: c.column, field: def.id, kind: def.kind, factor: c.factor, letter: columnName(c.column + c0) });
  }
  const text = (cells: readonly unknown[], f: TextFieldId): string | null => {
    const c = textCol[f];
    return c === undefined ? null : readText((cells[c] ?? null) as never);
  };

  // Every row's numbers and addresses start as a copy of one template: objects of one fixed shape stay in V8's
  // fast mode (keyed stores of ~40 fields one by one would make each a slow, four-times-larger dictionary).
  // Every field is a key (undefined = no column), so the stage records made from a row keep the same shape too.
  const numsTemplate = Object.fromEntries(NUMBER_FIELD_IDS.map((f) => [f, undefined])) as SchoolRow['nums'];
  const letters: SchoolRow['letters'] = Object.fromEntries(numCols.map((nc) => [nc.field, nc.letter]));

  // The same few words (小学, 公办, 乡村 …) fill these columns: each is parsed once.
  const typeMemo = new Map<string, SchoolType | null>();
  const locationMemo = new Map<string | null, UrbanRural | null>();
  const stageMemo = new Map<string | null, Stage | null>();

  const out: SchoolRow[] = [];
  for (let i = 0; i < table.dataRows.length; i++) {
    if (onRow && (i & 1023) === 0) onRow(i);
    const r = table.dataRows[i];
    const cells = sheet.rows[r] ?? [];
    const rowNo = r + r0 + 1;
    const nameCol = textCol.name ?? 0;
    const nameCell = a1(r + r0, nameCol + c0);
    const name = text(cells, 'name') ?? '';
    if (!name) problems.push(problem('no-name', { cell: nameCell, row: rowNo, field: 'name' }));

    const typeText = text(cells, 'schoolType');
    const stageText = text(cells, 'stageLabel');
    const ownership = text(cells, 'ownership');
    const school: SchoolRow = {
      row: rowNo,
      name,
      code: text(cells, 'code'),
      typeText,
      type: typeText ? memo(typeMemo, typeText, parseSchoolType) : null,
      ownership,
      urbanRural: memo(locationMemo, text(cells, 'urbanRural'), parseUrbanRural),
      township: text(cells, 'township'),
      stageLabel: memo(stageMemo, stageText, parseStageLabel) ?? stageFromName(name),
      nums: { ...numsTemplate },
      state: {},
      letters,
      nameCell,
      typeCell: textCol.schoolType === undefined ? null : a1(r + r0, textCol.schoolType + c0),
    };

    for (const nc of numCols) {
      const v = cells[nc.col];
      // Fast path: a plain number in a column without a unit factor is the common case (a count must be whole).
      if (typeof v === 'number' && nc.factor === 1 && v >= 0 && v < Infinity && (nc.kind !== 'count' || Number.isInteger(v))) {
        school.nums[nc.field] = v;
        continue;
      }
      const read = readNumber((v ?? null) as never, nc.kind, nc.factor);
      school.nums[nc.field] = read.status === 'ok' || read.status === 'warning' ? read.value : null;
      if (read.status === 'blank' || read.status === 'error') school.state[nc.field] = read.status;
      if ((read.status === 'warning' || read.status === 'error') && read.code) {
        problems.push(problem(read.code, { cell: nc.letter + rowNo, row: rowNo, field: nc.field, params: read.params ?? {} }));
      }
    }
    out.push(school);
  }
  return out;
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
