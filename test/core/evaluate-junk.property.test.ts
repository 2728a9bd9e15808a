/**
 * Property: junk in any numeric cell of the census never throws, always yields an error at that cell, and the
 * rest of the county is still scored.
 */
import fc from 'fast-check';
import { evaluate } from '../../src/core/evaluate';
import { a1, type CellValue } from '../../src/core/grid';
import { FIELD_BY_ID } from '../../src/core/fields';
import { generateCounty } from '../../src/sample/generate';

const base = generateCounty({ schools: 12, seed: 7, messy: false });
const { layout } = base;
const numericCols = layout.columns
  .map((c, i) => ({ c, i }))
  .filter(({ c }) => c.field !== null && FIELD_BY_ID.get(c.field)?.kind !== 'text')
  .map(({ i }) => i);

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string().map((s) => `x${s}`),
  fc.constantFrom('不详', '无', '？', 'N/A', '#N/A', '#DIV/0!', '#VALUE!', '约300', '三百'),
  fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?').map((error) => ({ error })),
  fc.double({ max: -0.001, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);

test('junk in any numeric cell → an error at that cell, no throw, others still scored', () => {
  const baseline = evaluate({ sheets: [base.grid] }, { standard: 'quality-2017' });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: layout.dataRows.length - 1 }), fc.constantFrom(...numericCols), junk, (ri, col, value) => {
      const r = layout.dataRows[ri];
      const rows = base.grid.rows.map((row) => row.slice());
      rows[r][col] = value;
      const ev = evaluate({ sheets: [{ ...base.grid, rows }] }, { standard: 'quality-2017' });
      const addr = a1(r, col);
      const here = ev.problems.filter((p) => p.cell === addr && p.severity === 'error');
      expect(here.length).toBeGreaterThan(0);
      expect(here[0].message).toContain(addr);
      // Every other school row is still scored.
      expect(ev.schools.length).toBe(baseline.schools.length);
      const others = ev.schools.filter((s) => s.row !== r + 1);
      expect(others.every((s) => Object.keys(s.indicators).length > 0)).toBe(true);
    }),
    { numRuns: 150 },
  );
});

test('a fractional count is an error at its cell', () => {
  const col = layout.columns.findIndex((c) => c.field === 'books');
  const r = layout.dataRows[3];
  const rows = base.grid.rows.map((row) => row.slice());
  rows[r][col] = 1234.5;
  const ev = evaluate({ sheets: [{ ...base.grid, rows }] });
  expect(ev.problems.find((p) => p.cell === a1(r, col))?.code).toBe('fractional-count');
});
