/**
 * The add-in and the exceljs writer (CLI, standalone page) mark a workbook the same way, so either clears or
 * replaces what the other wrote. The workbooks go through a real .xlsx round trip on the exceljs side; the fake
 * Excel is seeded with, and read back into, exceljs workbooks by the converters below.
 */
import ExcelJS from 'exceljs';
import { applyWorkbookModel, clearMarks as exceljsClearMarks, readSettings } from '../../src/adapters/exceljs';
import { MARKS_NAME } from '../../src/core/output/settings';
import { MARK_STYLE } from '../../src/core/sheet/model';
import { OfficeHost } from '../../src/office';
import { addGridSheet } from '../../src/sample/xlsx';
import { installFakeOffice, parseAddress, rectAddress, uninstallFakeOffice, type FakeExcelHost, type FakeValue } from '../fakes/excel-fake';
import { county, installCounty } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

const c = county(40);
const census = c.grid.name;
const STATE = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return out;
}

function plain(v: ExcelJS.CellValue): FakeValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  if (typeof v === 'object' && 'result' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

type CfList = { ref: string; rules: { type: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[] }[];

/** exceljs workbook → fake Excel (values, sheet states, conditional formats, workbook names). */
function toFake(wb: ExcelJS.Workbook): FakeExcelHost {
  const sheets = wb.worksheets.map((ws) => {
    const rows: (FakeValue | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: (FakeValue | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => (line[col - 1] = plain(cell.value)));
      rows[r - 1] = Array.from(line, (x) => x ?? null);
    });
    return { name: ws.name, rows: Array.from(rows, (x) => x ?? []), visibility: STATE[ws.state as keyof typeof STATE] };
  });
  const fake = installFakeOffice(globalThis, { sheets }, { excelApi: '1.13' });
  wb.worksheets.forEach((ws, i) => {
    const cfs = (ws as unknown as { conditionalFormattings?: CfList }).conditionalFormattings ?? [];
    for (const cf of cfs) {
      for (const rule of cf.rules) {
        fake.workbook.sheets[i].conditionalFormats.push({
          id: fake.newCfId(),
          rect: parseAddress(cf.ref).rect,
          type: rule.type === 'expression' ? 'Custom' : 'CellValue',
          formula: rule.type === 'expression' ? `=${rule.formulae?.[0]}` : null,
          fill: rule.style?.fill?.bgColor?.argb?.slice(2) ?? null,
          fontColor: rule.style?.font?.color?.argb?.slice(2) ?? null,
        });
      }
    }
  });
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    fake.workbook.names.push({ name: n.name, formula: `=${n.ranges[0]}`, comment: '', visible: true });
  }
  return fake;
}

/** fake Excel → exceljs workbook, the same parts back. */
function toExcelJs(fake: FakeExcelHost): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of fake.workbook.sheets) {
    const state = s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden';
    const ws = wb.addWorksheet(s.name, { state });
    s.grid().forEach((row, r) => row.forEach((v, col) => v !== '' && (ws.getCell(r + 1, col + 1).value = v)));
    for (const cf of s.conditionalFormats) {
      ws.addConditionalFormatting({
        ref: rectAddress(cf.rect),
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [(cf.formula ?? '').replace(/^=/, '')],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${cf.fill}` } } },
          },
        ],
      });
    }
  }
  for (const n of fake.workbook.names) wb.definedNames.add(n.formula.replace(/^=/, ''), n.name);
  return wb;
}

test('marks made by the exceljs writer show in Excel and the add-in clears them; its sheets are replaced, not doubled', async () => {
  const wb = new ExcelJS.Workbook();
  addGridSheet(wb, c.grid);
  applyWorkbookModel(wb, c.model);
  const fake = toFake(await roundTrip(wb));
  const marks = c.model.marks!.marks;
  for (const m of marks) expect(fake.workbook.displayedFill(census, m.cell)).toBe(MARK_STYLE[m.kind].fill);
  const censusBefore = fake.workbook.sheet(census).grid();

  const host = new OfficeHost();
  expect((await host.loadSettings())?.ownedSheets).toMatchObject({ gaps: '差距值一览表', marks: '_junheng_marks' });
  await host.clearMarks();
  expect(fake.workbook.sheet(census).conditionalFormats).toEqual([]);
  expect(fake.workbook.names.map((n) => n.name)).not.toContain(MARKS_NAME);
  expect(fake.workbook.sheets.map((s) => s.name)).not.toContain('_junheng_marks');
  expect(fake.workbook.sheet(census).grid()).toEqual(censusBefore);

  const visible = () => fake.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name).sort();
  const before = visible();
  await host.apply(c.model);
  expect(visible()).toEqual(before);
  expect(fake.workbook.sheets.some((s) => /\(2\)$/.test(s.name))).toBe(false);
});

test('marks made by the add-in are found and cleared by the exceljs writer, which also replaces the add-in’s sheets', async () => {
  const fake = installCounty(c);
  await new OfficeHost().apply(c.model);
  const wb = await roundTrip(toExcelJs(fake));
  expect(readSettings(wb)?.ownedSheets).toMatchObject({ gaps: '差距值一览表', marks: '_junheng_marks' });

  exceljsClearMarks(wb);
  const back = await roundTrip(wb);
  const ws = back.getWorksheet(census)!;
  expect((ws as unknown as { conditionalFormattings?: CfList }).conditionalFormattings ?? []).toEqual([]);
  expect((back.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name)).not.toContain(MARKS_NAME);
  expect(back.worksheets.map((w) => w.name)).not.toContain('_junheng_marks');

  const again = await roundTrip(toExcelJs(fake));
  applyWorkbookModel(again, c.model);
  expect(again.worksheets.some((w) => /\(2\)$/.test(w.name))).toBe(false);
  expect(again.worksheets.filter((w) => w.name === '差距值一览表')).toHaveLength(1);
});
