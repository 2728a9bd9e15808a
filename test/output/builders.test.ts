import { buildComplianceSheet } from '../../src/core/output/compliance-sheet';
import { buildDispersionSheet } from '../../src/core/output/dispersion-sheet';
import { buildGapSheet, gapSentence } from '../../src/core/output/gap-sheet';
import { buildProblemSheet } from '../../src/core/output/problem-sheet';
import { buildWorkbookModel, sheetContext } from '../../src/core/output/workbook-model';
import { parseA1 } from '../../src/core/grid';
import { MARK_STYLE, type CellSpec, type SheetModel } from '../../src/core/sheet/model';
import { makeEvaluation } from './fixtures';

const DATE = '2026-11-23';
const ev = makeEvaluation();
const ctx = sheetContext(ev, DATE);

const cells = (s: SheetModel) => s.rows.flat().filter((c): c is CellSpec => !!c);
const texts = (s: SheetModel) => cells(s).filter((c) => typeof c.v === 'string').map((c) => c.v as string);
const rowText = (s: SheetModel, r: number) => s.rows[r].map((c) => (c?.v ?? '') + '').join('|');

describe('every generated sheet', () => {
  const model = buildWorkbookModel(ev, { date: DATE });
  it('has the four sheets with their names, titles naming census sheet, standard and date', () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['差距值一览表', '达标情况', '差异系数', '问题清单']);
    for (const s of model.sheets) {
      expect(s.rows[1][0]?.v).toContain('统计表');
      expect(s.rows[1][0]?.v).toContain('2026-11-23');
      expect(s.rows[1][0]?.v).toContain('教督〔2012〕3号');
      expect(s.merges[0].range).toBe(`A1:${String.fromCharCode(64 + s.columnWidths.length)}1`);
      expect(s.landscape).toBe(true);
      expect(s.frozenRows).toBeGreaterThanOrEqual(3);
      expect(s.printTitleRows).toBe(`${s.frozenRows}:${s.frozenRows}`);
      // The header row is the last frozen row and is shaded.
      expect(s.rows[s.frozenRows - 1].every((c) => c?.bold && c.fill)).toBe(true);
    }
  });
  it('has merges that never overlap (the exceljs writer relies on it) and a height for every row', () => {
    for (const s of model.sheets) {
      const boxes = s.merges.map((m) => {
        const [a, b] = m.range.split(':').map(parseA1);
        return { a, b };
      });
      boxes.forEach((x, i) =>
        boxes.slice(i + 1).forEach((y) => {
          const apart = x.b.row < y.a.row || y.b.row < x.a.row || x.b.col < y.a.col || y.b.col < x.a.col;
          expect(apart).toBe(true);
        }),
      );
      expect(s.rowHeights).toHaveLength(s.rows.length);
    }
  });
  it('is deterministic', () => {
    expect(JSON.stringify(buildWorkbookModel(makeEvaluation(), { date: DATE }))).toBe(JSON.stringify(model));
  });
  it('writes numbers as numbers with a format, never as formatted text', () => {
    for (const s of model.sheets) {
      for (const c of cells(s)) {
        if (typeof c.v === 'number') expect(c.fmt).toBeTruthy();
        if (typeof c.v === 'string') expect(c.v).not.toMatch(/^-?[\d,]+(\.\d+)?%?$/);
      }
    }
  });
  it('keeps the user mapping and the standard in the settings', () => {
    const m = buildWorkbookModel(makeEvaluation({ userMapping: true }), { date: DATE });
    expect(m.settings).toMatchObject({ version: 1, censusSheet: '统计表', standard: 'basic-2012', province: 'hubei' });
    expect(m.settings.mapping).toEqual([{ column: 'E', field: 'teachingArea' }]);
    expect(model.settings.mapping).toEqual([]);
  });
  it('adds the extra sheets of other builders after its own and rejects duplicate ids', () => {
    const extra: SheetModel = { ...model.sheets[0], id: 'plan', name: '推进时间表' };
    expect(buildWorkbookModel(ev, { date: DATE, extraSheets: [extra] }).sheets.map((s) => s.id)).toEqual([
      'gaps',
      'compliance',
      'dispersion',
      'problems',
      'plan',
    ]);
    expect(() => buildWorkbookModel(ev, { date: DATE, extraSheets: [{ ...extra, id: 'gaps' }] })).toThrow(/duplicate/);
  });
});

