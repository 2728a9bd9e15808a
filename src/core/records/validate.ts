/**
 * Validation of every school row: a zod schema for the record's shape, then cross-field rules declared as data
 * (a subset never exceeds its total, stage students add up), duplicates, unknown types and outliers.
 * A value that breaks a rule becomes unknown (null) so it cannot pass a standard, and the row goes on.
 */
import { z } from 'zod';
import { fieldDef, type NumberFieldId } from '../fields';
import { problem, type Problem, type ProblemCode } from '../problems';
import type { SchoolType } from '../types';
import type { SchoolRow } from './read-rows';
import { FIELD_INDEX, NUMBER_FIELDS, tableOfRows, writeBack, type RowTable } from './table';

const finiteOrNull = z.number().finite().nonnegative().nullable();

/**
 * The shape every row must have after reading, for the fields the table has (one schema per table, made once):
 * a failure here is a bug in reading, reported at the cell and not thrown.
 */
export function schoolRowSchema(fields: readonly NumberFieldId[]) {
  return z.object({
    row: z.number().int().positive(),
    name: z.string(),
    nums: z.object(Object.fromEntries(fields.map((id) => [id, finiteOrNull]))),
  });
}

interface SubsetRule {
  part: NumberFieldId;
  whole: NumberFieldId;
  code: ProblemCode;
}

/** "Part ≤ whole" rules (domain brief: subsets never exceed their total). */
export const SUBSET_RULES: readonly SubsetRule[] = [
  ...(
    [
      'teachersPrimary',
      'teachersJunior',
      'aboveDegreeTeachers',
      'seniorTitleTeachers',
      'backboneTeachers',
      'peTeachers',
      'artTeachers',
      'musicTeachers',
      'fineArtTeachers',
    ] as NumberFieldId[]
  ).map((part) => ({ part, whole: 'teachers' as NumberFieldId, code: 'subset-exceeds-total' as ProblemCode })),
  { part: 'aboveDegreeTeachersPrimary', whole: 'teachersPrimary', code: 'subset-exceeds-total' },
  { part: 'aboveDegreeTeachersJunior', whole: 'teachersJunior', code: 'subset-exceeds-total' },
  { part: 'oversizeClasses', whole: 'classes', code: 'subset-exceeds-total' },
  { part: 'indoorSportsArea', whole: 'teachingArea', code: 'indoor-exceeds-teaching' },
  { part: 'greenArea', whole: 'landArea', code: 'green-exceeds-site' },
];

const STAGE_STUDENTS: NumberFieldId[] = ['studentsPrimary', 'studentsJunior', 'studentsSenior'];

/** One school row checked on its own (tests, small callers): the table rules on a table of one row. */
export function validateRow(s: SchoolRow, problems: Problem[]): void {
  const t = tableOfRows([s]);
  validateTable(t, problems);
  writeBack(t, [s]);
}

/**
 * Every row of the table: the zod schema, then the cross-field rules rule by rule over the columns. Problems
 * come out grouped by rule; the caller's stable sort by row puts each row's back in rule order.
 */
export function validateTable(t: RowTable, problems: Problem[]): void {
  checkShapes(t, problems);

  for (const rule of SUBSET_RULES) {
    const pi = FIELD_INDEX[rule.part];
    const part = t.num[pi];
    const whole = t.num[FIELD_INDEX[rule.whole]];
    if (!part || !whole) continue;
    let w: ReturnType<typeof fieldDef> | null = null;
    for (let i = 0; i < t.length; i++) {
      const p = part[i];
      const total = whole[i];
      // NaN (unknown) on either side fails the comparison and is skipped.
      if (!(p > total + 1e-9)) continue;
      w ??= fieldDef(rule.whole);
      problems.push(
        problem(rule.code, {
          cell: t.cell(i, pi),
          row: t.row[i],
          field: rule.part,
          params: { value: p, total, totalZh: w.zh, totalEn: w.en },
        }),
      );
      t.invalidate(i, pi);
    }
  }

  const total = t.num[FIELD_INDEX.students];
  const stageCols = STAGE_STUDENTS.map((f) => t.num[FIELD_INDEX[f]]).filter((c): c is Float64Array => c !== undefined);
  if (total && stageCols.length > 0) {
    for (let i = 0; i < t.length; i++) {
      const n = total[i];
      if (n !== n) continue;
      const sum = stageSum(stageCols, i);
      if (sum !== sum || Math.abs(sum - n) <= 1e-9) continue;
      problems.push(problem('stage-sum-mismatch', { cell: t.cell(i, FIELD_INDEX.students), row: t.row[i], field: 'students', params: { sum, total: n } }));
      // The stage figures are what the per-stage records use; the total is the suspect.
      t.invalidate(i, FIELD_INDEX.students);
    }
  }

  for (let i = 0; i < t.length; i++) {
    if (t.type[i]) continue;
    const typeText = t.typeText[i];
    if (typeText) problems.push(problem('unknown-school-type', { cell: t.typeCell(i), row: t.row[i], field: 'schoolType', params: { text: typeText } }));
    t.type[i] = inferType(t, i);
  }
}

