import { detectTable } from '../../../src/core/table/detect';
import type { CellValue } from '../../../src/core/grid';
import { fieldsByLetter, merge, sheet } from './grids';

/** A county census as bureaus fill it: title, 填报单位 line, two header rows with merges, totals, notes. */
function countySheet() {
  const rows: CellValue[][] = [
    ['XX县2025年义务教育学校基本情况统计表', null, null, null, null, null, null, null, null, null, null, null],
    ['填报单位：XX县教育局', null, null, null, null, null, null, null, null, '日期：2025年9月', null, null],
    ['学校名称', '办学类型', '在校生数', null, null, '专任教师', null, null, '教学及辅助用房', null, '教学仪器设备资产值（万元）', '图书（册）'],
    [null, null, '合计', '小学', '初中', '计', '其中：本科及以上', '县级及以上骨干', '计', '其中：室内体育用房', null, null],
    ['城关一小', '小学', 1200, 1200, 0, 60, 50, 8, 6000, 800, 12.5, 30000],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    ['城关中学', '初级中学', 900, 0, 900, 70, 65, 10, 7000, 1000, 20, 40000],
    ['城关镇小计', null, 2100, 1200, 900, 130, 115, 18, 13000, 1800, 32.5, 70000],
    [null, '小学', 300, 300, 0, 20, 15, 1, 1500, 0, 3, 8000],
    ['合  计', null, 2400, 1500, 900, 150, 130, 19, 14500, 1800, 35.5, 78000],
    ['总计', null, 2400, 1500, 900, 150, 130, 19, 14500, 1800, 35.5, 78000],
    ['注：1. 本表数据截至2025年9月1日。'],
    ['2. 教学仪器设备资产值以万元填报。'],
    ['填表人：张三', null, null, '审核人：李四'],
  ];
  const merges = [
    merge(0, 0, 0, 11), // title across the table
    merge(2, 0, 3, 0), // 学校名称 down over both header rows
    merge(2, 1, 3, 1),
    merge(2, 2, 2, 4), // 在校生数 over 合计 / 小学 / 初中
    merge(2, 5, 2, 7), // 专任教师 over 计 / 本科及以上 / 骨干
    merge(2, 8, 2, 9), // 教学及辅助用房 over 计 / 室内体育用房
    merge(2, 10, 3, 10),
    merge(2, 11, 3, 11),
  ];
  return sheet('基本情况', rows, merges);
}

describe('detectTable: a two-row header under title rows', () => {
  const t = detectTable(countySheet())!;

  it('finds the header below the title and the 填报单位 line', () => {
    expect(t).not.toBeNull();
    expect(t.sheet).toBe('基本情况');
    expect(t.headerTop).toBe(2);
    expect(t.headerRows).toBe(2);
    expect(t.lastColumn).toBe(11);
  });

  it('joins merged parents with their children, and vertical merges appear once', () => {
    const headers = t.columns.map((c) => c.header);
    expect(headers).toEqual([
      '学校名称',
      '办学类型',
      '在校生数 / 合计',
      '在校生数 / 小学',
      '在校生数 / 初中',
      '专任教师 / 计',
      '专任教师 / 其中：本科及以上',
      '专任教师 / 县级及以上骨干',
      '教学及辅助用房 / 计',
      '教学及辅助用房 / 其中：室内体育用房',
      '教学仪器设备资产值（万元）',
      '图书（册）',
    ]);
  });

  it('maps every column to its field', () => {
    expect(fieldsByLetter(t.columns)).toEqual({
      A: 'name',
      B: 'schoolType',
      C: 'students',
      D: 'studentsPrimary',
      E: 'studentsJunior',
      F: 'teachers',
      G: 'aboveDegreeTeachers',
      H: 'backboneTeachers',
      I: 'teachingArea',
      J: 'indoorSportsArea',
      K: 'equipmentValue',
      L: 'books',
    });
    const k = t.columns.find((c) => c.letter === 'K')!;
    expect(k).toMatchObject({ unit: '万元', factor: 10000, source: 'auto', column: 10 });
    expect(t.columns.find((c) => c.letter === 'L')).toMatchObject({ unit: '册', factor: 1 });
  });

  it('keeps school rows (also one without a name) and skips blank, total and note rows', () => {
    expect(t.dataRows).toEqual([4, 6, 8]);
    expect(t.skipped).toEqual([
      { row: 5, reason: 'blank' },
      { row: 7, reason: 'total' },
      { row: 9, reason: 'total' },
      { row: 10, reason: 'total' },
      { row: 11, reason: 'note' },
      { row: 12, reason: 'note' },
      { row: 13, reason: 'note' },
    ]);
  });
});

