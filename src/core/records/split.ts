/**
 * School rows → stage records ("virtual schools", domain brief §1.4): a mixed school becomes one record per
 * compulsory stage, with the weighted shares its facilities are split by and its teachers per stage.
 */
import type { NumberFieldId } from '../fields';
import { fieldDef } from '../fields';
import { problem, type Problem } from '../problems';
import type { SchoolType, Stage, StageRecord } from '../types';
import type { SchoolRow } from './read-rows';
import { BLANK, FIELD_COUNT, FIELD_INDEX, NUMBER_FIELDS, tableOfRows, type RowTable } from './table';
import { permanentExclusion, stagesOf } from './vocabulary';

/** Fields that hold a stage's own figure in a record (already split); all others are school totals. */
export const STAGE_FIELDS: ReadonlySet<NumberFieldId> = new Set<NumberFieldId>([
  'students',
  'classes',
  'oversizeClasses',
  'teachers',
  'aboveDegreeTeachers',
  'seniorTitleTeachers',
  'backboneTeachers',
  'peTeachers',
  'artTeachers',
  'musicTeachers',
  'fineArtTeachers',
]);

const STAGE_STUDENT_FIELD: Record<Stage, NumberFieldId> = { primary: 'studentsPrimary', junior: 'studentsJunior' };
const STAGE_CLASS_FIELD: Record<Stage, NumberFieldId> = { primary: 'classesPrimary', junior: 'classesJunior' };
const STAGE_TEACHER_FIELD: Record<Stage, NumberFieldId> = { primary: 'teachersPrimary', junior: 'teachersJunior' };
const STAGE_DEGREE_FIELD: Record<Stage, NumberFieldId> = { primary: 'aboveDegreeTeachersPrimary', junior: 'aboveDegreeTeachersJunior' };
/** Teacher subsets that the census gives only per school; split by plain shares for a mixed school. */
const SUBSET_TEACHERS: NumberFieldId[] = ['seniorTitleTeachers', 'backboneTeachers', 'peTeachers', 'artTeachers', 'musicTeachers', 'fineArtTeachers'];

/** The stage figures a record holds itself (its "slots"): STAGE_FIELDS, by field index. */
export const SLOT_FIELDS: readonly NumberFieldId[] = [...STAGE_FIELDS];
const SLOT_FI = SLOT_FIELDS.map((f) => FIELD_INDEX[f]);
/** Slot of each field index, -1 for a school total. */
export const SLOT_OF: Int8Array = (() => {
  const a = new Int8Array(FIELD_COUNT).fill(-1);
  SLOT_FI.forEach((fi, k) => (a[fi] = k));
  return a;
})();
const SLOT = Object.fromEntries(SLOT_FIELDS.map((f, k) => [f, k])) as Record<NumberFieldId, number>;

/**
 * How a record's slot gets its figure, one byte: the source field's index (NONE: no source, the figure is absent),
 * SCALED when it is multiplied by the record's plain share, SUM for a mixed school's students (primary + junior).
 * The figure itself is read from the row's columns when needed: nothing is copied per record.
 */
export const NONE = 0x3f;
export const SOURCE = 0x3f;
export const SCALED = 0x40;
export const SUM = 0x80;

/**
 * The stage figures of every record, column by column (slot × record), as source codes, and each record's students
 * and shares. A record's `values`, `blank` and `cells` are made from these and the row's columns when asked for;
 * scoring reads them directly.
 */
export class StageColumns {
  readonly code: Uint8Array[];
  /** Per record: its students (NaN = null) and shares. */
  readonly students: Float64Array;
  readonly weighted: Float64Array;
  readonly plain: Float64Array;
  readonly excluded: StageRecord['alwaysExcluded'][];
  constructor(
    readonly table: RowTable,
    readonly capacity: number,
  ) {
    this.code = SLOT_FIELDS.map(() => new Uint8Array(capacity));
    this.students = new Float64Array(capacity);
    this.weighted = new Float64Array(capacity);
    this.plain = new Float64Array(capacity);
    this.excluded = new Array(capacity).fill(null);
  }