/**
 * What zod checks on every row: its identity, and its numbers through their range — the smallest known value
 * must be ≥ 0 and the largest a finite number (zod's number rejects NaN and ±Infinity). One small object per row
 * instead of one schema per field: the county-sized run stays in budget. A row that fails is parsed again with
 * the per-field schema (schoolRowSchema) to name the cells at fault.
 */
export const rowCheckSchema = z.object({
  row: z.number().int().positive(),
  name: z.string(),
  code: z.string().nullable(),
  lowest: z.number().nonnegative(),
  highest: z.number(),
});

function checkShapes(t: RowTable, problems: Problem[]): void {
  const fields = NUMBER_FIELDS.filter((f) => t.num[FIELD_INDEX[f]] !== undefined && t.letters[f] !== undefined);
  const cols = fields.map((f) => t.num[FIELD_INDEX[f]] as Float64Array);
  const input = { row: 0, name: '', code: null as string | null, lowest: 0, highest: 0 };
  let detail: ReturnType<typeof schoolRowSchema> | null = null;
  for (let i = 0; i < t.length; i++) {
    let lowest = Infinity;
    let highest = -Infinity;
    for (let k = 0; k < cols.length; k++) {
      const v = cols[k][i];
      if (v !== v) continue; // NaN: blank or unreadable (null)
      if (v < lowest) lowest = v;
      if (v > highest) highest = v;
    }
    input.row = t.row[i];
    input.name = t.name[i];
    input.code = t.code[i];
    input.lowest = lowest === Infinity ? 0 : lowest;
    input.highest = highest === -Infinity ? 0 : highest;
    if (rowCheckSchema.safeParse(input).success) continue;

    detail ??= schoolRowSchema(fields);
    const nums: Record<string, number | null> = {};
    for (let k = 0; k < fields.length; k++) nums[fields[k]] = cols[k][i] === cols[k][i] ? cols[k][i] : null;
    const shape = detail.safeParse({ row: t.row[i], name: t.name[i], nums });
    if (shape.success) continue;
    for (const issue of shape.error.issues) {
      const f = issue.path[1] as NumberFieldId | undefined;
      if (f && t.letters[f] !== undefined) {
        problems.push(problem('not-a-number', { cell: t.cell(i, FIELD_INDEX[f]), row: t.row[i], field: f, params: { text: String(nums[f]) } }));
        t.invalidate(i, FIELD_INDEX[f]);
      }
    }
  }
}

/** A type from the students by stage when the census gives none we know. */
function inferType(t: RowTable, i: number): SchoolType {
  const p = (t.value(i, FIELD_INDEX.studentsPrimary) ?? 0) > 0;
  const j = (t.value(i, FIELD_INDEX.studentsJunior) ?? 0) > 0;
  const h = (t.value(i, FIELD_INDEX.studentsSenior) ?? 0) > 0;
  const name = t.name[i];
  const stageLabel = t.stageLabel[i];
  if (stageLabel) return stageLabel === 'primary' ? '小学' : '初级中学';
  if (p && j) return h ? '十二年一贯制学校' : '九年一贯制学校';
  if (j) return h ? '完全中学' : '初级中学';
  if (/教学点/.test(name)) return '小学教学点';
  if (/初中|中学/.test(name) && !/小学/.test(name)) return '初级中学';
  return '小学';
}

