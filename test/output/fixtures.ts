/**
 * Hand-made evaluations for the output tests: a small county whose census grid and Evaluation agree (cells,
 * rows, values), built without the engine so these tests do not depend on it.
 */
import { a1, type CellValue } from '../../src/core/grid';
import type { IndicatorId } from '../../src/core/indicators/ids';
import { problem } from '../../src/core/problems';
import type { ColumnMapping } from '../../src/core/table/types';
import type { Evaluation, IndicatorResult, SchoolResult, Stage, StageRecord } from '../../src/core/types';
import type { FieldId, NumberFieldId } from '../../src/core/fields';

export interface FixtureSchool {
  name: string;
  type: '小学' | '初级中学';
  students: number;
  teachingArea: number;
  sportsArea: number;
  /** 万元, as bureaus type it. */
  equipmentWan: number;
  books: number;
  computers: number;
  teachers: number;
  ownership?: '公办' | '民办';
}

export const CENSUS_SHEET = '统计表';
/** Row 1 title, rows 2–3 header (merged parents), data from row 4 (0-based 3). */
export const HEADER_TOP = 1;
export const FIRST_DATA = 3;

export const COLUMNS: { letter: string; header: string; field: FieldId; factor?: number }[] = [
  { letter: 'A', header: '学校名称', field: 'name' },
  { letter: 'B', header: '办学类型', field: 'schoolType' },
  { letter: 'C', header: '办学性质', field: 'ownership' },
  { letter: 'D', header: '在校生数（人）', field: 'students' },
  { letter: 'E', header: '校舍 / 教学及辅助用房（㎡）', field: 'teachingArea' },
  { letter: 'F', header: '校舍 / 体育运动场馆（㎡）', field: 'sportsArea' },
  { letter: 'G', header: '教学仪器设备资产值（万元）', field: 'equipmentValue', factor: 10000 },
  { letter: 'H', header: '图书（册）', field: 'books' },
  { letter: 'I', header: '计算机（台）', field: 'computers' },
  { letter: 'J', header: '专任教师（人）', field: 'teachers' },
];

export const DEFAULT_SCHOOLS: FixtureSchool[] = [
  { name: '擂鼓中学', type: '初级中学', students: 652, teachingArea: 1610, sportsArea: 9000, equipmentWan: 120, books: 30000, computers: 70, teachers: 50 },
  { name: '擂鼓镇小学', type: '小学', students: 795, teachingArea: 5000, sportsArea: 7000, equipmentWan: 110.5, books: 7155, computers: 90, teachers: 48 },
  { name: '腰庄小学', type: '小学', students: 227, teachingArea: 1500, sportsArea: 3000, equipmentWan: 40, books: 9000, computers: 30, teachers: 16 },
  { name: '=HYPERLINK("http://x","点我")', type: '小学', students: 314, teachingArea: 2000, sportsArea: 3500, equipmentWan: 50, books: 8000, computers: 35, teachers: 20 },
  { name: '+1', type: '小学', students: 134, teachingArea: 900, sportsArea: 1500, equipmentWan: 20, books: 4000, computers: 15, teachers: 10 },
  { name: '@民办育才学校', type: '小学', students: 400, teachingArea: 2400, sportsArea: 4000, equipmentWan: 60, books: 12000, computers: 40, teachers: 25, ownership: '民办' },
];

interface IndDef {
  id: IndicatorId;
  field: NumberFieldId;
  per: 1 | 100;
  factor: number;
  std: Record<Stage, number>;
  unit: string;
  shortfallUnit: string;
  round: boolean;
}

const INDS: IndDef[] = [
  { id: 'teachingAreaPerStudent', field: 'teachingArea', per: 1, factor: 1, std: { primary: 5.66, junior: 6.66 }, unit: '㎡/生', shortfallUnit: '㎡', round: false },
  { id: 'sportsAreaPerStudent', field: 'sportsArea', per: 1, factor: 1, std: { primary: 7.5, junior: 10.2 }, unit: '㎡/生', shortfallUnit: '㎡', round: false },
  { id: 'equipmentValuePerStudent', field: 'equipmentValue', per: 1, factor: 10000, std: { primary: 2000, junior: 2500 }, unit: '元/生', shortfallUnit: '元', round: false },
  { id: 'booksPerStudent', field: 'books', per: 1, factor: 1, std: { primary: 25, junior: 40 }, unit: '册/生', shortfallUnit: '册', round: true },
  { id: 'computersPer100', field: 'computers', per: 100, factor: 1, std: { primary: 10, junior: 12 }, unit: '台/百生', shortfallUnit: '台', round: true },
  { id: 'teachersPerStudent', field: 'teachers', per: 1, factor: 1, std: { primary: 1 / 19, junior: 1 / 13.5 }, unit: '人/生', shortfallUnit: '人', round: true },
];

