/**
 * An independent, deliberately plain implementation of the county dispersion (domain brief §1.3–1.4), computed
 * from the sample generator's truth — no engine code is used, so the engine can be checked against it.
 */
import { readValue, type TruthSchool } from '../../src/sample/truth';

export type Framework = 'basic-2012' | 'quality-2017';
export type OracleStage = 'primary' | 'junior';

export const BASIC_IDS = [
  'teachingAreaPerStudent',
  'sportsAreaPerStudent',
  'equipmentValuePerStudent',
  'computersPer100',
  'booksPerStudent',
  'teachersPerStudent',
  'aboveDegreeTeachersPerStudent',
  'seniorTitleTeachersPerStudent',
] as const;

export const QUALITY_IDS = [
  'aboveDegreeTeachersPer100',
  'backboneTeachersPer100',
  'peArtTeachersPer100',
  'teachingAreaPerStudent',
  'sportsAreaPerStudent',
  'equipmentValuePerStudent',
  'multimediaRoomsPer100',
] as const;

export type OracleIndicator = (typeof BASIC_IDS)[number] | (typeof QUALITY_IDS)[number];

/** One stage of one school that counts, with its students and its shares of the school's facilities. */
export interface OracleRecord {
  school: TruthSchool;
  stage: OracleStage;
  students: number;
  /** Weighted share (A/(A+1.1B) …) for facilities. */
  weighted: number;
  /** Plain student share (A/(A+B+C)) for teacher subsets given only as school totals. */
  plain: number;
}

export function counts(school: TruthSchool, framework: Framework): boolean {
  if (school.ownership !== '公办') return false;
  if (school.type === '小学教学点') return framework === 'quality-2017' && school.students.total >= 50;
  return true;
}

export function oracleRecords(truth: TruthSchool[], framework: Framework): OracleRecord[] {
  const out: OracleRecord[] = [];
  for (const s of truth) {
    if (!counts(s, framework)) continue;
    const { primary: A, junior: B, senior: C } = s.students;
    const add = (stage: OracleStage, students: number, weighted: number, plain: number) =>
      out.push({ school: s, stage, students, weighted, plain });
    switch (s.type) {
      case '小学':
      case '小学教学点':
        add('primary', A, 1, 1);
        break;
      case '初级中学':
        add('junior', B, 1, 1);
        break;
      case '九年一贯制学校':
        add('primary', A, A / (A + 1.1 * B), A / (A + B));
        add('junior', B, (1.1 * B) / (A + 1.1 * B), B / (A + B));
        break;
      case '十二年一贯制学校': {
        const d = A + 1.1 * B + 1.32 * C;
        add('primary', A, A / d, A / (A + B + C));
        add('junior', B, (1.1 * B) / d, B / (A + B + C));
        break;
      }
      case '完全中学':
        add('junior', B, B / (B + 1.2 * C), B / (B + C));
        break;
      default:
        throw new Error(`oracle does not know ${s.type}`);
    }
  }
  return out;
}

/** The indicator value of one record, or null when a cell it needs cannot be read. */
export function oracleValue(r: OracleRecord, id: OracleIndicator, framework: Framework): number | null {
  const s = r.school;
  const P = r.students;
  const v = (f: Parameters<typeof readValue>[1]) => readValue(s, f);
  const facility = (x: number | null) => (x === null ? null : (x * r.weighted) / P);
  const subset = (x: number | null) => (x === null ? null : (x * r.plain) / P);
  const stageTeachers = v(r.stage === 'primary' ? 'teachersPrimary' : 'teachersJunior');
  const per100 = (x: number | null) => (x === null ? null : x * 100);
  switch (id) {
    case 'teachingAreaPerStudent': {
      const t = v('teachingArea');
      if (framework === 'basic-2012') return facility(t);
      const indoor = v('indoorSportsArea');
      return t === null || indoor === null ? null : facility(t - indoor);
    }
    case 'sportsAreaPerStudent':
      return facility(v('sportsArea'));
    case 'equipmentValuePerStudent':
      return facility(v('equipmentValue'));
    case 'computersPer100':
      return per100(facility(v('computers')));
    case 'booksPerStudent':
      return facility(v('books'));
    case 'multimediaRoomsPer100':
      return per100(facility(v('multimediaRooms')));
    case 'teachersPerStudent':
      return stageTeachers === null ? null : stageTeachers / P;
    case 'aboveDegreeTeachersPerStudent':
      return subset(v('aboveDegreeTeachers'));
    case 'seniorTitleTeachersPerStudent':
      return subset(v('seniorTitleTeachers'));
    case 'aboveDegreeTeachersPer100':
      return per100(subset(v('aboveDegreeTeachers')));
    case 'backboneTeachersPer100':
      return per100(subset(v('backboneTeachers')));
    case 'peArtTeachersPer100': {
      const pe = v('peTeachers');
      const art = v('artTeachers');
      return pe === null || art === null ? null : per100(subset(pe + art));
    }
  }
}

export interface OracleCv {
  cv: number | null;
  mean: number | null;
  schools: number;
}

/** Student-weighted population CV: X̄ = ΣPX/P, S = sqrt(Σ(P/ΣP)(X−X̄)²), CV = S/X̄. */
export function weightedCv(points: { x: number; p: number }[]): OracleCv {
  const P = points.reduce((a, b) => a + b.p, 0);
  if (points.length === 0 || P === 0) return { cv: null, mean: null, schools: points.length };
  const mean = points.reduce((a, b) => a + b.p * b.x, 0) / P;
  // One school alone has no spread: its CV is 0 (population form), as the engine reports.
  if (mean === 0) return { cv: null, mean, schools: points.length };
  const variance = points.reduce((a, b) => a + (b.p / P) * (b.x - mean) ** 2, 0);
  return { cv: Math.sqrt(variance) / mean, mean, schools: points.length };
}

export function oracleDispersion(
  truth: TruthSchool[],
  framework: Framework,
): Record<OracleStage, { indicators: Record<string, OracleCv>; composite: number | null; schools: number }> {
  const ids: readonly OracleIndicator[] = framework === 'basic-2012' ? BASIC_IDS : QUALITY_IDS;
  const records = oracleRecords(truth, framework);
  const result = {} as Record<OracleStage, { indicators: Record<string, OracleCv>; composite: number | null; schools: number }>;
  for (const stage of ['primary', 'junior'] as const) {
    const rs = records.filter((r) => r.stage === stage && r.students > 0);
    const indicators: Record<string, OracleCv> = {};
    for (const id of ids) {
      const points: { x: number; p: number }[] = [];
      for (const r of rs) {
        const x = oracleValue(r, id, framework);
        if (x !== null) points.push({ x, p: r.students });
      }
      indicators[id] = weightedCv(points);
    }
    const cvs = ids.map((id) => indicators[id].cv);
    const composite =
      framework === 'basic-2012' && cvs.every((c) => c !== null)
        ? (cvs as number[]).reduce((a, b) => a + b, 0) / cvs.length
        : null;
    result[stage] = { indicators, composite, schools: rs.length };
  }
  return result;
}