  /** The objects a record has made on first use (kept here, not in each record: most records never make any). */
  #caches: (RecordCache | undefined)[] | null = null;
  cacheOf(r: number): RecordCache {
    const caches = (this.#caches ??= new Array<RecordCache | undefined>(this.capacity));
    return (caches[r] ??= {});
  }

  /** Slot k's figure of record r (of table row i): NaN when null or absent. */
  valueAt(r: number, i: number, k: number): number {
    return figure(this.table, i, this.code[k][r], this.plain[r]);
  }

  /** The same as a record value: number, null, or undefined when absent. */
  value(r: number, i: number, k: number): number | null | undefined {
    const code = this.code[k][r];
    if ((code & SUM) === 0 && !hasSource(this.table, code)) return undefined;
    const v = figure(this.table, i, code, this.plain[r]);
    return v === v ? v : null;
  }

  /** True when the figure's source cell is blank. */
  blank(r: number, i: number, k: number): boolean {
    const src = this.code[k][r] & SOURCE;
    if (src === NONE) return false;
    const st = this.table.state[src];
    return st !== undefined && st[i] === BLANK;
  }

  /** Field index the figure came from, -1 for none. */
  source(r: number, k: number): number {
    const src = this.code[k][r] & SOURCE;
    return src === NONE ? -1 : src;
  }
}

interface RecordCache {
  values?: StageRecord['values'];
  blank?: StageRecord['blank'];
  cells?: StageRecord['cells'];
}

function hasSource(t: RowTable, code: number): boolean {
  const src = code & SOURCE;
  return src !== NONE && t.num[src] !== undefined;
}

function orZero(c: Float64Array | undefined, i: number): number {
  return c === undefined || c[i] !== c[i] ? 0 : c[i];
}

/** The figure a code stands for (NaN when null or absent). */
function figure(t: RowTable, i: number, code: number, plain: number): number {
  if (code & SUM) return orZero(t.num[FIELD_INDEX.studentsPrimary], i) + orZero(t.num[FIELD_INDEX.studentsJunior], i);
  const src = code & SOURCE;
  if (src === NONE) return NaN;
  const col = t.num[src];
  if (col === undefined) return NaN;
  const v = col[i];
  return code & SCALED && v === v ? v * plain : v;
}

/** One stage's slot codes while it is being built (reused for every record). */
class Scratch {
  readonly code = new Uint8Array(SLOT_FIELDS.length);
  weighted = 1;
  plain = 1;

  /** The row's own figures. */
  start(): void {
    for (let k = 0; k < SLOT_FI.length; k++) this.code[k] = SLOT_FI[k];
  }

  /** Put field `from`'s figure (× factor: 1 or the plain share) in slot k; from -1: no source, the figure is unknown. */
  put(k: number, from: number, factor: number): void {
    if (from === SLOT_FI[k] && factor === 1) return; // already in place
    this.code[k] = from < 0 ? NONE : factor === 1 ? from : from | SCALED;
  }

  /** The first source with a value, else the first that has a column (so its blank or bad cell is known). */
  putFirst(t: RowTable, i: number, k: number, f1: number, k1: number, f2: number, k2: number): number {
    const c1 = t.num[f1];
    const c2 = f2 < 0 ? undefined : t.num[f2];
    let pick = -1;
    let factor = 1;
    if (c1 !== undefined && c1[i] === c1[i]) [pick, factor] = [f1, k1];
    else if (c2 !== undefined && c2[i] === c2[i]) [pick, factor] = [f2, k2];
    else if (c1 !== undefined) [pick, factor] = [f1, k1];
    else if (c2 !== undefined) [pick, factor] = [f2, k2];
    this.put(k, pick, factor);
    return pick;
  }

  /** This slot's figure so far: number, or null when null or absent. */
  get(t: RowTable, i: number, k: number): number | null {
    const v = figure(t, i, this.code[k], this.plain);
    return v === v ? v : null;
  }

  copyTo(cols: StageColumns, r: number): void {
    for (let k = 0; k < SLOT_FI.length; k++) cols.code[k][r] = this.code[k];
  }