const COL = (f: FieldId) => COLUMNS.findIndex((c) => c.field === f);

function schoolRow(s: FixtureSchool): CellValue[] {
  return [s.name, s.type, s.ownership ?? '公办', s.students, s.teachingArea, s.sportsArea, s.equipmentWan, s.books, s.computers, s.teachers];
}

/** The census as a grid (what a reader would give the engine). */
export function censusRows(schools: FixtureSchool[] = DEFAULT_SCHOOLS): CellValue[][] {
  const rows: CellValue[][] = [['某县义务教育学校基本情况统计表']];
  rows.push(['学校名称', '办学类型', '办学性质', '在校生数（人）', '校舍', null, '教学仪器设备资产值（万元）', '图书（册）', '计算机（台）', '专任教师（人）']);
  rows.push([null, null, null, null, '教学及辅助用房（㎡）', '体育运动场馆（㎡）', null, null, null, null]);
  for (const s of schools) rows.push(schoolRow(s));
  return rows;
}

export interface FixtureOptions {
  schools?: FixtureSchool[];
  standard?: string;
  /** Add the typical problems (a warning and an error on two cells, one table-wide warning). */
  problems?: boolean;
  /** Mark E column as a user mapping override (travels in the settings). */
  userMapping?: boolean;
}

export function makeEvaluation(opts: FixtureOptions = {}): Evaluation {
  const schools = opts.schools ?? DEFAULT_SCHOOLS;
  const records: StageRecord[] = [];
  const results: SchoolResult[] = [];
  schools.forEach((s, i) => {
    const row0 = FIRST_DATA + i;
    const stage: Stage = s.type === '小学' ? 'primary' : 'junior';
    const cell = (f: FieldId) => a1(row0, COL(f));
    const raw: Record<string, number> = {
      students: s.students,
      teachingArea: s.teachingArea,
      sportsArea: s.sportsArea,
      equipmentValue: s.equipmentWan * 10000,
      books: s.books,
      computers: s.computers,
      teachers: s.teachers,
    };
    const fields = Object.keys(raw) as NumberFieldId[];
    records.push({
      row: row0 + 1,
      name: s.name,
      code: null,
      type: s.type,
      stage,
      urbanRural: '乡村',
      township: '擂鼓镇',
      students: s.students,
      weightedShare: 1,
      plainShare: 1,
      values: Object.fromEntries(fields.map((f) => [f, raw[f]])) as StageRecord['values'],
      cells: Object.fromEntries(fields.map((f) => [f, cell(f)])) as StageRecord['cells'],
      blank: {},
      alwaysExcluded: s.ownership === '民办' ? { zh: '民办学校', en: 'private school' } : null,
      hasErrors: false,
    });
    const counted = s.ownership !== '民办';
    const indicators: Partial<Record<IndicatorId, IndicatorResult>> = {};
    for (const d of INDS) {
      const value = (raw[d.field] / s.students) * d.per;
      const standard = d.std[stage];
      const met = counted ? value >= standard - 1e-12 : null;
      let shortfall = met === false ? ((standard - value) * s.students) / d.per : 0;
      if (d.round) shortfall = Math.ceil(shortfall - 1e-9);
      indicators[d.id] = {
        value,
        standard: counted ? standard : null,
        met,
        shortfall: counted ? shortfall : null,
        unit: d.unit,
        shortfallUnit: d.shortfallUnit,
        cells: [cell(d.field), cell('students')],
        ratio: value / standard,
      };
    }
    const failing = INDS.filter((d) => indicators[d.id]?.met === false).map((d) => d.id);
    results.push({
      row: row0 + 1,
      name: s.name,
      code: null,
      type: s.type,
      stage,
      students: s.students,
      urbanRural: '乡村',
      township: '擂鼓镇',
      counted,
      excludedReason: counted ? null : '民办学校不参加评估',
      excludedReasonEn: counted ? null : 'private school',
      indicators,
      passed: counted ? failing.length === 0 : null,
      failing,
    });
  });

  const problems = opts.problems === false ? [] : fixtureProblems(schools.length);
  const columns: ColumnMapping[] = COLUMNS.map((c, i) => ({
    column: i,
    letter: c.letter,
    header: c.header,
    field: c.field,
    factor: c.factor ?? 1,
    unit: null,
    confidence: 1,
    source: opts.userMapping && c.letter === 'E' ? 'user' : 'auto',
  }));
  const disp = (stage: Stage) => {
    const rs = results.filter((r) => r.counted && r.stage === stage);
    const P = rs.reduce((a, r) => a + (r.students ?? 0), 0);
    const indicators: Evaluation['dispersion']['primary']['indicators'] = {};
    for (const d of INDS) {
      if (rs.length < 2) {
        indicators[d.id] = { cv: null, mean: null, schools: rs.length, limit: 0.65, met: null };
        continue;
      }
      const mean = rs.reduce((a, r) => a + (r.students ?? 0) * r.indicators[d.id]!.value!, 0) / P;
      const S = Math.sqrt(rs.reduce((a, r) => a + ((r.students ?? 0) / P) * (r.indicators[d.id]!.value! - mean) ** 2, 0));
      const cv = S / mean;
      indicators[d.id] = { cv, mean, schools: rs.length, limit: null, met: null };
    }
    const cvs = Object.values(indicators).map((e) => e!.cv).filter((v): v is number => v !== null);
    const composite = cvs.length ? cvs.reduce((a, b) => a + b, 0) / cvs.length : null;
    const limit = stage === 'primary' ? 0.65 : 0.55;
    return {
      indicators,
      composite: { cv: composite, limit, met: composite === null ? null : Math.round(composite * 1000) / 1000 <= limit },
      schools: rs.length,
    };
  };
  const dispersion = { primary: disp('primary'), junior: disp('junior') };
  const failingSchools = results.filter((r) => r.passed === false).length;
  return {
    standard: opts.standard ?? 'basic-2012',
    province: 'hubei',
    sheet: CENSUS_SHEET,
    table: {
      sheet: CENSUS_SHEET,
      headerTop: HEADER_TOP,
      headerRows: 2,
      dataRows: schools.map((_, i) => FIRST_DATA + i),
      skipped: [],
      columns,
      lastColumn: COLUMNS.length - 1,
    },
    records,
    schools: results,
    dispersion,
    problems,
    verdict: {
      passed: failingSchools === 0,
      reasons: failingSchools
        ? [{ zh: `${failingSchools} 所学校未达到办学基本标准`, en: `${failingSchools} schools below the basic standard` }]
        : [{ zh: '全部学校达到办学基本标准', en: 'all schools meet the basic standard' }],
    },
    indicatorOrder: INDS.map((d) => d.id),
  };
}

