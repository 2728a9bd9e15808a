/**
 * Validation of every school row: a zod schema for the record's shape, then cross-field rules declared as data
 * (a subset never exceeds its total, stage students add up), duplicates, unknown types and outliers.
 * A value that breaks a rule becomes unknown (null) so it cannot pass a standard, and the row goes on.
 */
import { z } from 'zod';
import { fieldDef, type NumberFieldId } from '../fields';
import { problem, type Problem, type ProblemCode } from '../problems';
import type { SchoolType } from '../types';
import { cellOf, type SchoolRow } from './read-rows';

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

/** Rows of one table share one letters object: one schema per table. */
const schemaCache = new WeakMap<object, ReturnType<typeof schoolRowSchema>>();
function schemaFor(s: SchoolRow) {
  let schema = schemaCache.get(s.letters);
  if (!schema) {
    schema = schoolRowSchema(Object.keys(s.letters) as NumberFieldId[]);
    schemaCache.set(s.letters, schema);
  }
  return schema;
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

function invalidate(s: SchoolRow, f: NumberFieldId): void {
  s.nums[f] = null;
  s.state[f] = 'error';
}

export function validateRow(s: SchoolRow, problems: Problem[]): void {
  const shape = schemaFor(s).safeParse(s);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const f = issue.path[1] as NumberFieldId | undefined;
      if (f && cellOf(s, f)) {
        problems.push(problem('not-a-number', { cell: cellOf(s, f), row: s.row, field: f, params: { text: String(s.nums[f]) } }));
        invalidate(s, f);
      }
    }
  }

  for (const rule of SUBSET_RULES) {
    const part = s.nums[rule.part];
    const whole = s.nums[rule.whole];
    if (part == null || whole == null || part <= whole + 1e-9) continue;
    const w = fieldDef(rule.whole);
    problems.push(
      problem(rule.code, {
        cell: cellOf(s, rule.part),
        row: s.row,
        field: rule.part,
        params: { value: part, total: whole, totalZh: w.zh, totalEn: w.en },
      }),
    );
    invalidate(s, rule.part);
  }

  const total = s.nums.students;
  const parts = STAGE_STUDENTS.map((f) => s.nums[f]).filter((v): v is number => v != null);
  if (total != null && parts.length > 0) {
    const sum = parts.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - total) > 1e-9) {
      problems.push(problem('stage-sum-mismatch', { cell: cellOf(s, 'students'), row: s.row, field: 'students', params: { sum, total } }));
      // The stage figures are what the per-stage records use; the total is the suspect.
      invalidate(s, 'students');
    }
  }

  if (s.typeText && !s.type) {
    problems.push(problem('unknown-school-type', { cell: s.typeCell, row: s.row, field: 'schoolType', params: { text: s.typeText } }));
  }
  if (!s.type) s.type = inferType(s);
}

/** A type from the students by stage when the census gives none we know. */
function inferType(s: SchoolRow): SchoolType {
  const p = (s.nums.studentsPrimary ?? 0) > 0;
  const j = (s.nums.studentsJunior ?? 0) > 0;
  const h = (s.nums.studentsSenior ?? 0) > 0;
  if (s.stageLabel) return s.stageLabel === 'primary' ? '小学' : '初级中学';
  if (p && j) return h ? '十二年一贯制学校' : '九年一贯制学校';
  if (j) return h ? '完全中学' : '初级中学';
  if (/教学点/.test(s.name)) return '小学教学点';
  if (/初中|中学/.test(s.name) && !/小学/.test(s.name)) return '初级中学';
  return '小学';
}

/** Same code, or else same name (and stage), twice: the later row is reported and left out of the county. */
export function findDuplicates(rows: SchoolRow[], problems: Problem[]): Map<SchoolRow, number> {
  const seen = new Map<string, SchoolRow>();
  const dup = new Map<SchoolRow, number>();
  for (const s of rows) {
    if (!s.name) continue;
    const key = s.code ? `code:${s.code}` : `name:${s.name}|${s.stageLabel ?? ''}`;
    const first = seen.get(key);
    if (first) {
      problems.push(problem('duplicate-school', { cell: s.nameCell, row: s.row, field: 'name', params: { name: s.name, otherRow: first.row } }));
      dup.set(s, first.row);
    } else seen.set(key, s);
  }
  return dup;
}

/**
 * Fields where a unit slip (元 in a 万元 column, a lost decimal point) shows as an implausible per-student amount,
 * each with a reader that names its property (a monomorphic load: this runs over every row of the county).
 */
const OUTLIER_FIELDS: readonly [NumberFieldId, (n: SchoolRow['nums']) => number | null | undefined][] = [
  ['landArea', (n) => n.landArea],
  ['buildingArea', (n) => n.buildingArea],
  ['teachingArea', (n) => n.teachingArea],
  ['sportsArea', (n) => n.sportsArea],
  ['fieldArea', (n) => n.fieldArea],
  ['greenArea', (n) => n.greenArea],
  ['equipmentValue', (n) => n.equipmentValue],
  ['books', (n) => n.books],
  ['computers', (n) => n.computers],
];
/** A per-student amount this many times the county median (or this many times smaller) is implausible. */
const OUTLIER_FACTOR = 8;
const OUTLIER_MIN_SCHOOLS = 8;
/** The median is taken over an even sample of at most this many schools: exact enough for a ×8 threshold. */
const MEDIAN_SAMPLE = 20000;

function studentsOf(s: SchoolRow): number | null {
  let sum = 0;
  let any = false;
  for (const f of STAGE_STUDENTS) {
    const v = s.nums[f];
    if (v != null) {
      sum += v;
      any = true;
    }
  }
  const n = any ? sum : (s.nums.students ?? null);
  return n != null && n > 0 ? n : null;
}

export function findOutliers(rows: SchoolRow[], problems: Problem[]): void {
  const students = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) students[i] = studentsOf(rows[i]) ?? NaN;
  const stride = Math.max(1, Math.floor(rows.length / MEDIAN_SAMPLE));
  const sample = new Float64Array(Math.ceil(rows.length / stride));
  for (const [f, get] of OUTLIER_FIELDS) {
    let n = 0;
    for (let i = 0; i < rows.length; i += stride) {
      const v = get(rows[i].nums);
      const x = v != null && v > 0 ? v / students[i] : NaN; // NaN students → NaN
      if (x === x) sample[n++] = x;
    }
    if (n < OUTLIER_MIN_SCHOOLS) continue;
    const median = select(sample, n, Math.floor(n / 2));
    if (!(median > 0)) continue;
    const hi = median * OUTLIER_FACTOR;
    const lo = median / OUTLIER_FACTOR;
    for (let i = 0; i < rows.length; i++) {
      const v = get(rows[i].nums);
      if (v == null || !(v > 0)) continue;
      const x = v / students[i];
      if (!(x >= hi || x <= lo)) continue; // also skips NaN
      const ratio = x / median;
      const s = rows[i];
      problems.push(
        problem('outlier', {
          cell: cellOf(s, f),
          row: s.row,
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
