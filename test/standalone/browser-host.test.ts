/**
 * The standalone page's Host on the sample county, in Node: it hides Junheng's own sheets, writes with the shared
 * exceljs writer, and what it downloads opens again with the settings, the marks and the census unchanged.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readSettings } from '../../src/adapters/exceljs';
import { evaluate } from '../../src/core/evaluate';
import { buildWorkbookModel } from '../../src/core/output';
import { BrowserHost } from '../../src/standalone/browser-host';

const SAMPLE = path.resolve(__dirname, '../../assets/sample/sample-county.xlsx');
const CENSUS = '学校基本情况';

async function open(bytes: Uint8Array<ArrayBuffer>, name = 'sample-county.xlsx'): Promise<BrowserHost> {
  return BrowserHost.fromFile(new File([bytes], name));
}

test('reads, writes and round-trips the sample county', async () => {
  const host = await open(new Uint8Array(fs.readFileSync(SAMPLE)));
  const sheets = await host.listSheets();
  expect(sheets).toContain(CENSUS);
  const before = await host.readSheet(CENSUS);

  const ev = evaluate({ sheets: [before] }, { standard: 'quality-2017', sheet: CENSUS });
  const model = buildWorkbookModel(ev, { date: '2026-11-23' });
  await host.apply(model);
  // Junheng's sheets are not offered as census candidates.
  expect(await host.listSheets()).toEqual(sheets);
  expect(await host.loadSettings()).toMatchObject({ censusSheet: CENSUS, standard: 'quality-2017' });

  const blob = await host.toBlob();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await blob.arrayBuffer());
  const settings = readSettings(again)!;
  expect(Object.keys(settings.ownedSheets)).toEqual(expect.arrayContaining(['gaps', 'marks']));
  for (const s of model.sheets) expect(again.getWorksheet(s.name)).toBeDefined();
  const reopened = await open(new Uint8Array(await blob.arrayBuffer()));
  expect((await reopened.readSheet(CENSUS)).rows).toEqual(before.rows);

  // Clearing removes the mirror sheet; the census stays as it was.
  await reopened.clearMarks();
  const cleared = await reopened.toBlob();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await cleared.arrayBuffer());
  expect(wb.getWorksheet(settings.ownedSheets.marks)).toBeUndefined();
});

test('selections reach the page listener; a missing sheet is an error in words', async () => {
  const host = await open(new Uint8Array(fs.readFileSync(SAMPLE)));
  const seen: string[] = [];
  const off = host.onSelect((sheet, cell) => seen.push(`${sheet}!${cell}`));
  await host.select(CENSUS, 'H12');
  off();
  await host.select(CENSUS, 'H13');
  expect(seen).toEqual([`${CENSUS}!H12`]);
  await expect(host.readSheet('没有这张表')).rejects.toMatchObject({ zh: '找不到工作表“没有这张表”' });
});

test('a file that is not a workbook is refused', async () => {
  await expect(open(new TextEncoder().encode('not a zip'), 'x.xlsx')).rejects.toThrow();
});

test("a user's sheet with a result sheet's name is kept, and the host says where the result went", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  wb.addWorksheet('差距值一览表').getCell('A1').value = '我自己的表';
  const host = await open(new Uint8Array(await wb.xlsx.writeBuffer()));
  const grid = await host.readSheet(CENSUS);
  const ev = evaluate({ sheets: [grid] }, { standard: 'quality-2017', sheet: CENSUS });
  await host.apply(buildWorkbookModel(ev, { date: '2026-11-23' }));
  expect(host.lastWarnings.join('\n')).toContain('差距值一览表');
  expect(host.workbook.getWorksheet('差距值一览表')!.getCell('A1').value).toBe('我自己的表');
});