function fixtureProblems(n: number) {
  const out = [problem('field-not-found', { field: 'greenArea' })];
  if (n > 1) out.push(problem('number-as-text', { cell: a1(FIRST_DATA + 1, COL('books')), row: FIRST_DATA + 2, field: 'books', params: { text: '7,155', value: 7155 } }));
  if (n > 2) out.push(problem('not-a-number', { cell: a1(FIRST_DATA + 2, COL('computers')), row: FIRST_DATA + 3, field: 'computers', params: { text: '不详' } }));
  return out;
}

/** n synthetic schools for size tests. */
export function manySchools(n: number): FixtureSchool[] {
  const out: FixtureSchool[] = [];
  for (let i = 0; i < n; i++) {
    const junior = i % 3 === 0;
    const st = 200 + ((i * 37) % 1500);
    const k = 0.7 + ((i * 13) % 60) / 100; // 0.7 … 1.29 of a typical value
    out.push({
      name: `第${i + 1}学校`,
      type: junior ? '初级中学' : '小学',
      students: st,
      teachingArea: Math.round(st * 6 * k),
      sportsArea: Math.round(st * 9 * k),
      equipmentWan: Math.round(st * 0.23 * k * 100) / 100,
      books: Math.round(st * 32 * k),
      computers: Math.round(st * 0.11 * k),
      teachers: Math.round(st * 0.065 * k),
    });
  }
  return out;
}
