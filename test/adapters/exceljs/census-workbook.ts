/**
 * A census workbook as a bureau keeps it, built with exceljs for the writer tests: title, two-row header with
 * merged parents, fills, fonts, borders, number formats, a total row with formulas, the user's own conditional
 * format, a data validation, a note, widths and a second sheet of the user's.
 */
import ExcelJS from 'exceljs';
import { censusRows, CENSUS_SHEET, type FixtureSchool } from '../../output/fixtures';

export function buildCensusWorkbook(schools?: FixtureSchool[], opts: { styled?: boolean } = {}): ExcelJS.Workbook {
  const styled = opts.styled ?? true;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(CENSUS_SHEET);
  const rows = censusRows(schools);
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
  });
  const last = rows.length;
  // 合计 row with formulas: formulas must survive untouched too.
  const total = ws.getRow(last + 1);
  total.getCell(1).value = '合计';
  for (const col of ['D', 'E', 'F', 'G', 'H', 'I', 'J']) ws.getCell(`${col}${last + 1}`).value = { formula: `SUM(${col}4:${col}${last})`, result: 0 } as ExcelJS.CellFormulaValue;
  if (!styled) return wb;

  ws.mergeCells('A1:J1');
  ws.mergeCells('E2:F2');
  for (const c of ['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J']) ws.mergeCells(`${c}2:${c}3`);
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  const thin = { style: 'thin' as const };
  for (let r = 2; r <= last + 1; r++) {
    for (let c = 1; c <= 10; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: thin, left: thin, bottom: thin, right: { style: 'medium', color: { argb: 'FF1F4E79' } } };
      if (r <= 3) {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
        cell.font = { name: '宋体', bold: true, size: 10 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      } else if (c >= 4) {
        cell.numFmt = c === 7 ? '#,##0.00' : '#,##0';
      }
    }
  }
  ws.getCell('B5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // the user's own highlight
  ws.getCell('E4').font = { italic: true, color: { argb: 'FF0070C0' } };
  ws.getCell('A4').note = '校长：罗显东';
  ws.getColumn(1).width = 26;
  ws.getColumn(7).width = 16;
  ws.getRow(2).height = 30;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 3 }];
  (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add('B4:B200', { type: 'list', allowBlank: true, formulae: ['"小学,初级中学,九年一贯制学校"'] });
  ws.addConditionalFormatting({
    ref: `D4:D${last}`,
    rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['200'], priority: 1, style: { font: { color: { argb: 'FFC00000' }, bold: true } } }],
  });
  const notes = wb.addWorksheet('说明');
  notes.getCell('A1').value = '本表由各校填报，2025 年 9 月 1 日数据。';
  notes.getCell('A1').font = { bold: true };
  return wb;
}

/** Every cell's value and style of a sheet, as JSON per address, plus merges, widths, heights and views. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    out[`row${r}`] = JSON.stringify({ h: row.height ?? null, hidden: row.hidden });
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = JSON.stringify({ v: cell.value, t: cell.type, s: cell.style, note: cell.note ?? null });
    });
  });
  for (let c = 1; c <= ws.columnCount; c++) out[`col${c}`] = JSON.stringify({ w: ws.getColumn(c).width ?? null });
  out.merges = JSON.stringify(Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort());
  out.views = JSON.stringify(ws.views);
  const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  out.validations = JSON.stringify(Object.keys(dv).sort().map((k) => [k, dv[k]]));
  return out;
}

export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

/** Everything comparable in a workbook: sheets in order with state, cells, conditional formats, names. */
export function workbookSnapshot(wb: ExcelJS.Workbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  out.sheets = wb.worksheets.map((ws) => `${ws.name}|${ws.state}`);
  for (const ws of wb.worksheets) {
    out[`sheet:${ws.name}`] = sheetSnapshot(ws);
    out[`cf:${ws.name}`] = JSON.stringify((ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings);
    out[`print:${ws.name}`] = JSON.stringify(ws.pageSetup);
  }
  out.names = JSON.stringify(wb.definedNames.model);
  return out;
}