  /** Weighted shares (§1.4): junior students weigh 1.1, senior 1.2 (完全中学) or 1.32 (十二年一贯制). */
  shares(stage: Stage, a: number, b: number, c: number, type: string): void {
    const plainTotal = a + b + c;
    let weightedTotal: number;
    if (type === '完全中学') weightedTotal = b + 1.2 * c;
    else if (type === '十二年一贯制学校') weightedTotal = a + 1.1 * b + 1.32 * c;
    else weightedTotal = a + 1.1 * b;
    const own = stage === 'primary' ? a : type === '完全中学' ? b : 1.1 * b;
    this.weighted = weightedTotal > 0 ? own / weightedTotal : 0;
    this.plain = plainTotal > 0 ? (stage === 'primary' ? a : b) / plainTotal : 0;
  }
}

const FI = FIELD_INDEX;
const STUDENTS = SLOT.students;

/** One school row checked on its own (tests, small callers): its stage records. */
export function splitRow(s: SchoolRow, problems: Problem[]): StageRecord[] {
  return splitTable(tableOfRows([s]), problems).records;
}

export interface SplitResult {
  records: StageRecord[];
  /** Table row of each record. */
  rowOf: Int32Array;
  columns: StageColumns;
  /** Records of each stage. */
  perStage: Record<Stage, number>;
}

/** Every row of the table → its stage records, in row order. */
export function splitTable(t: RowTable, problems: Problem[]): SplitResult {
  const stagesOfRow: (readonly Stage[])[] = new Array(t.length);
  const multiOfRow = new Uint8Array(t.length);
  let count = 0;
  const cP = t.num[FI.studentsPrimary];
  const cJ = t.num[FI.studentsJunior];
  const cS = t.num[FI.studentsSenior];
  for (let i = 0; i < t.length; i++) {
    const type = t.type[i];
    const label = t.stageLabel[i];
    let stages: readonly Stage[];
    if (label) stages = label === 'primary' ? PRIMARY : JUNIOR;
    else if (type && stagesOf(type).length > 0) stages = stagesOf(type);
    else stages = orZero(cJ, i) > orZero(cP, i) ? JUNIOR : PRIMARY; // special-education / vocational: one record, shown as excluded
    stagesOfRow[i] = stages;
    // A school row of several stages (mixed school, or junior + senior) splits; a stage row is already split.
    multiOfRow[i] = !label && (stages.length > 1 || orZero(cS, i) > 0) ? 1 : 0;
    count += stages.length;
  }

  const columns = new StageColumns(t, count);
  const records: StageRecord[] = new Array(count);
  const rowOf = new Int32Array(count);
  const sc = new Scratch();
  const approximatedParams = new Map<string, { fieldsZh: string; fieldsEn: string }>();
  const exclusionMemo = new Map<SchoolType | null, Map<string | null, StageRecord['alwaysExcluded']>>();
  const perStage: Record<Stage, number> = { primary: 0, junior: 0 };
  let r = 0;
  for (let i = 0; i < t.length; i++) {
    const type = t.type[i];
    let byOwner = exclusionMemo.get(type);
    if (!byOwner) exclusionMemo.set(type, (byOwner = new Map()));
    const ownership = t.ownership[i];
    let excluded = byOwner.get(ownership);
    if (excluded === undefined) byOwner.set(ownership, (excluded = permanentExclusion(type, ownership)));
    const a = orZero(cP, i);
    const b = orZero(cJ, i);
    const c = orZero(cS, i);
    const multi = multiOfRow[i] === 1;

    let approximated: NumberFieldId[] | null = null;
    for (const stage of stagesOfRow[i]) {
      if (multi) sc.shares(stage, a, b, c, type ?? '');
      else sc.weighted = sc.plain = 1;
      // Start from the school's figures (facility totals are split later by the indicator's own rule) and replace
      // every stage figure by this stage's own.
      sc.start();

      // Stage students: the stage column, else (single-stage school) the total.
      sc.putFirst(t, i, STUDENTS, FI[STAGE_STUDENT_FIELD[stage]], 1, multi ? -1 : FI.students, 1);
      let students: number | null = sc.get(t, i, STUDENTS);
      // School size counts the compulsory part of the whole school.
      if (multi) sc.code[STUDENTS] |= SUM;
      if (students == null || students <= 0) {
        const src = sc.code[STUDENTS] & SOURCE;
        const cell = (src !== NONE ? t.cell(i, src) : undefined) ?? t.cell(i, FI.students) ?? t.nameCell(i);
        problems.push(problem('no-students', { cell, row: t.row[i], field: 'students' }));
        students = null;
      }

      sc.putFirst(t, i, SLOT.classes, FI[STAGE_CLASS_FIELD[stage]], 1, multi ? -1 : FI.classes, 1);
      // 超标准班额 is a school figure: it is only attributed to a single-stage school.
      if (multi) sc.put(SLOT.oversizeClasses, -1, 1);

      // Teachers per stage: the stage column, else the school total (split by plain shares when several stages).
      const k = multi ? sc.plain : 1;
      if (sc.putFirst(t, i, SLOT.teachers, FI[STAGE_TEACHER_FIELD[stage]], 1, FI.teachers, k) === FI.teachers && multi && t.value(i, FI.teachers) != null)
        (approximated ??= []).push('teachers');
      if (
        sc.putFirst(t, i, SLOT.aboveDegreeTeachers, FI[STAGE_DEGREE_FIELD[stage]], 1, FI.aboveDegreeTeachers, k) === FI.aboveDegreeTeachers &&
        multi &&
        t.value(i, FI.aboveDegreeTeachers) != null
      )
        (approximated ??= []).push('aboveDegreeTeachers');
      if (multi) {
        for (const f of SUBSET_TEACHERS) {
          const fi = FI[f];
          const col = t.num[fi];
          if (col === undefined) continue;
          sc.put(SLOT[f], fi, sc.plain);
          if (col[i] > 0) (approximated ??= []).push(f);
        }
      }

      sc.copyTo(columns, r);
      columns.students[r] = students ?? NaN;
      columns.weighted[r] = sc.weighted;
      columns.plain[r] = sc.plain;
      columns.excluded[r] = excluded;
      records[r] = new LazyRecord(columns, i, r, stage);
      rowOf[r] = i;
      perStage[stage]++;
      r++;
    }
    if (approximated && !excluded) {
      // Mixed schools of a county mostly give the same fields: the wording of each list is made once.
      const key = approximated.join();
      let params = approximatedParams.get(key);
      if (!params) {
        const defs = [...new Set(approximated)].map(fieldDef);
        params = { fieldsZh: defs.map((d) => d.zh).join('、'), fieldsEn: defs.map((d) => d.en).join(', ') };
        approximatedParams.set(key, params);
      }
      problems.push(problem('teachers-approximated', { cell: t.nameCell(i), row: t.row[i], params: { ...params } }));
    }
  }
  return { records, rowOf, columns, perStage };
}

const PRIMARY: readonly Stage[] = ['primary'];
const JUNIOR: readonly Stage[] = ['junior'];

/**
 * A stage record made of a table row and its stage columns: `values`, `blank` and `cells` are built on first use
 * (a county has hundreds of thousands of records; scoring reads the columns, and only the failing few are ever
 * marked or listed). Serialises (toJSON) like a plain object.
 */
class LazyRecord implements StageRecord {
  readonly #cols: StageColumns;
  readonly #i: number;
  readonly #r: number;

