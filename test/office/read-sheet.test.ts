/** Reading the census through Office.js: the used range once, in row blocks under the 5 MB response limit. */
import { OfficeHost } from '../../src/office';
import { PAYLOAD_LIMIT, uninstallFakeOffice } from '../fakes/excel-fake';
import { installFakeOffice } from '../fakes/excel-fake';
import { county, installCounty } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

const trim = (row: unknown[]) => {
  const r = row.slice();
  while (r.length && r[r.length - 1] === null) r.pop();
  return r;
};

test('a county sheet reads back cell for cell in two syncs', async () => {
  const c = county(200);
  const fake = installCounty(c);
  const grid = await new OfficeHost().readSheet(c.grid.name);
  expect(fake.stats.syncs).toBe(2);
  const r0 = grid.originRow ?? 0;
  expect(r0).toBe(c.grid.originRow ?? 0);
  expect(grid.rows.map(trim)).toEqual(c.grid.rows.map(trim));
});

test('a sheet that does not start at A1 is read from A1, so grid indices are sheet addresses (ExcelApi 1.13)', async () => {
  installFakeOffice(
    globalThis,
    {
      sheets: [
        {
          name: 'S',
          rows: [[], [], [], [], [null, null, '学校', '学生', '教师'], [null, null, '一小', 300, '#DIV/0!']],
          merges: ['D5:E5'],
        },
      ],
    },
    { excelApi: '1.13' },
  );
  const grid = await new OfficeHost().readSheet('S');
  expect(grid.originRow ?? 0).toBe(0);
  expect(grid.originCol ?? 0).toBe(0);
  expect(grid.rows.length).toBe(6);
  expect(grid.rows[4].slice(2)).toEqual(['学校', '学生', '教师']);
  expect(grid.rows[5].slice(2)).toEqual(['一小', 300, { error: '#DIV/0!' }]);
  expect(grid.rows[5].slice(0, 2).every((v) => v === null || v === '')).toBe(true);
  // D5:E5 in the sheet is rows[4], columns 3..4 of the grid.
  expect(grid.merges).toEqual([{ top: 4, left: 3, bottom: 4, right: 4 }]);
});

test('on ExcelApi 1.7 merged areas are not available: the read still works, without merges', async () => {
  installFakeOffice(globalThis, { sheets: [{ name: 'S', rows: [['标题'], ['学校', 1]], merges: ['A1:B1'] }] }, { excelApi: '1.7' });
  const grid = await new OfficeHost().readSheet('S');
  expect(grid.merges).toEqual([]);
  expect(grid.rows[1]).toEqual(['学校', 1]);
});

test('an empty sheet reads as an empty grid', async () => {
  installFakeOffice(globalThis, { sheets: [{ name: 'S' }] });
  expect(await new OfficeHost().readSheet('S')).toEqual({ name: 'S', rows: [], merges: [] });
});

test('a sheet over 5 MB is read in several blocks, each response under the limit, nothing lost', async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => [`学校${i}`, 'x'.repeat(60), 'y'.repeat(60), i, i * 2]);
  const fake = installFakeOffice(globalThis, { sheets: [{ name: 'Big', rows }] });
  const progress: number[] = [];
  const grid = await new OfficeHost().readSheet('Big', (p) => progress.push(p.fraction));
  expect(grid.rows).toEqual(rows);
  expect(fake.stats.syncs).toBeGreaterThan(3);
  expect(fake.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
  expect(progress[progress.length - 1]).toBe(1);
});

test('a block Excel still finds too large is halved and read again', async () => {
  // Long strings make the first block (sized by cell count) far larger than the default estimate.
  const rows = Array.from({ length: 6_000 }, (_, i) => [`${i}`, 'z'.repeat(1000)]);
  const fake = installFakeOffice(globalThis, { sheets: [{ name: 'Wide', rows }] });
  const grid = await new OfficeHost().readSheet('Wide');
  expect(grid.rows.length).toBe(6000);
  expect(grid.rows[5999]).toEqual(['5999', 'z'.repeat(1000)]);
  expect(fake.stats.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT); // the rejected attempt
});
