/**
 * School rows → stage records ("virtual schools", domain brief §1.4): a mixed school becomes one record per
 * compulsory stage, with the weighted shares its facilities are split by and its teachers per stage.
 */
import type { NumberFieldId } from '../fields';
import { fieldDef } from '../fields';
import { problem, type Problem } from '../problems';
import type { Stage, StageRecord } from '../types';
import { cellOf, type SchoolRow } from './read-rows';
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

/** Everything one stage record is being built from (passed to the helpers below instead of closures). */
interface Build {
  s: SchoolRow;
  values: StageRecord['values'];
  blank: StageRecord['blank'];
  rowBlank: StageRecord['blank'];
  sources: Sources;
}

/** Put `from`'s figure (× factor) in `target`; from null: no source, the figure is unknown. */
function put(b: Build, target: NumberFieldId, from: NumberFieldId | null, factor: number): void {
  if (from === target && factor === 1) return; // already in place
  const nums = b.s.nums;
  const v = from === null ? undefined : nums[from];
  b.values[target] = v == null ? (from !== null && nums[from] !== undefined ? null : undefined) : v * factor;
  b.sources[target] = from;
  if (from !== null && b.rowBlank[from] === true) b.blank[target] = true;
  else if (b.blank[target]) b.blank[target] = undefined;
}

/** The first source with a value, else the first that has a column (so its blank or bad cell is known). */
function putFirst(b: Build, target: NumberFieldId, f1: NumberFieldId, k1: number, f2: NumberFieldId | null, k2: number): NumberFieldId | null {
  const nums = b.s.nums;
  const has1 = nums[f1] !== undefined;
  const has2 = f2 !== null && nums[f2] !== undefined;
  let pick: NumberFieldId | null = null;
  let k = 1;
  if (has1 && nums[f1] != null) [pick, k] = [f1, k1];
  else if (has2 && nums[f2 as NumberFieldId] != null) [pick, k] = [f2, k2];
  else if (has1) [pick, k] = [f1, k1];
  else if (has2) [pick, k] = [f2, k2];
  put(b, target, pick, k);
  return pick;
}

const ONE: Shares = { weighted: 1, plain: 1 };
const NO_BLANKS: StageRecord['blank'] = Object.freeze({}) as StageRecord['blank'];

