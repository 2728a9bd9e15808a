import type { Problem } from '../../src/core/problems';
import { cellOf, type SchoolRow } from '../../src/core/records/read-rows';
import { splitRow } from '../../src/core/records/split';
import { findDuplicates, findOutliers, validateRow } from '../../src/core/records/validate';
import { parseSchoolType, permanentExclusion, parseStageLabel, parseUrbanRural } from '../../src/core/records/vocabulary';
import type { NumberFieldId } from '../../src/core/fields';
import { schoolRow } from './school-row';

let rowNo = 5;
function row(name: string, type: string | null, nums: Partial<Record<NumberFieldId, number | null>>, more: Partial<SchoolRow> = {}): SchoolRow {
  return schoolRow(rowNo++, name, type, nums, more);
}

describe('vocabulary', () => {
  test('school types in their common wordings', () => {
    expect(parseSchoolType('九年一贯制学校')).toBe('九年一贯制学校');
    expect(parseSchoolType('完中')).toBe('完全中学');
    expect(parseSchoolType('初中')).toBe('初级中学');
    expect(parseSchoolType('小学教学点')).toBe('小学教学点');
    expect(parseSchoolType('中心小学')).toBe('小学');
    expect(parseSchoolType('幼儿园')).toBeNull();
  });
  test('exclusions: private, not county-run, special, vocational', () => {
    expect(permanentExclusion('小学', '民办')?.zh).toMatch(/民办/);
    expect(permanentExclusion('初级中学', '市直属')?.zh).toMatch(/非县级/);
    expect(permanentExclusion('特殊教育学校', '公办')?.zh).toMatch(/特殊教育/);
    expect(permanentExclusion('小学', '公办')).toBeNull();
  });
  test('location and stage labels', () => {
    expect(parseUrbanRural('城区')).toBe('城区');
    expect(parseUrbanRural('镇区')).toBe('镇区');
    expect(parseUrbanRural('乡村')).toBe('乡村');
    expect(parseStageLabel('初中部')).toBe('junior');
    expect(parseStageLabel('小学')).toBe('primary');
  });
});

describe('mixed schools split into stage records (§1.4)', () => {
  test('九年一贯制: weighted shares A/(A+1.1B) and 1.1B/(A+1.1B); teachers per stage', () => {
    const p: Problem[] = [];
    const s = row('青石九年制学校', '九年一贯制学校', {
      studentsPrimary: 600,
      studentsJunior: 400,
      teachingArea: 5200,
      teachersPrimary: 40,
      teachersJunior: 35,
      backboneTeachers: 10,
    });
    validateRow(s, p);
    const [pri, jun] = splitRow(s, p);
    expect(pri.stage).toBe('primary');
    expect(pri.weightedShare).toBeCloseTo(600 / 1040, 12);
    expect(jun.weightedShare).toBeCloseTo(440 / 1040, 12);
    expect(pri.plainShare).toBeCloseTo(0.6, 12);
    expect(pri.students).toBe(600);
    expect(jun.values.teachers).toBe(35);
    expect(jun.cells.teachers).toBe(cellOf(s, 'teachersJunior'));
    // Backbone teachers only as a school total: split by plain shares, with a warning.
    expect(pri.values.backboneTeachers).toBeCloseTo(6, 12);
    expect(p.map((x) => x.code)).toEqual(['teachers-approximated']);
    // School size counts the compulsory part of the whole school.
    expect(pri.values.students).toBe(1000);
  });

  test('完全中学: junior only, share B/(B+1.2C)', () => {
    const p: Problem[] = [];
    const s = row('一中', '完全中学', { studentsJunior: 500, studentsSenior: 300, teachingArea: 9000, teachers: 80 });
    validateRow(s, p);
    const recs = splitRow(s, p);
    expect(recs).toHaveLength(1);
    expect(recs[0].stage).toBe('junior');
    expect(recs[0].weightedShare).toBeCloseTo(500 / 860, 12);
    expect(recs[0].values.teachers).toBeCloseTo(80 * (500 / 800), 12);
  });

  test('十二年一贯制: A/(A+1.1B+1.32C), 1.1B/(A+1.1B+1.32C)', () => {
    const s = row('实验学校', '十二年一贯制学校', { studentsPrimary: 300, studentsJunior: 200, studentsSenior: 100 });
    const [pri, jun] = splitRow(s, []);
    expect(pri.weightedShare).toBeCloseTo(300 / 652, 12);
    expect(jun.weightedShare).toBeCloseTo(220 / 652, 12);
  });

  test('a row per stage (小学部 / 初中部) is taken as that stage, unsplit', () => {
    const s = row('青石学校初中部', '九年一贯制学校', { students: 300, teachingArea: 2000, teachers: 25 }, { stageLabel: 'junior' });
    const recs = splitRow(s, []);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ stage: 'junior', students: 300, weightedShare: 1, plainShare: 1 });
  });

  test('a single-stage school with a blank stage column falls back on the total', () => {
    const s = row('柳河小学', '小学', { students: 320, studentsPrimary: null });
    expect(splitRow(s, [])[0].students).toBe(320);
  });

  test('no students is an error at the cell and leaves students unknown', () => {
    const p: Problem[] = [];
    const s = row('空校', '小学', { students: 0 });
    expect(splitRow(s, p)[0].students).toBeNull();
    expect(p[0]).toMatchObject({ code: 'no-students', cell: cellOf(s, 'students') });
  });
});