describe('detectTable: header shapes', () => {
  it('a single header row at the top, units in brackets of both widths', () => {
    const s = sheet('Sheet1', [
      ['序号', '校名', '学校标识码', '在校生数（人）', '占地面积(㎡)', '校舍建筑面积【平方米】', '教学仪器设备值[元]', '计算机（台）', '备注'],
      [1, '实验小学', '2142000001', 800, 20000, 9000, 1600000, 90, null],
      [2, '二小', '2142000002', 600, 15000, 7000, 1300000, 70, '新建'],
    ]);
    const t = detectTable(s)!;
    expect(t.headerTop).toBe(0);
    expect(t.headerRows).toBe(1);
    expect(fieldsByLetter(t.columns)).toEqual({
      B: 'name',
      C: 'code',
      D: 'students',
      E: 'landArea',
      F: 'buildingArea',
      G: 'equipmentValue',
      H: 'computers',
    });
    // unmapped columns are kept so the UI can show them
    expect(t.columns.find((c) => c.letter === 'A')).toMatchObject({ header: '序号', field: null });
    expect(t.columns.find((c) => c.letter === 'I')).toMatchObject({ header: '备注', field: null });
    expect(t.columns.find((c) => c.letter === 'E')).toMatchObject({ unit: '㎡', factor: 1, confidence: 1 });
    expect(t.columns.find((c) => c.letter === 'G')).toMatchObject({ unit: '元', factor: 1 });
    expect(t.dataRows).toEqual([1, 2]);
  });

  it('three header rows: a group parent, the field, and a units row', () => {
    const s = sheet(
      '办学条件',
      [
        ['学校名称', '办学条件', null, null],
        [null, '教学及辅助用房', '体育运动场馆面积', '教学仪器设备资产值'],
        [null, '㎡', '㎡', '万元'],
        ['一中', 5000, 9000, 120.5],
      ],
      [merge(0, 0, 2, 0), merge(0, 1, 0, 3)],
    );
    const t = detectTable(s)!;
    expect(t.headerTop).toBe(0);
    expect(t.headerRows).toBe(3);
    expect(fieldsByLetter(t.columns)).toEqual({ A: 'name', B: 'teachingArea', C: 'sportsArea', D: 'equipmentValue' });
    expect(t.columns[3]).toMatchObject({ header: '办学条件 / 教学仪器设备资产值 / 万元', unit: '万元', factor: 10000 });
    expect(t.dataRows).toEqual([3]);
  });

  it('the stage in the parent row (小学 / 在校生数)', () => {
    const s = sheet(
      'S',
      [
        ['学校名称', '小学', null, '初中', null],
        [null, '在校生数', '班级数', '在校生数', '班级数'],
        ['九年一贯制学校甲', 500, 12, 300, 6],
      ],
      [merge(0, 0, 1, 0), merge(0, 1, 0, 2), merge(0, 3, 0, 4)],
    );
    const t = detectTable(s)!;
    expect(fieldsByLetter(t.columns)).toEqual({
      A: 'name',
      B: 'studentsPrimary',
      C: 'classesPrimary',
      D: 'studentsJunior',
      E: 'classesJunior',
    });
  });

  it('without merges, a parent written above its first child is carried to the right', () => {
    const s = sheet('S', [
      ['学校名称', '在校生数', null, null, '占地面积'],
      [null, '合计', '小学', '初中', null],
      ['城关一小', 100, 100, 0, 5000],
    ]);
    const t = detectTable(s)!;
    expect(t.headerRows).toBe(2);
    expect(fieldsByLetter(t.columns)).toEqual({
      A: 'name',
      B: 'students',
      C: 'studentsPrimary',
      D: 'studentsJunior',
      E: 'landArea',
    });
  });

  it('the 甲 乙 1 2 3 column-number row under the header is not a school', () => {
    const s = sheet('S', [
      ['学校名称', '在校生数', '专任教师', '图书'],
      ['甲', 1, 2, 3],
      ['城关一小', 800, 40, 20000],
    ]);
    const t = detectTable(s)!;
    expect(t.dataRows).toEqual([2]);
    expect(t.skipped).toEqual([{ row: 1, reason: 'note' }]);
  });

  it('section labels between groups of schools are skipped', () => {
    const s = sheet(
      'S',
      [
        ['学校名称', '在校生数', '专任教师'],
        ['一、城区学校', null, null],
        ['城关一小', 800, 40],
        ['城区小学（二）', null, null],
        ['乡村学校', null, null],
        ['马场小学', 120, 9],
      ],
      [merge(4, 0, 4, 2)],
    );
    const t = detectTable(s)!;
    // "城区小学（二）" has no numbers but could be a school that left every cell blank: kept for the validator.
    expect(t.dataRows).toEqual([2, 3, 5]);
    expect(t.skipped).toEqual([
      { row: 1, reason: 'note' },
      { row: 4, reason: 'note' },
    ]);
  });

  it('"金额单位：万元" above the table applies to money columns without their own unit', () => {
    const s = sheet('S', [
      ['XX县学校办学条件', null, null],
      ['金额单位：万元', null, null],
      ['学校名称', '教学仪器设备资产值', '在校生数'],
      ['城关一小', 120, 800],
    ]);
    const t = detectTable(s)!;
    expect(t.columns[1]).toMatchObject({ field: 'equipmentValue', unit: '万元', factor: 10000 });
  });

  it('a note ends the table, but rows with data after it are schools again', () => {
    const s = sheet('S', [
      ['学校名称', '在校生数', '专任教师'],
      ['城关一小', 800, 40],
      ['说明：以下为教学点'],
      ['本表不含幼儿园'],
      ['马场教学点', 30, 3],
    ]);
    const t = detectTable(s)!;
    expect(t.dataRows).toEqual([1, 4]);
    expect(t.skipped).toEqual([
      { row: 2, reason: 'note' },
      { row: 3, reason: 'note' },
    ]);
  });
});

