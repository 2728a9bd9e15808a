/** Strings written by the add-in stay literal text in Excel, whatever they look like. */
import { literal, needsQuote } from '../../src/office/literal';
import { installFakeOffice, uninstallFakeOffice } from '../fakes/excel-fake';

const TRICKY = [
  '=HYPERLINK("http://x","y")',
  '=1+1',
  '+86 10 1234',
  '-',
  '-5',
  '@user',
  "'quoted'",
  '#N/A',
  '0012',
  '12',
  '1/2',
  '3:30',
  '2025-09',
  '2025年9月',
  '50%',
  '1,234',
  'TRUE',
  'false',
  '１２３',
  '差距值一览表',
  '青山县第一小学',
];

afterEach(() => uninstallFakeOffice(globalThis));

test('the fake parses unescaped strings like Excel does (so the test below can fail)', async () => {
  const fake = installFakeOffice(globalThis, { sheets: [{ name: 'S' }] });
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('A1:D1').values = [['=1+1', '0012', '2025-09', 'TRUE']];
    await ctx.sync();
  });
  const s = fake.workbook.sheet('S');
  expect(s.cell('A1')?.formula).toBe('=1+1');
  expect(s.value('B1')).toBe(12);
  expect(typeof s.value('C1')).toBe('number');
  expect(s.value('D1')).toBe(true);
});

test('literal() keeps every tricky string as the exact text, never a formula', async () => {
  const fake = installFakeOffice(globalThis, { sheets: [{ name: 'S' }] });
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, TRICKY.length, 1).values = TRICKY.map((t) => [literal(t)]);
    await ctx.sync();
  });
  const s = fake.workbook.sheet('S');
  TRICKY.forEach((t, i) => {
    expect(s.get(i, 0)?.formula).toBeUndefined();
    expect(s.get(i, 0)?.value).toBe(t);
  });
});

test('plain words are written without a quote mark; numbers and booleans pass through', () => {
  expect(needsQuote('青山县第一小学')).toBe(false);
  expect(literal('差距值一览表')).toBe('差距值一览表');
  expect(literal(12.5)).toBe(12.5);
  expect(literal(true)).toBe(true);
  expect(literal(null)).toBe('');
  expect(literal('=A1')).toBe("'=A1");
});
