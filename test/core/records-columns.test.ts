import { readText } from '../../src/core/cells/read';
import type { NumberFieldId } from '../../src/core/fields';
import type { Problem } from '../../src/core/problems';
import { cellOf, type SchoolRow } from '../../src/core/records/read-rows';
import { splitRow } from '../../src/core/records/split';
import { FIELD_INDEX, tableOfRows } from '../../src/core/records/table';
import { validateRow } from '../../src/core/records/validate';
import { schoolRow } from './school-row';

function row(nums: Partial<Record<NumberFieldId, number | null>>, type = '小学'): SchoolRow {
  return schoolRow(7, '甲校', type, nums);
}

describe('the zod check on every row', () => {
  test('a negative number that slipped through reading is reported at its cell and made unknown', () => {
    const p: Problem[] = [];
    const s = row({ students: 100, teachers: -3, books: 500 });
    validateRow(s, p);
    expect(p.map((x) => [x.code, x.cell])).toEqual([['not-a-number', cellOf(s, 'teachers')]]);
    expect(s.nums.teachers).toBeNull();
    expect(s.state.teachers).toBe('error');
    expect(s.nums.books).toBe(500);
  });

  test('an infinite number is caught too; a row of plain numbers and blanks passes', () => {
    const p: Problem[] = [];
    const bad = row({ students: 100, landArea: Infinity });
    validateRow(bad, p);
    expect(p.map((x) => x.cell)).toEqual([cellOf(bad, 'landArea')]);
    const ok = row({ students: 100, landArea: 2000, books: null });
    validateRow(ok, p);
    expect(p).toHaveLength(1);
  });
});

describe('rows held in columns', () => {
  test('a row object round-trips: values, blanks (NaN) and cells', () => {
    const s = row({ students: 120, books: null, computers: 8 });
    const t = tableOfRows([s]);
    expect(t.value(0, FIELD_INDEX.students)).toBe(120);
    expect(t.value(0, FIELD_INDEX.books)).toBeNull();
    expect(t.value(0, FIELD_INDEX.teachers)).toBeUndefined();
    expect(t.cell(0, FIELD_INDEX.computers)).toBe(cellOf(s, 'computers'));
  });

  test('a stage record reads its figures from the row: split teachers, blank flags, source cells, JSON', () => {
    const s = row({ studentsPrimary: 600, studentsJunior: 400, teachers: 50, books: null, teachingArea: 5000 }, '九年一贯制学校');
    const [pri, jun] = splitRow(s, []);
    expect(pri.values.teachers).toBeCloseTo(30, 12);
    expect(jun.values.teachers).toBeCloseTo(20, 12);
    expect(pri.values.students).toBe(1000);
    expect(pri.students).toBe(600);
    expect(pri.values.books).toBeNull();
    expect(pri.blank.books).toBe(true);
    expect(pri.cells.students).toBe(cellOf(s, 'studentsPrimary'));
    expect(jun.cells.teachers).toBe(cellOf(s, 'teachers'));
    const json = JSON.parse(JSON.stringify(jun));
    expect(json).toMatchObject({ row: 7, name: '甲校', stage: 'junior', students: 400, values: { teachingArea: 5000 }, blank: { books: true } });
  });
});

test('text cells: the fast path gives what trimming gives', () => {
  for (const [cell, text] of [
    ['学校', '学校'],
    [' 学校 ', '学校'],
    ['学校\u3000', '学校'],
    ['\u00a0学校', '学校'],
    ['\u200b学校', '学校'],
    ['学\u200b校', '学校'],
    ['—', null],
    ['／', null],
    ['-5', '-5'],
    ['5-', '5-'],
    ['…', null],
  ] as const) {
    expect(readText(cell)).toBe(text);
  }
});
