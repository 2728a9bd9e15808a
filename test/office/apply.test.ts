/**
 * Applying Junheng's output through Office.js on the fake Excel: result sheets, marks on / cleared / re-run,
 * ownership (a user's sheet is never touched), literal text, settings round trip.
 */
import { MARKS_NAME, SETTINGS_MAGIC } from '../../src/core/output/settings';
import { MARK_STYLE, type SheetModel, type WorkbookModel } from '../../src/core/sheet/model';
import { OfficeHost } from '../../src/office';
import { widthToPoints } from '../../src/office/write-sheet';
import { uninstallFakeOffice, type FakeExcelHost } from '../fakes/excel-fake';
import { county, installCounty, snapshot } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

const c = county(60);
const census = c.grid.name;

function expectSheetMatches(fake: FakeExcelHost, name: string, model: SheetModel): void {
  const s = fake.workbook.sheet(name);
  model.rows.forEach((row, r) =>
    row.forEach((spec, col) => {
      const cell = s.get(r, col);
      if (!spec) return;
      expect(cell?.formula).toBeUndefined();
      expect(cell?.value ?? '').toBe(spec.v ?? '');
      if (spec.fmt) expect(cell?.numberFormat).toBe(spec.fmt);
      if (spec.fill) expect(cell?.fill).toBe(spec.fill);
      if (spec.bold) expect(cell?.bold).toBe(true);
      if (spec.border) expect(cell?.borders?.EdgeTop).toBe('Continuous');
      if (spec.align) expect(cell?.hAlign?.toLowerCase()).toBe(spec.align);
    }),
  );
  expect(s.merges.length).toBe(model.merges.length);
  model.columnWidths.forEach((w, col) => w > 0 && expect(s.columnWidths.get(col)).toBe(widthToPoints(w)));
  expect(s.frozenRows).toBe(model.frozenRows);
}

describe.each(['1.7', '1.13'])('ExcelApi %s', (excelApi) => {
  test('apply writes every result sheet cell for cell, and the settings', async () => {
    const fake = installCounty(c, { excelApi });
    const host = new OfficeHost();
    await host.apply(c.model);
    for (const sheet of c.model.sheets) expectSheetMatches(fake, sheet.name, sheet);
    const settings = await host.loadSettings();
    expect(settings?.ownedSheets).toMatchObject(Object.fromEntries(c.model.sheets.map((s) => [s.id, s.name])));
    expect(settings?.censusSheet).toBe(census);
    expect(await host.listSheets()).toEqual([census]);
    const hidden = fake.workbook.sheets.filter((s) => s.visibility !== 'Visible');
    expect(hidden.map((s) => s.visibility)).toEqual(['VeryHidden', 'VeryHidden']);
    expect(hidden.some((s) => s.value('A1') === SETTINGS_MAGIC)).toBe(true);
  });

  test('failing cells show the mark colours; clearing gives back the census exactly', async () => {
    const fake = installCounty(c, { excelApi });
    const before = snapshot(fake, census);
    const host = new OfficeHost();
    await host.apply(c.model);
    const marks = c.model.marks!.marks;
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) expect(fake.workbook.displayedFill(census, m.cell)).toBe(MARK_STYLE[m.kind].fill);
    expect(fake.workbook.displayedFill(census, 'A1')).toBeNull();
    // Marks never touch the census cells: only the three rules are added.
    expect(fake.workbook.sheet(census).conditionalFormats.length).toBe(3);

    await host.clearMarks();
    expect(snapshot(fake, census)).toEqual(before);
    expect(fake.workbook.names.some((n) => n.name === MARKS_NAME)).toBe(false);
    expect(fake.workbook.sheets.map((s) => s.name)).not.toContain('_junheng_marks');
    for (const m of marks) expect(fake.workbook.displayedFill(census, m.cell)).toBeNull();
    expect((await host.loadSettings())?.ownedSheets.marks).toBeUndefined();
  });
});

test('a second run replaces Junheng’s sheets and marks instead of adding more', async () => {
  const fake = installCounty(c);
  const host = new OfficeHost();
  await host.apply(c.model);
  const names = fake.workbook.sheets.map((s) => s.name);
  await host.apply(c.model);
  expect(fake.workbook.sheets.map((s) => s.name).sort()).toEqual(names.slice().sort());
  expect(fake.workbook.sheet(census).conditionalFormats.length).toBe(3);
  expect(fake.workbook.names.filter((n) => n.name === MARKS_NAME)).toHaveLength(1);
  for (const m of c.model.marks!.marks) expect(fake.workbook.displayedFill(census, m.cell)).toBe(MARK_STYLE[m.kind].fill);
});