describe('cross-field rules', () => {
  test('a subset above its total is an error at the subset cell, and that value becomes unknown', () => {
    const p: Problem[] = [];
    const s = row('A', '小学', { students: 100, teachers: 10, backboneTeachers: 12, indoorSportsArea: 900, teachingArea: 800, greenArea: 50, landArea: 40 });
    validateRow(s, p);
    expect(p.map((x) => [x.code, x.cell])).toEqual([
      ['subset-exceeds-total', cellOf(s, 'backboneTeachers')],
      ['indoor-exceeds-teaching', cellOf(s, 'indoorSportsArea')],
      ['green-exceeds-site', cellOf(s, 'greenArea')],
    ]);
    expect(s.nums.backboneTeachers).toBeNull();
    expect(s.nums.teachers).toBe(10);
    expect(p[0].message).toContain(cellOf(s, 'backboneTeachers'));
    expect(p[0].messageEn).toMatch(/exceeds/);
  });

  test('stage students must add up to the total', () => {
    const p: Problem[] = [];
    const s = row('B', '九年一贯制学校', { students: 1000, studentsPrimary: 600, studentsJunior: 350 });
    validateRow(s, p);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'stage-sum-mismatch', cell: cellOf(s, 'students'), severity: 'error' });
  });

  test('unknown type is an error; the type is inferred so the row still evaluates', () => {
    const p: Problem[] = [];
    const s = row('C', '幼儿园', { studentsPrimary: 100, studentsJunior: 80 });
    validateRow(s, p);
    expect(p[0]).toMatchObject({ code: 'unknown-school-type', cell: 'B' + s.row });
    expect(s.type).toBe('九年一贯制学校');
  });

  test('duplicates by code, else by name', () => {
    const p: Problem[] = [];
    const a = row('甲小学', '小学', {}, { code: '123' });
    const b = row('甲小学二', '小学', {}, { code: '123' });
    const c = row('乙小学', '小学', {});
    const d = row('乙小学', '小学', {});
    const dups = findDuplicates([a, b, c, d], p);
    expect([...dups.values()]).toEqual([a.row, c.row]);
    expect(p.map((x) => x.cell)).toEqual([b.nameCell, d.nameCell]);
  });

  test('an equipment value ×10 000 off the county median is flagged as an outlier', () => {
    const p: Problem[] = [];
    const rows = Array.from({ length: 12 }, (_, i) => row(`S${i}`, '小学', { students: 300 + i * 10, equipmentValue: 600000 + i * 20000 }));
    rows[4].nums.equipmentValue = 6200000000; // 元 typed into a 万元 column
    findOutliers(rows, p);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'outlier', cell: cellOf(rows[4], 'equipmentValue'), severity: 'warning' });
  });
});

test('quickselect finds the k-th smallest like a sort does', () => {
  const { select } = jest.requireActual('../../src/core/records/validate') as typeof import('../../src/core/records/validate');
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let trial = 0; trial < 50; trial++) {
    const n = 1 + Math.floor(rnd() * 200);
    const a = Float64Array.from({ length: n }, () => Math.floor(rnd() * 20) / 2);
    const sorted = Array.from(a).sort((x, y) => x - y);
    const k = Math.floor(rnd() * n);
    expect(select(a, n, k)).toBe(sorted[k]);
  }
});
