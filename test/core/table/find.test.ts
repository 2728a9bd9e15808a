import { findCensusTable, isOwnOutputSheet } from '../../../src/core/table/detect';
import type { WorkbookGrid } from '../../../src/core/grid';
import { sheet } from './grids';

const census = sheet('学校基本情况', [
  ['XX县义务教育学校基本情况表'],
  ['学校名称', '办学类型', '在校生数', '专任教师', '占地面积', '图书（册）', '计算机（台）'],
  ['城关一小', '小学', 1200, 60, 24000, 30000, 120],
  ['城关中学', '初级中学', 900, 70, 30000, 40000, 110],
]);

/** A summary sheet also has school names and numbers, but fewer fields. */
const summary = sheet('汇总', [
  ['学校名称', '在校生数'],
  ['城关一小', 1200],
]);

/** Junheng's own gap table: must never be taken for the census even if it maps more fields. */
const ownGap = sheet('差距值一览表', [
  ['学校名称', '在校生数', '专任教师', '占地面积', '图书', '计算机', '教学及辅助用房', '体育运动场馆面积', '网络多媒体教室'],
  ['城关一小', 1, 2, 3, 4, 5, 6, 7, 8],
]);

const notes = sheet('填表说明', [['1. 本表由各校填报'], ['2. 面积单位为平方米']]);

describe('findCensusTable', () => {
  const wb: WorkbookGrid = { sheets: [notes, summary, ownGap, census] };

  it('picks the sheet whose table maps the most fields, ignoring Junheng output sheets', () => {
    const found = findCensusTable(wb)!;
    expect(found.sheet.name).toBe('学校基本情况');
    expect(found.table.sheet).toBe('学校基本情况');
    expect(found.table.dataRows).toEqual([2, 3]);
  });

  it('with a name, only that sheet', () => {
    expect(findCensusTable(wb, '汇总')!.sheet.name).toBe('汇总');
    expect(findCensusTable(wb, '填表说明')).toBeNull();
    expect(findCensusTable(wb, '不存在')).toBeNull();
  });

  it('an explicit name may even be one of our own sheet names (the user knows best)', () => {
    expect(findCensusTable(wb, '差距值一览表')!.sheet.name).toBe('差距值一览表');
  });

  it('null when no sheet holds a census table', () => {
    expect(findCensusTable({ sheets: [notes, ownGap] })).toBeNull();
    expect(findCensusTable({ sheets: [] })).toBeNull();
  });

  it('passes overrides on to detection', () => {
    const found = findCensusTable(wb, undefined, [{ column: 'G', field: null }])!;
    expect(found.table.columns.find((c) => c.letter === 'G')).toMatchObject({ field: null, source: 'user' });
  });

  it.each([
    ['差距值一览表', true],
    ['达标情况', true],
    ['小学差异系数', true],
    ['问题清单', true],
    ['推进时间表', true],
    ['资金测算', true],
    ['_junheng_state', true],
    ['Junheng 报告', true],
    ['学校基本情况', false],
    ['Sheet1', false],
  ])('isOwnOutputSheet(%s) = %s', (name, own) => {
    expect(isOwnOutputSheet(name)).toBe(own);
  });
});