/** Same code, or else same name (and stage), twice: the later row is reported and left out of the county. */
export function findDuplicates(rows: SchoolRow[], problems: Problem[]): Map<SchoolRow, number> {
  const dup = findDuplicateRows(tableOfRows(rows), problems);
  const out = new Map<SchoolRow, number>();
  rows.forEach((s, i) => {
    if (dup[i] !== 0) out.set(s, dup[i]);
  });
  return out;
}

/** Per row: the sheet row of the school it repeats, or 0. Keys are the cells' own strings (nothing is built per row). */
export function findDuplicateRows(t: RowTable, problems: Problem[]): Int32Array {
  const byCode = new Map<string, number>();
  const byName: Record<string, Map<string, number>> = { none: new Map(), primary: new Map(), junior: new Map() };
  const dup = new Int32Array(t.length);
  for (let i = 0; i < t.length; i++) {
    const name = t.name[i];
    if (!name) continue;
    const code = t.code[i];
    const seen = code ? byCode : byName[t.stageLabel[i] ?? 'none'];
    const key = code || name;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problem('duplicate-school', { cell: t.nameCell(i), row: t.row[i], field: 'name', params: { name, otherRow: t.row[first] } }));
      dup[i] = t.row[first];
    } else seen.set(key, i);
  }
  return dup;
}

/** Fields where a unit slip (元 in a 万元 column, a lost decimal point) shows as an implausible per-student amount. */
const OUTLIER_FIELDS: readonly NumberFieldId[] = ['landArea', 'buildingArea', 'teachingArea', 'sportsArea', 'fieldArea', 'greenArea', 'equipmentValue', 'books', 'computers'];
/** A per-student amount this many times the county median (or this many times smaller) is implausible. */
const OUTLIER_FACTOR = 8;
const OUTLIER_MIN_SCHOOLS = 8;
/** The median is taken over an even sample of at most this many schools: exact enough for a ×8 threshold. */
const MEDIAN_SAMPLE = 20000;

export function findOutliers(rows: SchoolRow[], problems: Problem[]): void {
  findOutlierRows(tableOfRows(rows), problems);
}

export function findOutlierRows(t: RowTable, problems: Problem[]): void {
  const n = t.length;
  // Students of each row: the stage figures where any is known, else the total; NaN when unknown or 0.
  const students = new Float64Array(n);
  const stageCols = STAGE_STUDENTS.map((f) => t.num[FIELD_INDEX[f]]).filter((c): c is Float64Array => c !== undefined);
  const total = t.num[FIELD_INDEX.students];
  for (let i = 0; i < n; i++) {
    const sum = stageSum(stageCols, i);
    const s = sum === sum ? sum : total ? total[i] : NaN;
    students[i] = s > 0 ? s : NaN;
  }
  const stride = Math.max(1, Math.floor(n / MEDIAN_SAMPLE));
  const sample = new Float64Array(Math.ceil(n / stride));
  for (const f of OUTLIER_FIELDS) {
    const fi = FIELD_INDEX[f];
    const col = t.num[fi];
    if (!col) continue;
    let m = 0;
    for (let i = 0; i < n; i += stride) {
      const v = col[i];
      const x = v > 0 ? v / students[i] : NaN; // NaN value or students → NaN
      if (x === x) sample[m++] = x;
    }
    if (m < OUTLIER_MIN_SCHOOLS) continue;
    const median = select(sample, m, Math.floor(m / 2));
    if (!(median > 0)) continue;
    const hi = median * OUTLIER_FACTOR;
    const lo = median / OUTLIER_FACTOR;
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (!(v > 0)) continue;
      const x = v / students[i];
      if (!(x >= hi || x <= lo)) continue; // also skips NaN
      const ratio = x / median;
      problems.push(
        problem('outlier', {
          cell: t.cell(i, fi),
          row: t.row[i],
          field: f,
          params: { value: v, ratio: ratio >= 1 ? Math.round(ratio) : Number(ratio.toFixed(3)) },
        }),
      );
    }
  }
}

/**
 * The k-th smallest of a[0..n) (Hoare's quickselect, in place, O(n)): TypedArray#sort would box every value.
 * Deterministic: the pivot is the middle element.
 */
export function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/** Sum of row i's known stage student figures; NaN when none is known. */
function stageSum(stageCols: Float64Array[], i: number): number {
  let sum = 0;
  let any = false;
  for (const c of stageCols) {
    const v = c[i];
    if (v === v) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : NaN;
}
