import fc from 'fast-check';
import { detectTable, findCensusTable } from '../../../src/core/table/detect';
import type { CellValue, MergeRange, SheetGrid } from '../../../src/core/grid';
import type { DetectedTable } from '../../../src/core/table/types';

const WORDS = ['学校名称', '在校生数', '小学', '初中', '合计', '专任教师', '计', '其中：本科及以上', '占地面积（㎡）', '教学仪器设备资产值（万元）',
  '图书（册）', '注：', '填表人：', '总计', '小计', '城关一小', '一、城区', '甲', '乙', '—', '', '  ', '#N/A'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.double(),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A') }),
  fc.date({ noInvalidDate: false }),
);

const mergeArb: fc.Arbitrary<MergeRange> = fc.record({
  top: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(NaN)),
  left: fc.integer({ min: -2, max: 8 }),
  bottom: fc.integer({ min: -2, max: 14 }),
  right: fc.integer({ min: -2, max: 10 }),
});

const sheetArb: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.constantFrom('Sheet1', '差距值一览表', '基本情况'),
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
  merges: fc.array(mergeArb, { maxLength: 5 }),
});

/** A sheet that surely holds a census header in its first rows, with junk (numbers, blanks, no text) above it. */
const censusArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    above: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 4 }),
    extra: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
    below: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }),
  })
  .map(({ above, extra, below }) => ({
    name: 'S',
    rows: [...above.map((r) => r.map((c) => (typeof c === 'string' ? null : c))), ['学校名称', '在校生数', ...extra], ...below],
    merges: [],
  }));

function checkTable(s: SheetGrid, t: DetectedTable): void {
  const fields = t.columns.map((c) => c.field).filter((f) => f !== null);
  expect(new Set(fields).size).toBe(fields.length);
  expect(fields).toContain('name');
  for (const c of t.columns) {
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(Number.isFinite(c.factor) && c.factor > 0).toBe(true);
  }
  // Every row below the header is either a school or skipped, once.
  const all = [...t.dataRows, ...t.skipped.map((x) => x.row)].sort((a, b) => a - b);
  const expected: number[] = [];
  for (let r = t.headerTop + t.headerRows; r < s.rows.length; r++) expected.push(r);
  expect(all).toEqual(expected);
  expect([...t.dataRows].sort((a, b) => a - b)).toEqual(t.dataRows);
  expect(t.headerRows).toBeGreaterThanOrEqual(1);
  expect(t.headerRows).toBeLessThanOrEqual(3);
}

describe('detectTable on arbitrary sheets (property)', () => {
  it('finds a header placed among junk rows, and the result is consistent', () => {
    fc.assert(
      fc.property(censusArb, (s) => {
        const t = detectTable(s);
        expect(t).not.toBeNull();
        checkTable(s, t!);
      }),
      { numRuns: 250 },
    );
  });

  it('never throws on junk, and what it returns is consistent', () => {
    fc.assert(
      fc.property(sheetArb, (s) => {
        const t = detectTable(s);
        if (t) checkTable(s, t);
      }),
      { numRuns: 200 },
    );
  });

  it('findCensusTable never throws', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 3 }), fc.option(fc.string()), (sheets, name) => {
        findCensusTable({ sheets }, name ?? undefined);
      }),
      { numRuns: 200 },
    );
  });
});

test('a cell object without a prototype (seen by the fuzz above) does not make detection throw', () => {
  // Found by the junk property: a wide merge over a row holding such an error value made String() throw.
  const e = Object.create(null) as { error: string };
  e.error = '#DIV/0!';
  const s: SheetGrid = {
    name: 'Sheet1',
    rows: [[], [], ['学校名称', '在校生数'], [], ['0', e]],
    merges: [{ top: 4, left: 0, bottom: 0, right: 2 }],
  };
  const t = detectTable(s);
  expect(t).not.toBeNull();
  checkTable(s, t!);
});
