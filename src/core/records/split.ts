/**
 * School rows → stage records ("virtual schools", domain brief §1.4): a mixed school becomes one record per
 * compulsory stage, with the weighted shares its facilities are split by and its teachers per stage.
 */
import type { NumberFieldId } from '../fields';
import { fieldDef } from '../fields';
import { problem, type Problem } from '../problems';
import type { Stage, StageRecord } from '../types';
import type { SchoolRow } from './read-rows';
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

interface Shares {
  weighted: number;
  plain: number;
}

/** Weighted shares (§1.4): junior students weigh 1.1, senior 1.2 (完全中学) or 1.32 (十二年一贯制). */
function shares(stage: Stage, a: number, b: number, c: number, type: string): Shares {
  const plainTotal = a + b + c;
  let weightedTotal: number;
  if (type === '完全中学') weightedTotal = b + 1.2 * c;
  else if (type === '十二年一贯制学校') weightedTotal = a + 1.1 * b + 1.32 * c;
  else weightedTotal = a + 1.1 * b;
  const own = stage === 'primary' ? a : type === '完全中学' ? b : 1.1 * b;
  return {
    weighted: weightedTotal > 0 ? own / weightedTotal : 0,
    plain: plainTotal > 0 ? (stage === 'primary' ? a : b) / plainTotal : 0,
  };
}

export function splitRow(s: SchoolRow, problems: Problem[]): StageRecord[] {
  const type = s.type;
  const excluded = permanentExclusion(type, s.ownership);
  const a = s.nums.studentsPrimary ?? 0;
  const b = s.nums.studentsJunior ?? 0;
  const c = s.nums.studentsSenior ?? 0;

  let stages: Stage[];
  if (s.stageLabel) stages = [s.stageLabel];
  else if (type && stagesOf(type).length > 0) stages = stagesOf(type);
  else stages = [b > a ? 'junior' : 'primary']; // special-education / vocational: one record, shown as excluded
  // A school row of several stages (mixed school, or junior + senior) splits; a stage row is already split.
  const multi = !s.stageLabel && (stages.length > 1 || c > 0);

  const approximated = new Set<NumberFieldId>();
  const records: StageRecord[] = [];
  for (const stage of stages) {
    const sh: Shares = multi ? shares(stage, a, b, c, type ?? '') : { weighted: 1, plain: 1 };
    const values: StageRecord['values'] = {};
    const cells: StageRecord['cells'] = {};
    const blank: StageRecord['blank'] = {};
    const take = (target: NumberFieldId, from: NumberFieldId, factor = 1) => {
      if (!(from in s.nums)) return false;
      const v = s.nums[from];
      values[target] = v == null ? null : v * factor;
      if (s.cells[from]) cells[target] = s.cells[from];
      if (s.state[from] === 'blank') blank[target] = true;
      return true;
    };

    // School totals (facilities): split later by the indicator's own rule (weighted or plain share).
    for (const f of Object.keys(s.nums) as NumberFieldId[]) if (!STAGE_FIELDS.has(f)) take(f, f);

    /** The first source with a value; else the first that has a column (so its blank/error cell is known). */
    const takeFirst = (target: NumberFieldId, sources: [NumberFieldId, number][]): NumberFieldId | null => {
      const present = sources.filter(([from]) => from in s.nums);
      const pick = present.find(([from]) => s.nums[from] != null) ?? present[0];
      if (!pick) return null;
      take(target, pick[0], pick[1]);
      return pick[0];
    };

    // Stage students: the stage column, else (single-stage school) the total.
    takeFirst('students', multi ? [[STAGE_STUDENT_FIELD[stage], 1]] : [[STAGE_STUDENT_FIELD[stage], 1], ['students', 1]]);
    let students: number | null = values.students ?? null;
    // School size counts the compulsory part of the whole school.
    values.students = multi ? a + b : students;
    if (students == null || students <= 0) {
      problems.push(problem('no-students', { cell: cells.students ?? s.cells.students ?? s.nameCell, row: s.row, field: 'students' }));
      students = null;
    }

    takeFirst('classes', multi ? [[STAGE_CLASS_FIELD[stage], 1]] : [[STAGE_CLASS_FIELD[stage], 1], ['classes', 1]]);
    if (!multi) take('oversizeClasses', 'oversizeClasses');

    // Teachers per stage: the stage column, else the school total (split by plain shares when several stages).
    for (const [target, stageField] of [
      ['teachers', STAGE_TEACHER_FIELD[stage]],
      ['aboveDegreeTeachers', STAGE_DEGREE_FIELD[stage]],
    ] as [NumberFieldId, NumberFieldId][]) {
      const used = takeFirst(target, [[stageField, 1], [target, multi ? sh.plain : 1]]);
      if (used === target && multi && s.nums[target] != null) approximated.add(target);
    }
    for (const f of SUBSET_TEACHERS) {
      if (take(f, f, multi ? sh.plain : 1) && multi && (s.nums[f] ?? 0) > 0) approximated.add(f);
    }

    records.push({
      row: s.row,
      name: s.name,
      code: s.code,
      type,
      stage,
      urbanRural: s.urbanRural,
      township: s.township,
      students,
      weightedShare: sh.weighted,
      plainShare: sh.plain,
      values,
      cells,
      blank,
      alwaysExcluded: excluded,
      hasErrors: Object.values(s.state).includes('error'),
    });
  }
  if (approximated.size > 0 && !excluded) {
    const defs = [...approximated].map(fieldDef);
    problems.push(
      problem('teachers-approximated', {
        cell: s.nameCell,
        row: s.row,
        params: { fieldsZh: defs.map((d) => d.zh).join('、'), fieldsEn: defs.map((d) => d.en).join(', ') },
      }),
    );
  }
  return records;
}
