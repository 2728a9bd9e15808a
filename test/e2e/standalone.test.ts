/**
 * 6b. The standalone page in Chromium, offline: upload the sample county, evaluate, check the preview's marks,
 * click a problem, download, and reopen the download with exceljs. The expected marks and sheets come from the
 * core run in Node on the same file, so the browser bundle is checked against the engine, not against constants.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { MARK_CODE, readSettings } from '../../src/adapters/exceljs';
import { evaluate } from '../../src/core/evaluate';
import { buildWorkbookModel } from '../../src/core/output';
import { MARKS_NAME } from '../../src/core/output/settings';
import type { WorkbookModel } from '../../src/core/sheet/model';
import { worksheetGrid } from '../../src/adapters/exceljs/read-grid';
import { buildPage, collectErrors, launch, offline, poll, SAMPLE_XLSX, sampleGrids, screenshot, serve, tempDir, type Served } from './harness';

let dist = '';
let server: Served;
let browser: Browser;
let expected: WorkbookModel;

beforeAll(async () => {
  dist = await buildPage('standalone');
  server = await serve(dist);
  browser = await launch();
  // What the pane's default run (优质均衡, no province) must produce on this file.
  const ev = evaluate(await sampleGrids(), { standard: 'quality-2017', province: null });
  expected = buildWorkbookModel(ev, { date: '2000-01-01' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

test('evaluates the sample county in the browser and downloads the evaluated workbook', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const refused = await offline(page, server.url);
  const errors = collectErrors(page);
  await page.goto(`${server.url}standalone.html`);

  await page.getByTestId('file-input').setInputFiles(SAMPLE_XLSX);
  await page.getByTestId('table-summary').waitFor();
  expect(await page.getByTestId('sheet-picker').textContent()).toContain('学校基本情况');
  await page.getByTestId('evaluate').click();
  await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid=preview] td[data-mark]').first().waitFor();
  await screenshot(page, 'standalone-after-zh');

  // The verdict and the failing schools are the engine's.
  const verdictPassed = await page.getByTestId('verdict').getAttribute('data-passed');
  expect(verdictPassed).toBe('false');
  const marksWanted = new Map(expected.marks!.marks.map((m) => [m.cell, m.kind]));
  const marksShown = await page.$$eval('[data-testid=preview] td[data-mark]', (tds) => tds.map((td) => [td.getAttribute('data-cell')!, td.getAttribute('data-mark')!] as const));
  expect(new Map(marksShown)).toEqual(marksWanted);

  // Clicking a problem selects its cell in the preview.
  await page.getByTestId('tab-errors').click();
  const problem = page.locator('[data-testid=problem][data-cell]:not([data-cell=""])').first();
  const cell = await problem.getAttribute('data-cell');
  await problem.click();
  const selected = () => page.locator(`[data-testid=preview] td[data-cell="${cell}"]`).getAttribute('data-selected');
  expect(await poll(selected, (v) => v === 'true')).toBe('true');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const file = path.join(tempDir('download'), 'out.xlsx');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/均衡评估\.xlsx$/);

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(file);
  const original = new ExcelJS.Workbook();
  await original.xlsx.readFile(SAMPLE_XLSX);

  // The summary sheets were written, under the names the model asked for.
  const names = out.worksheets.map((w) => w.name);
  for (const s of expected.sheets) expect(names).toContain(s.name);
  // The settings remember the run.
  const settings = readSettings(out);
  expect(settings).toMatchObject({ censusSheet: '学校基本情况', standard: 'quality-2017', province: null });
  // Marks: conditional formats on the census read a very hidden mirror holding each marked cell's code.
  const census = out.getWorksheet('学校基本情况')!;
  const formats = (census as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
  const rules = formats.flatMap((cf) => cf.rules.flatMap((r) => ('formulae' in r ? ((r.formulae ?? []) as unknown[]) : [])));
  expect(rules.some((f) => String(f).includes(MARKS_NAME))).toBe(true);
  const mirror = out.getWorksheet(settings!.ownedSheets.marks)!;
  expect(mirror.state).toBe('veryHidden');
  for (const [addr, kind] of marksWanted) expect([addr, mirror.getCell(addr).value]).toEqual([addr, MARK_CODE[kind]]);
  // Census values are exactly as uploaded.
  expect(worksheetGrid(census).rows).toEqual(worksheetGrid(original.getWorksheet('学校基本情况')!).rows);

  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  await context.close();
}, 120_000);

test('a file that is not an .xlsx gets a plain-words error on the page', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await offline(page, server.url);
  const errors = collectErrors(page);
  await page.goto(`${server.url}standalone.html`);
  await page.getByTestId('file-input').setInputFiles({ name: '普查表.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('这不是 Excel 文件') });
  const bar = page.getByTestId('page-error');
  await bar.waitFor();
  expect(await bar.textContent()).toContain('无法打开此文件');
  expect(await page.getByTestId('pick-file').isVisible()).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
