/**
 * Hand-made evaluations for the planner: seed 003's five schools of 擂鼓镇 with their gaps (teaching rooms 2 732 ㎡,
 * books 12 720 册, 超班额 12 个 …), plus a few other kinds so every rule is exercised.
 */
import type { IndicatorId } from '../../src/core/indicators/ids';
import type { DetectedTable } from '../../src/core/table/types';
import type { Evaluation, IndicatorResult, SchoolResult, Stage } from '../../src/core/types';

type Gap = [value: number | null, standard: number, shortfall: number | null, unit: string, shortfallUnit: string];

let row = 5;
export function school(name: string, stage: Stage, students: number, gaps: Partial<Record<IndicatorId, Gap>>, counted = true): SchoolResult {
  const indicators: SchoolResult['indicators'] = {};
  for (const [id, [value, standard, shortfall, unit, shortfallUnit]] of Object.entries(gaps) as [IndicatorId, Gap][]) {
    const r: IndicatorResult = { value, standard, met: false, shortfall, unit, shortfallUnit, cells: [], ratio: value === null ? null : value / standard };
    indicators[id] = r;
  }
  // A met indicator too, which must not produce a task.
  indicators.multimediaRoomsPer100 ??= { value: 3, standard: 2.3, met: true, shortfall: 0, unit: '间/百生', shortfallUnit: '间', cells: [], ratio: 1.3 };
  return {
    row: row++,
    name,
    code: null,
    type: stage === 'primary' ? '小学' : '初级中学',
    stage,
    students,
    urbanRural: '乡村',
    township: '擂鼓镇',
    counted,
    excludedReason: counted ? null : '民办学校',
    excludedReasonEn: counted ? null : 'private school',
    indicators,
    passed: counted ? Object.keys(gaps).length === 0 : null,
    failing: counted ? (Object.keys(gaps) as IndicatorId[]) : [],
  };
}

export function evaluation(schools: SchoolResult[]): Evaluation {
  return {
    standard: 'basic-2012',
    province: 'hubei',
    sheet: '学校基本情况',
    table: { sheet: '学校基本情况', headerTop: 2, headerRows: 1, dataRows: [], skipped: [], columns: [], lastColumn: 0 } as DetectedTable,
    records: [],
    schools,
    dispersion: {
      primary: { indicators: {}, composite: null, schools: 0 },
      junior: { indicators: {}, composite: null, schools: 0 },
    },
    problems: [],
    verdict: { passed: false, reasons: [] },
    indicatorOrder: [],
  };
}

/** Seed 003's gap table (竹山县擂鼓镇), with values consistent with the Hubei standards. */
export function leiguTown(): Evaluation {
  row = 5;
  return evaluation([
    school('擂鼓中学', 'junior', 652, {
      teachingAreaPerStudent: [2.47, 6.66, 2732, '㎡/生', '㎡'],
      sportsAreaPerStudent: [6.1, 10.2, 2674, '㎡/生', '㎡'],
      booksPerStudent: [30, 40, 6520, '册/生', '册'],
    }),
    school('擂鼓镇小学', 'primary', 795, {
      classSize: [52.3, 45, 12, '人/班', '个'],
      landAreaPerStudent: [11.14, 20, 7044, '㎡/生', '㎡'],
      teachingAreaPerStudent: [2.32, 5.66, 2655, '㎡/生', '㎡'],
      computersPer100: [5, 8, 24, '台/百生', '台'],
      booksPerStudent: [14, 30, 12720, '册/生', '册'],
      teachersPerStudent: [0.045, 0.0526, 6, '人/生', '人'],
    }),
    school('腰庄小学', 'primary', 227, {
      landAreaPerStudent: [15.4, 20, 1045, '㎡/生', '㎡'],
      equipmentValuePerStudent: [500, 700, 45400, '元/生', '元'],
      seniorTitleTeachersPerStudent: [0.02, 0.03, 3, '人/生', '人'],
    }),
    school('护驾小学', 'primary', 314, {
      classSize: [50, 45, 6, '人/班', '个'],
      greenAreaRatio: [0.12, 0.3, 1754, '', '㎡'],
      booksPerStudent: [11, 30, 5966, '册/生', '册'],
      multimediaRoomsPer100: [1.0, 2.3, 5, '间/百生', '间'],
      backboneTeachersPer100: [0.3, 1.0, 3, '人/百生', '人'],
    }),
    school('鼓锣小学', 'primary', 134, {
      teachingAreaPerStudent: [3.58, 5.66, 279, '㎡/生', '㎡'],
      buildingAreaPerStudent: [4.0, 7.0, 402, '㎡/生', '㎡'],
      aboveDegreeTeachersPerStudent: [0.05, 0.07, 3, '人/生', '人'],
      peArtTeachersPer100: [0.4, 0.9, 1, '人/百生', '人'],
    }),
    school('阳光民办学校', 'primary', 300, { teachingAreaPerStudent: [1, 5.66, 1400, '㎡/生', '㎡'] }, false),
    school('竹山九年一贯制学校', 'primary', 400, { schoolSize: [2100, 2000, 100, '人', '人'] }),
    school('竹山九年一贯制学校', 'junior', 300, { sportsAreaPerStudent: [null, 10.2, null, '㎡/生', '㎡'] }),
  ]);
}