export function splitRow(s: SchoolRow, problems: Problem[]): StageRecord[] {
  const type = s.type;
  const excluded = permanentExclusion(type, s.ownership);
  const a = s.nums.studentsPrimary ?? 0;
  const b = s.nums.studentsJunior ?? 0;
  const c = s.nums.studentsSenior ?? 0;

  let stages: readonly Stage[];
  if (s.stageLabel) stages = s.stageLabel === 'primary' ? PRIMARY : JUNIOR;
  else if (type && stagesOf(type).length > 0) stages = stagesOf(type);
  else stages = b > a ? JUNIOR : PRIMARY; // special-education / vocational: one record, shown as excluded
  // A school row of several stages (mixed school, or junior + senior) splits; a stage row is already split.
  const multi = !s.stageLabel && (stages.length > 1 || c > 0);

  let approximated: NumberFieldId[] | null = null;
  const records: StageRecord[] = [];
  // Blank cells of the row (state is sparse: only blank or unreadable fields are listed).
  let rowBlank: StageRecord['blank'] = NO_BLANKS;
  let hasErrors = false;
  for (const f in s.state) {
    if (s.state[f as NumberFieldId] === 'blank') {
      if (rowBlank === NO_BLANKS) rowBlank = {};
      rowBlank[f as NumberFieldId] = true;
    } else hasErrors = true;
  }
  for (const stage of stages) {
    const sh = multi ? shares(stage, a, b, c, type ?? '') : ONE;
    // Start from the school's figures (facility totals are split later by the indicator's own rule) and replace
    // every stage figure by this stage's own. A single-stage row's own objects are reused: no copy for most schools.
    const build: Build = {
      s,
      values: multi ? { ...s.nums } : s.nums,
      blank: multi || rowBlank !== NO_BLANKS ? { ...rowBlank } : {},
      rowBlank,
      sources: {},
    };

    // Stage students: the stage column, else (single-stage school) the total.
    putFirst(build, 'students', STAGE_STUDENT_FIELD[stage], 1, multi ? null : 'students', 1);
    let students: number | null = build.values.students ?? null;
    // School size counts the compulsory part of the whole school.
    if (multi) build.values.students = a + b;
    if (students == null || students <= 0) {
      const src = build.sources.students;
      const cell = (src ? cellOf(s, src) : undefined) ?? cellOf(s, 'students') ?? s.nameCell;
      problems.push(problem('no-students', { cell, row: s.row, field: 'students' }));
      students = null;
    }

    putFirst(build, 'classes', STAGE_CLASS_FIELD[stage], 1, multi ? null : 'classes', 1);
    // 超标准班额 is a school figure: it is only attributed to a single-stage school.
    if (multi) put(build, 'oversizeClasses', null, 1);

    // Teachers per stage: the stage column, else the school total (split by plain shares when several stages).
    const k = multi ? sh.plain : 1;
    if (putFirst(build, 'teachers', STAGE_TEACHER_FIELD[stage], 1, 'teachers', k) === 'teachers' && multi && s.nums.teachers != null)
      (approximated ??= []).push('teachers');
    if (putFirst(build, 'aboveDegreeTeachers', STAGE_DEGREE_FIELD[stage], 1, 'aboveDegreeTeachers', k) === 'aboveDegreeTeachers' && multi && s.nums.aboveDegreeTeachers != null)
      (approximated ??= []).push('aboveDegreeTeachers');
    if (multi) {
      for (const f of SUBSET_TEACHERS) {
        if (s.nums[f] === undefined) continue;
        put(build, f, f, sh.plain);
        if ((s.nums[f] ?? 0) > 0) (approximated ??= []).push(f);
      }
    }

    records.push(new LazyRecord(s, stage, type, students, sh, build.values, build.blank, build.sources, excluded, hasErrors));
  }
  if (approximated && !excluded) {
    const defs = [...new Set(approximated)].map(fieldDef);
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

const PRIMARY: readonly Stage[] = ['primary'];
const JUNIOR: readonly Stage[] = ['junior'];

type Sources = Partial<Record<NumberFieldId, NumberFieldId | null>>;

/**
 * A stage record whose cell addresses are made on first use (letter + row): a county has hundreds of thousands
 * of records and only the failing few are ever marked or listed.
 */
class LazyRecord implements StageRecord {
  readonly row: number;
  readonly name: string;
  readonly code: string | null;
  readonly urbanRural: StageRecord['urbanRural'];
  readonly township: string | null;
  readonly weightedShare: number;
  readonly plainShare: number;
  readonly #letters: SchoolRow['letters'];
  readonly #sources: Sources;
  #cells: StageRecord['cells'] | undefined;

  constructor(
    s: SchoolRow,
    readonly stage: Stage,
    readonly type: StageRecord['type'],
    readonly students: number | null,
    sh: Shares,
    readonly values: StageRecord['values'],
    readonly blank: StageRecord['blank'],
    sources: Sources,
    readonly alwaysExcluded: StageRecord['alwaysExcluded'],
    readonly hasErrors: boolean,
  ) {
    this.row = s.row;
    this.name = s.name;
    this.code = s.code;
    this.urbanRural = s.urbanRural;
    this.township = s.township;
    this.weightedShare = sh.weighted;
    this.plainShare = sh.plain;
    this.#letters = s.letters;
    this.#sources = sources;
  }

  get cells(): StageRecord['cells'] {
    if (!this.#cells) {
      const out: StageRecord['cells'] = {};
      const at = (f: NumberFieldId) => (this.#letters[f] === undefined ? undefined : this.#letters[f] + this.row);
      for (const f of Object.keys(this.#letters) as NumberFieldId[]) out[f] = at(f);
      for (const [target, src] of Object.entries(this.#sources) as [NumberFieldId, NumberFieldId | null][]) {
        out[target] = src == null ? undefined : at(src);
      }
      this.#cells = out;
    }
    return this.#cells;
  }

  toJSON(): Omit<StageRecord, never> {
    const { row, name, code, type, stage, urbanRural, township, students, weightedShare, plainShare, values, cells, blank, alwaysExcluded, hasErrors } = this;
    return { row, name, code, type, stage, urbanRural, township, students, weightedShare, plainShare, values, cells, blank, alwaysExcluded, hasErrors };
  }
}