describe('差距值一览表', () => {
  const s = buildGapSheet(ev, ctx);
  const headings = texts(s).filter((t) => /^[一二三四五六七八九十]+、/.test(t));
  it('groups by school and stage in sheet order, passing schools marked 达标', () => {
    expect(headings).toHaveLength(5);
    expect(headings[0]).toBe('一、擂鼓中学（初中）：学生 652 人　未达标（3 项）');
    for (const h of headings) expect(h).toMatch(/达标/);
  });
  it('lists each failing indicator with standard, value, per-student gap and the amount to add', () => {
    const r = s.rows.findIndex((row) => row[1]?.v === '生均教学及辅助用房面积');
    const row = s.rows[r];
    const school = ev.schools[0].indicators.teachingAreaPerStudent!;
    expect(row[2]).toMatchObject({ v: 6.66, fmt: '#,##0.00' });
    expect(row[3]?.v).toBeCloseTo(1610 / 652, 10);
    expect(row[4]?.v).toBeCloseTo(6.66 - 1610 / 652, 10);
    expect(row[6]).toMatchObject({ v: school.shortfall, fmt: '#,##0.00' });
    expect(row[7]?.v).toBe('㎡');
    expect(row[8]?.v).toBe(`教学及辅助用房面积相差 2,732.32 ㎡`);
    // Books are counted in whole 册.
    const books = s.rows.find((x) => x[1]?.v === '生均图书册数')!;
    expect(books[6]).toMatchObject({ v: 12720, fmt: '#,##0' });
    expect(books[8]?.v).toBe('图书相差 12,720 册');
  });
  it('lists schools left out with their reason', () => {
    const i = texts(s).findIndex((t) => t.startsWith('不参加评估的学校'));
    expect(i).toBeGreaterThan(0);
    expect(texts(s)).toContain('民办学校不参加评估');
  });
  it('says 达标 for a school with no unmet indicator', () => {
    const passing = makeEvaluation({
      schools: [{ name: '好学校', type: '小学', students: 100, teachingArea: 600, sportsArea: 800, equipmentWan: 30, books: 3000, computers: 20, teachers: 10 }],
    });
    const t = texts(buildGapSheet(passing, sheetContext(passing, DATE)));
    expect(t).toContain('一、好学校（小学）：学生 100 人　达标');
    expect(t.some((x) => x.includes('相差'))).toBe(false);
  });
  it('words the seed way', () => {
    const r = { value: 52, standard: 45, met: false, shortfall: 12, unit: '人/班', shortfallUnit: '个班', cells: [], ratio: 0.8 };
    expect(gapSentence('classSize', r)).toBe('超班额（12 个班）');
    expect(gapSentence('booksPerStudent', { ...r, value: null })).toContain('无法计算');
  });
});

describe('达标情况', () => {
  const s = buildComplianceSheet(ev, ctx);
  it('has one row per counted school stage, the standard on top, failing values dark, 1 for passing schools', () => {
    const schoolRows = s.rows.filter((r) => /^\d+$/.test(String(r[0]?.v ?? '')));
    expect(schoolRows).toHaveLength(ev.schools.filter((x) => x.counted).length);
    const std = s.rows.filter((r) => r[3]?.v === '标准值');
    expect(std.map((r) => r[0]?.v)).toEqual(['小学（4 所）', '初中（1 所）']);
    expect(std[0][4]).toMatchObject({ v: 5.66 });
    for (const row of schoolRows) {
      const school = ev.schools.find((x) => x.name === row[1]?.v)!;
      const ids = ev.indicatorOrder;
      ids.forEach((id, k) => {
        const c = row[4 + k]!;
        expect(c.v).toBeCloseTo(school.indicators[id]!.value!, 12);
        expect(c.fill === MARK_STYLE.fail.fill).toBe(school.indicators[id]!.met === false);
      });
      expect(row[row.length - 1]?.v).toBe(school.passed ? 1 : 0);
      expect(row[row.length - 2]?.v).toBe(school.failing.length);
    }
  });
});

describe('差异系数', () => {
  const s = buildDispersionSheet(ev, ctx);
  it('shows each CV at full precision with a 3-decimal format, the composite and the county verdict', () => {
    const d = ev.dispersion.primary;
    const row = s.rows.find((r) => r[1]?.v === '生均图书册数')!;
    expect(row[4]).toMatchObject({ v: d.indicators.booksPerStudent!.cv, fmt: '0.000' });
    expect(row[2]?.v).toBe(4);
    const comp = s.rows.filter((r) => String(r[1]?.v).startsWith('综合差异系数'));
    expect(comp).toHaveLength(2);
    expect(comp[0][4]?.v).toBe(d.composite!.cv);
    expect(comp[0][5]?.v).toBe(0.65);
    expect(comp[0][6]?.v).toBe('达标');
    expect(texts(s)).toContain('县域结论：未达标');
    expect(texts(s)).toContain(`1. ${ev.verdict.reasons[0].zh}`);
  });
});

describe('问题清单', () => {
  const s = buildProblemSheet(ev, ctx);
  it('lists errors first with a link to the cell, and has the legend of the marks', () => {
    const header = s.frozenRows - 1;
    expect(rowText(s, header)).toBe('序号|严重程度|单元格|行|字段|问题说明|Message');
    const body = s.rows.slice(header + 1);
    expect(body.map((r) => r[1]?.v)).toEqual(['错误', '警告', '警告']);
    expect(body[0][2]).toMatchObject({ v: 'I6', link: { sheet: '统计表', cell: 'I6' } });
    // The table-wide warning (no cell) comes before the cell warnings.
    expect(body[1][2]?.v).toBe('—');
    expect(body[1][2]?.link).toBeUndefined();
    expect(body[2][2]).toMatchObject({ v: 'H5', link: { sheet: '统计表', cell: 'H5' } });
    for (const k of ['fail', 'error', 'warning'] as const) {
      expect(cells(s).some((c) => c.fill === MARK_STYLE[k].fill && c.v === '示例')).toBe(true);
      expect(texts(s).some((t) => t.includes(MARK_STYLE[k].zh))).toBe(true);
    }
  });
});