describe('detectTable: no census table', () => {
  it('null without a school-name column', () => {
    expect(detectTable(sheet('S', [['在校生数', '专任教师'], [1, 2]]))).toBeNull();
  });
  it('null without any numeric field', () => {
    expect(detectTable(sheet('S', [['学校名称', '备注'], ['一小', '无']]))).toBeNull();
  });
  it('null for an empty or ragged sheet', () => {
    expect(detectTable(sheet('S', []))).toBeNull();
    expect(detectTable(sheet('S', [[], [null], ['说明']]))).toBeNull();
  });
  it('the header must be in the first 30 rows', () => {
    const rows: CellValue[][] = Array.from({ length: 40 }, () => [null]);
    rows.push(['学校名称', '在校生数'], ['一小', 100]);
    expect(detectTable(sheet('S', rows))).toBeNull();
    const near: CellValue[][] = Array.from({ length: 25 }, () => [null]);
    near.push(['学校名称', '在校生数'], ['一小', 100]);
    expect(detectTable(sheet('S', near))).toMatchObject({ headerTop: 25, dataRows: [26] });
  });
});

describe('detectTable: duplicate claims', () => {
  it('the more confident column keeps the field; the other stays listed, unmapped', () => {
    const s = sheet(
      'S',
      [
        ['学校名称', '计算机', null, '在校生数'],
        [null, '合计', '其中：教学用', null],
        ['一小', 100, 80, 900],
      ],
      [merge(0, 0, 1, 0), merge(0, 1, 0, 2), merge(0, 3, 1, 3)],
    );
    const t = detectTable(s)!;
    expect(t.columns[1]).toMatchObject({ letter: 'B', header: '计算机 / 合计', field: null });
    expect(t.columns[2]).toMatchObject({ letter: 'C', field: 'computers' });
  });

  it('on a tie the leftmost column keeps the field', () => {
    const t = detectTable(sheet('S', [['学校名称', '占地面积', '占地面积'], ['一小', 100, 200]]))!;
    expect(t.columns.map((c) => c.field)).toEqual(['name', 'landArea', null]);
  });
});