  constructor(
    cols: StageColumns,
    i: number,
    r: number,
    readonly stage: Stage,
  ) {
    this.#cols = cols;
    this.#i = i;
    this.#r = r;
  }

  get row(): number {
    return this.#cols.table.row[this.#i];
  }
  get name(): string {
    return this.#cols.table.name[this.#i];
  }
  get code(): string | null {
    return this.#cols.table.code[this.#i];
  }
  get type(): StageRecord['type'] {
    return this.#cols.table.type[this.#i];
  }
  get urbanRural(): StageRecord['urbanRural'] {
    return this.#cols.table.urbanRural[this.#i];
  }
  get township(): string | null {
    return this.#cols.table.township[this.#i];
  }
  get students(): number | null {
    const v = this.#cols.students[this.#r];
    return v === v ? v : null;
  }
  get weightedShare(): number {
    return this.#cols.weighted[this.#r];
  }
  get plainShare(): number {
    return this.#cols.plain[this.#r];
  }
  get alwaysExcluded(): StageRecord['alwaysExcluded'] {
    return this.#cols.excluded[this.#r];
  }
  get hasErrors(): boolean {
    return this.#cols.table.hasErrors[this.#i] === 1;
  }

  get values(): StageRecord['values'] {
    const cache = this.#cols.cacheOf(this.#r);
    if (!cache.values) {
      const out: StageRecord['values'] = {};
      for (let fi = 0; fi < FIELD_COUNT; fi++) {
        const k = SLOT_OF[fi];
        out[NUMBER_FIELDS[fi]] = k < 0 ? this.#cols.table.value(this.#i, fi) : this.#cols.value(this.#r, this.#i, k);
      }
      cache.values = out;
    }
    return cache.values;
  }

  get blank(): StageRecord['blank'] {
    const cache = this.#cols.cacheOf(this.#r);
    if (!cache.blank) {
      const out: StageRecord['blank'] = {};
      for (let fi = 0; fi < FIELD_COUNT; fi++) {
        const k = SLOT_OF[fi];
        const st = this.#cols.table.state[fi];
        if (k < 0 ? st !== undefined && st[this.#i] === BLANK : this.#cols.blank(this.#r, this.#i, k)) out[NUMBER_FIELDS[fi]] = true;
      }
      cache.blank = out;
    }
    return cache.blank;
  }

  get cells(): StageRecord['cells'] {
    const cache = this.#cols.cacheOf(this.#r);
    if (!cache.cells) {
      const out: StageRecord['cells'] = {};
      const t = this.#cols.table;
      for (let fi = 0; fi < FIELD_COUNT; fi++) {
        const k = SLOT_OF[fi];
        const src = k < 0 ? fi : this.#cols.source(this.#r, k);
        const cell = src < 0 ? undefined : t.cell(this.#i, src);
        if (cell !== undefined) out[NUMBER_FIELDS[fi]] = cell;
      }
      cache.cells = out;
    }
    return cache.cells;
  }

  toJSON(): Omit<StageRecord, never> {
    const { row, name, code, type, stage, urbanRural, township, students, weightedShare, plainShare, values, cells, blank, alwaysExcluded, hasErrors } = this;
    return { row, name, code, type, stage, urbanRural, township, students, weightedShare, plainShare, values, cells, blank, alwaysExcluded, hasErrors };
  }
}