test('a user’s sheet with a wanted name is never touched; ours gets a suffix, and is replaced on re-run', async () => {
  const userRows = [['我的差距表'], ['=SUM(1,2)']];
  const fake = installCounty(c, {}, [{ name: '差距值一览表', rows: userRows }]);
  await Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('差距值一览表').getRange('A2').values = [['=SUM(1,2)']];
    await ctx.sync();
  });
  const userBefore = snapshot(fake, '差距值一览表');
  const host = new OfficeHost();
  await host.apply(c.model);
  expect(host.lastWarnings.join('\n')).toContain('差距值一览表(2)');
  expect(snapshot(fake, '差距值一览表')).toEqual(userBefore);
  const gaps = c.model.sheets.find((s) => s.id === 'gaps')!;
  expectSheetMatches(fake, '差距值一览表(2)', gaps);

  await host.apply(c.model);
  expect(snapshot(fake, '差距值一览表')).toEqual(userBefore);
  expect(fake.workbook.sheets.map((s) => s.name)).toContain('差距值一览表(2)');
  expect(fake.workbook.sheets.map((s) => s.name)).not.toContain('差距值一览表(3)');
  expect(await host.listSheets()).toEqual([census, '差距值一览表']);
});

test('strings that look like formulas, numbers or dates are written as literal text; links jump to cells', async () => {
  const fake = installCounty(c, { excelApi: '1.9' });
  const sheet: SheetModel = {
    id: 'custom',
    name: '测试',
    rows: [
      [{ v: '=HYPERLINK("http://evil","x")' }, { v: '0012' }, { v: '2025-09' }, { v: 3.5, fmt: '0.00' }],
      [{ v: '第一小学', link: { sheet: census, cell: 'B7' } }, { v: '=A1', link: { sheet: census, cell: 'C7' } }, null, { v: null }],
    ],
    merges: [],
    columnWidths: [20],
    frozenRows: 1,
    landscape: true,
    printTitleRows: '1:1',
  };
  const model: WorkbookModel = { sheets: [sheet], marks: null, settings: { ...c.model.settings } };
  await new OfficeHost().apply(model);
  const s = fake.workbook.sheet('测试');
  expect(s.grid()).toEqual([
    ['=HYPERLINK("http://evil","x")', '0012', '2025-09', 3.5],
    ['第一小学', '=A1', '', ''],
  ]);
  expect(s.cell('A1')?.formula).toBeUndefined();
  expect(s.cell('A2')?.hyperlink).toEqual({ documentReference: `'${census}'!B7`, textToDisplay: '第一小学' });
  expect(s.cell('B2')?.hyperlink).toEqual({ documentReference: `'${census}'!C7` });
  expect(s.orientation).toBe('Landscape');
  expect(s.printTitleRows).toBe('$1:$1');
  expect(s.showGridlines).toBe(false);
});

test('a census sheet that is gone leaves a warning and no marks', async () => {
  installCounty(c);
  const host = new OfficeHost();
  await host.apply({ ...c.model, marks: { ...c.model.marks!, sheet: '不存在' } });
  expect(host.lastWarnings.join('\n')).toContain('不存在');
  expect((await host.loadSettings())?.ownedSheets.marks).toBeUndefined();
});

test('select switches to the sheet and selects the cell; edits of the census call back until unsubscribed', async () => {
  const fake = installCounty(c);
  const host = new OfficeHost();
  await host.apply(c.model);
  await host.select(census, 'D9');
  expect(fake.workbook.activeSheet?.name).toBe(census);
  expect(fake.workbook.selection).toEqual({ sheet: census, address: 'D9' });

  let calls = 0;
  const off = await host.onSheetChanged(census, () => calls++);
  await fake.userEdit(census, 'E9', 123);
  expect(calls).toBe(1);
  off();
  await new Promise((r) => setTimeout(r, 0));
  await fake.userEdit(census, 'E9', 124);
  expect(calls).toBe(1);
});

test('a write request Excel rejects as too large is replayed in halves, with nothing written twice', async () => {
  const big = county(300);
  const fake = installCounty(big, { payloadLimit: 700 * 1024 });
  const host = new OfficeHost();
  await host.apply(big.model);
  expect(fake.stats.maxRequestBytes).toBeGreaterThan(700 * 1024); // at least one request was rejected
  for (const sheet of big.model.sheets) expectSheetMatches(fake, sheet.name, sheet);
  expect(fake.workbook.sheets.filter((s) => s.visibility === 'VeryHidden')).toHaveLength(2);
  expect(fake.workbook.sheet(big.grid.name).conditionalFormats).toHaveLength(3);
});