describe('detectTable: user overrides', () => {
  const base = () =>
    sheet('S', [
      ['学校名称', '在校生数', '学生人数', '设备（万元）', '其他'],
      ['一小', 900, 901, 12, 5],
    ]);

  it('an override sets the field with confidence 1 and wins over the column that claimed it', () => {
    const auto = detectTable(base())!;
    expect(fieldsByLetter(auto.columns)).toMatchObject({ B: 'students' });
    const t = detectTable(base(), [{ column: 'C', field: 'students' }])!;
    expect(t.columns[2]).toMatchObject({ field: 'students', confidence: 1, source: 'user', factor: 1 });
    expect(t.columns[1]).toMatchObject({ field: null, source: 'auto' });
  });

  it('the factor comes from the header unit unless the override gives one', () => {
    const t = detectTable(base(), [{ column: 'D', field: 'equipmentValue' }, { column: 'e', field: 'books', factor: 10000 }])!;
    expect(t.columns[3]).toMatchObject({ field: 'equipmentValue', unit: '万元', factor: 10000, source: 'user' });
    expect(t.columns[4]).toMatchObject({ field: 'books', factor: 10000, source: 'user' });
  });

  it('null unmaps a column, and the next candidate column takes the field', () => {
    const t = detectTable(base(), [{ column: 'B', field: null }])!;
    expect(t.columns[1]).toMatchObject({ field: null, confidence: 1, source: 'user' });
    expect(t.columns[2]).toMatchObject({ field: 'students', source: 'auto' });
  });

  it('of two overrides naming the same field, the later wins', () => {
    const t = detectTable(base(), [
      { column: 'B', field: 'books' },
      { column: 'E', field: 'books' },
    ])!;
    expect(t.columns[1]).toMatchObject({ field: null, source: 'user' });
    expect(t.columns[4]).toMatchObject({ field: 'books', source: 'user' });
    // B no longer claims students, so C does
    expect(t.columns[2]).toMatchObject({ field: 'students' });
  });

  it('a column with no header can be mapped, and bad overrides are ignored', () => {
    const s = sheet('S', [
      ['学校名称', '在校生数', null],
      ['一小', 900, 3],
    ]);
    const t = detectTable(s, [
      { column: 'C', field: 'multimediaRooms' },
      { column: 'not a column', field: 'books' },
      { column: 'B', field: 'nonsense' as never },
    ])!;
    expect(fieldsByLetter(t.columns)).toEqual({ A: 'name', B: 'students', C: 'multimediaRooms' });
    expect(t.columns.map((c) => c.column)).toEqual([0, 1, 2]);
  });

  it('an override can supply the name column the header lacks', () => {
    const s = sheet('S', [
      ['单位', '在校生数'],
      ['一小', 900],
    ]);
    expect(detectTable(s)).toBeNull();
    const t = detectTable(s, [{ column: 'A', field: 'name' }])!;
    expect(t.dataRows).toEqual([1]);
  });
});

describe('detectTable: large sheets', () => {
  it('sorts every row of a 50 000-row sheet in one pass', () => {
    const rows: CellValue[][] = [['XX县统计表'], ['学校名称', '在校生数', '专任教师']];
    for (let i = 0; i < 50000; i++) rows.push(i % 1000 === 999 ? ['小计', 1, 1] : [`学校${i}`, i, i % 50]);
    rows.push(['合计', 1, 1]);
    const t = detectTable(sheet('S', rows))!;
    expect(t.dataRows.length).toBe(50000 - 50);
    expect(t.skipped.length).toBe(51);
    expect(t.dataRows[0]).toBe(2);
  });
});
