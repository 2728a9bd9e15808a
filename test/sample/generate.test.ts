import { a1, isCellError, parseA1 } from '../../src/core/grid';
import { generateCounty, SAMPLE_SHEET_NAME, SAMPLE_TITLE } from '../../src/sample/generate';
import { columnOf, COLUMNS } from '../../src/sample/layout';
import type { SampleValueField } from '../../src/sample/truth';

describe('generateCounty', () => {
  it('is deterministic: the same seed gives the same grid and truth', () => {
    const a = generateCounty({ schools: 60, seed: 7, messy: true });
    const b = generateCounty({ schools: 60, seed: 7, messy: true });
    expect(b.grid).toEqual(a.grid);
    expect(b.truth).toEqual(a.truth);
  });

  it('gives a different county for a different seed', () => {
    const a = generateCounty({ schools: 60, seed: 7 });
    const b = generateCounty({ schools: 60, seed: 8 });
    expect(b.grid.rows).not.toEqual(a.grid.rows);
  });

  it.each([12, 48, 100, 1000])('makes exactly %i school rows', (n) => {
    const { grid, truth, layout } = generateCounty({ schools: n, seed: n, messy: true });
    expect(truth).toHaveLength(n);
    expect(layout.dataRows).toHaveLength(n);
    for (const t of truth) expect(grid.rows[t.row - 1][columnOf('name')]).toBe(t.name);
    expect(new Set(truth.map((t) => t.name)).size).toBe(n);
    expect(new Set(truth.map((t) => t.code)).size).toBe(n);
  });

  it('has every kind of school in the 48-school sample', () => {
    const { truth } = generateCounty({ schools: 48, messy: true });
    const types = new Set(truth.map((t) => t.type));
    for (const t of ['小学', '初级中学', '九年一贯制学校', '完全中学', '十二年一贯制学校', '小学教学点'] as const) {
      expect(types).toContain(t);
    }
    const points = truth.filter((t) => t.type === '小学教学点');
    expect(points.some((t) => t.students.total < 50)).toBe(true);
    expect(points.some((t) => t.students.total >= 50)).toBe(true);
    expect(truth.filter((t) => t.ownership === '民办')).toHaveLength(1);
    expect(truth.filter((t) => t.ownership === '省直属')).toHaveLength(1);
    expect(new Set(truth.map((t) => t.urbanRural))).toEqual(new Set(['城区', '镇区', '乡村']));
    expect(truth.filter((t) => t.type === '小学').length).toBeGreaterThan(truth.length / 2);
  });

  it('lays the sheet out as a messy census: title, two merged header rows, 合计, note', () => {
    const { grid, layout } = generateCounty({ schools: 48, messy: true });
    expect(grid.name).toBe(SAMPLE_SHEET_NAME);
    expect(grid.rows[0][0]).toBe(SAMPLE_TITLE);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: COLUMNS.length - 1 });
    const top = layout.headerTop;
    // 在校生数 spans 合计 / 小学 / 初中 / 高中; 学校名称 spans both header rows.
    const students = columnOf('students');
    expect(grid.rows[top][students]).toBe('在校生数（人）');
    expect(grid.rows[top + 1].slice(students, students + 4)).toEqual(['合计', '小学', '初中', '高中']);
    expect(grid.merges).toContainEqual({ top, left: students, bottom: top, right: students + 3 });
    expect(grid.merges).toContainEqual({ top, left: columnOf('name'), bottom: top + 1, right: columnOf('name') });
    expect(String(grid.rows[top][columnOf('equipmentValue')])).toContain('万元');
    expect(grid.rows[layout.totalRow][0]).toBe('合计');
    expect(String(grid.rows[layout.noteRow][0])).toMatch(/^填表说明/);
    expect(layout.spacerRows).toHaveLength(1);
    expect(grid.rows[layout.spacerRows[0]].every((v) => v === null)).toBe(true);
    // No merge overlaps another.
    const seen = new Set<string>();
    for (const m of grid.merges)
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
  });

  it('writes the 合计 row as the column sums of the intended values', () => {
    const { grid, truth, layout } = generateCounty({ schools: 48, messy: true });
    const total = grid.rows[layout.totalRow];
    expect(total[columnOf('students')]).toBe(truth.reduce((a, t) => a + t.students.total, 0));
    expect(total[columnOf('books')]).toBe(truth.reduce((a, t) => a + t.values.books, 0));
    expect(total[columnOf('equipmentValue')]).toBeCloseTo(truth.reduce((a, t) => a + t.values.equipmentValue, 0) / 10000, 2);
  });

  it('keeps values coherent: stage students add up, subsets within totals, indoor within teaching rooms', () => {
    const { truth } = generateCounty({ schools: 500, seed: 3 });
    for (const t of truth) {
      const s = t.students;
      expect(s.primary + s.junior + s.senior).toBe(s.total);
      expect(s.total).toBeGreaterThan(0);
      const v = t.values;
      expect(v.teachersPrimary + v.teachersJunior).toBeLessThanOrEqual(v.teachers);
      for (const f of ['aboveDegreeTeachers', 'seniorTitleTeachers', 'backboneTeachers'] as const) {
        expect(v[f]).toBeLessThanOrEqual(v.teachers);
      }
      expect(v.peTeachers + v.artTeachers).toBeLessThanOrEqual(v.teachers);
      expect(v.indoorSportsArea).toBeLessThanOrEqual(v.teachingArea);
      expect(v.greenArea).toBeLessThanOrEqual(v.landArea);
      expect(v.equipmentValue % 100).toBe(0);
    }
  });

  it('varies per-student values around the standards so some schools pass and some fail', () => {
    const { truth } = generateCounty({ schools: 300, seed: 11 });
    const primary = truth.filter((t) => t.type === '小学' && t.ownership === '公办');
    const equip = primary.map((t) => t.values.equipmentValue / t.students.primary);
    expect(equip.some((x) => x < 2000)).toBe(true);
    expect(equip.some((x) => x >= 2000)).toBe(true);
    expect(Math.min(...equip)).toBeGreaterThan(800);
    expect(Math.max(...equip)).toBeLessThan(5000);
    const net = primary.map((t) => (t.values.teachingArea - t.values.indoorSportsArea) / t.students.primary);
    expect(net.some((x) => x < 4.5)).toBe(true);
    expect(net.some((x) => x >= 4.5)).toBe(true);
  });

  it('puts no mistakes into a clean county', () => {
    const { truth } = generateCounty({ schools: 48 });
    expect(truth.flatMap((t) => t.mistakes)).toEqual([]);
  });

  it('puts each listed mistake exactly at its cell, and nowhere else', () => {
    const messy = generateCounty({ schools: 48, messy: true });
    const clean = generateCounty({ schools: 48, messy: false });
    const mistakes = messy.truth.flatMap((t) => t.mistakes.map((m) => ({ ...m, school: t })));
    expect(new Set(mistakes.map((m) => m.kind))).toEqual(
      new Set(['thousands-separator', 'full-width-digits', 'unit-in-cell', 'error-value', 'not-a-number', 'wan-yuan-slip', 'fractional-count']),
    );
    // Each mistake in a different school.
    expect(new Set(mistakes.map((m) => m.school.name)).size).toBe(mistakes.length);
    const byCell = new Map(mistakes.map((m) => [m.cell, m]));
    // Messy rows are the clean rows shifted by the spacer; compare every data cell.
    messy.truth.forEach((t, i) => {
      const cleanRow = clean.grid.rows[clean.truth[i].row - 1];
      const messyRow = messy.grid.rows[t.row - 1];
      messyRow.forEach((v, c) => {
        const m = byCell.get(a1(t.row - 1, c));
        if (m) expect(v).toEqual(m.written);
        else expect(v).toEqual(cleanRow[c]);
      });
    });
    for (const m of mistakes) {
      const { row, col } = parseA1(m.cell);
      expect(row + 1).toBe(m.school.row);
      expect(COLUMNS[col].field).toBe(m.field);
      expect(m.intended).toBe(m.school.values[m.field as SampleValueField]);
      const w = m.written;
      switch (m.kind) {
        case 'thousands-separator':
          expect(w).toMatch(/^\d{1,3}(,\d{3})+$/);
          expect(m.readAs).toBe(m.intended);
          break;
        case 'full-width-digits':
          expect(w).toMatch(/^[０-９]+$/);
          expect(m.readAs).toBe(m.intended);
          break;
        case 'unit-in-cell':
          expect(w).toBe(`${m.intended}平米`);
          break;
        case 'error-value':
          expect(isCellError(w)).toBe(true);
          expect(m.readAs).toBeNull();
          break;
        case 'not-a-number':
          expect(w).toBe('不详');
          expect(m.readAs).toBeNull();
          break;
        case 'wan-yuan-slip':
          expect(m.field).toBe('equipmentValue');
          expect(w).toBe(m.intended); // 元 in a 万元 column
          expect(m.readAs).toBe(m.intended * 10000);
          break;
        case 'fractional-count':
          expect(w).toBe(m.intended + 0.5);
          expect(m.readAs).toBeNull(); // a count of 12.5 people is an error, not a number to use
          break;
      }
    }
  });
});
