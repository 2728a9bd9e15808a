/**
 * 6a. The built task pane in Chromium with the fake Excel (test/fakes/excel-fake.ts) installed as Office/Excel
 * before the page loads, seeded with the sample county. Clicks 评估 and checks, in the fake workbook, that every
 * mark the engine asks for is displayed, that the summary sheets exist and the census values are untouched; then
 * that clicking a problem selects its cell, that an edit marks the result out of date, and that 清除标记 clears.
 * Expected marks come from the core run in Node on the same grids.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { evaluate } from '../../src/core/evaluate';
import { a1, isCellError, type CellValue, type WorkbookGrid } from '../../src/core/grid';
import { buildWorkbookModel } from '../../src/core/output';
import { MARK_STYLE, type WorkbookModel } from '../../src/core/sheet/model';
import type { FakeExcelHost, FakeWorkbookData } from '../fakes/excel-fake';
import { buildPage, collectErrors, launch, poll, ROOT, sampleGrids, screenshot, serve, type Served } from './harness';

const CENSUS = '学校基本情况';
/** The user unmaps the 乡镇 column in the pane before 评估 (it is not used by any indicator). */
const OVERRIDE = { column: 'D', field: null };

let dist = '';
let server: Served;
let browser: Browser;
let fakeScript: string;
let grids: WorkbookGrid;
let expected: WorkbookModel;

/** Excel hands dates to add-ins as serial numbers and error values as their text. */
function fakeValue(v: CellValue): string | number | boolean | null {
  if (v === null) return null;
  if (v instanceof Date) return Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (isCellError(v)) return v.error;
  return v;
}

function fakeData(wb: WorkbookGrid): FakeWorkbookData {
  return {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => r.map(fakeValue)),
      merges: s.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
    })),
  };
}

/** The fake as one classic script that installs itself on window before any page script runs. */
async function bundleFake(data: FakeWorkbookData): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const r = await esbuild.build({
    stdin: { contents: `export { installFakeOffice } from ${JSON.stringify(path.join(ROOT, 'test/fakes/excel-fake.ts'))};`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'JunhengFake',
    target: 'es2019',
    write: false,
  });
  return `${r.outputFiles[0].text}\nwindow.__fake = JunhengFake.installFakeOffice(window, ${JSON.stringify(data)});`;
}

type FakeWindow = Window & { __fake: FakeExcelHost };

async function openPane(lang: 'zh' | 'en'): Promise<{ context: BrowserContext; page: Page; errors: string[]; refused: string[] }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const page = await context.newPage();
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    // The fake stands in for Office: the real office.js would replace it.
    if (/\/office-js\/office\.js$/.test(url)) return route.fulfill({ contentType: 'text/javascript', body: '/* replaced by the fake Excel */' });
    if (url.startsWith(server.url)) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await page.addInitScript({ content: fakeScript });
  const errors = collectErrors(page);
  await page.goto(`${server.url}taskpane.html${lang === 'en' ? '?lang=en' : ''}`);
  return { context, page, errors, refused };
}

beforeAll(async () => {
  dist = await buildPage('taskpane');
  server = await serve(dist);
  browser = await launch();
  grids = await sampleGrids();
  fakeScript = await bundleFake(fakeData(grids));
  const ev = evaluate(grids, { standard: 'quality-2017', province: null, mapping: [OVERRIDE] });
  expected = buildWorkbookModel(ev, { date: '2000-01-01' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

test('评估 on the sample county marks the failing cells, writes the sheets, and clicking a problem selects its cell', async () => {
  const { context, page, errors, refused } = await openPane('zh');
  await page.getByTestId('table-summary').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('sheet-picker').textContent()).toContain(CENSUS);
  expect(await page.getByTestId('evaluate').textContent()).toBe('评估');
  await screenshot(page, 'taskpane-before-zh');

  // Fix the mapping by hand: the column shows as set by the user.
  await page.getByTestId('mapping-toggle').click();
  expect(await page.getByTestId('mapping-D').textContent()).toContain('乡镇');
  await page.getByTestId('mapping-D').click();
  await page.getByRole('option', { name: '（不使用此列）' }).click();
  expect(await page.getByTestId('mapping-D').textContent()).toContain('手动');
  await screenshot(page, 'taskpane-mapping-zh');
  await page.getByTestId('mapping-toggle').click();

  await page.getByTestId('evaluate').click();
  await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
  await page.getByTestId('notice').waitFor();
  await screenshot(page, 'taskpane-after-zh');

  // No horizontal overflow at 320 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  const state = await page.evaluate(
    ({ census, cells }) => {
      const fake = (window as unknown as FakeWindow).__fake;
      return {
        sheets: fake.workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
        fills: cells.map((c) => fake.workbook.displayedFill(census, c)),
        grid: fake.workbook.sheet(census).grid(),
        // Settings: the very hidden sheet whose A1 is the magic word, JSON in column A below.
        settings: fake.workbook.sheets
          .filter((s) => s.value('A1') === 'junheng-settings')
          .map((s) => s.grid().slice(1).map((r) => String(r[0] ?? '')).join(''))[0],
      };
    },
    { census: CENSUS, cells: expected.marks!.marks.map((m) => m.cell) },
  );
  // The run is remembered in the workbook, the mapping fix included.
  expect(JSON.parse(state.settings ?? 'null')).toMatchObject({ censusSheet: CENSUS, standard: 'quality-2017', mapping: [OVERRIDE] });
  const visible = state.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
  for (const s of expected.sheets) expect(visible).toContain(s.name);
  expect(state.fills).toEqual(expected.marks!.marks.map((m) => MARK_STYLE[m.kind].fill));
  // The census values are exactly as seeded.
  const seeded = grids.sheets.find((s) => s.name === CENSUS)!.rows.map((r) => r.map((v) => fakeValue(v) ?? ''));
  state.grid.forEach((row, r) => row.forEach((v, c) => expect([a1(r, c), v]).toEqual([a1(r, c), seeded[r]?.[c] ?? ''])));

  // Clicking a problem selects its cell in the sheet.
  await page.getByTestId('tab-errors').click();
  const problem = page.locator('[data-testid=problem][data-cell]:not([data-cell=""])').first();
  const cell = await problem.getAttribute('data-cell');
  await problem.click();
  const selection = () => page.evaluate(() => (window as unknown as FakeWindow).__fake.workbook.selection);
  expect(await poll(selection, (v) => v?.address === cell)).toEqual({ sheet: CENSUS, address: cell });

  // Clicking a failing school selects one of its cells on its row.
  const school = page.getByTestId('failing-school').first();
  const schoolRow = Number((await school.locator('button').first().textContent())?.match(/第 (\d+) 行/)?.[1]);
  await school.locator('button').first().click();
  const sel = await poll(selection, (v) => v?.address !== cell);
  expect(sel?.sheet).toBe(CENSUS);
  expect(Number(sel?.address.replace(/^[A-Z]+/, ''))).toBe(schoolRow);

  // An edit of the census after 评估 marks the result out of date and offers to re-evaluate.
  expect(await page.getByTestId('stale').count()).toBe(0);
  // (The pane ignores change events for a moment after its own writes, so the edit is repeated until noticed.)
  const staleShown = await poll(
    async () => {
      await page.evaluate((census) => (window as unknown as FakeWindow).__fake.userEdit(census, 'Z200', 1), CENSUS);
      return page.getByTestId('stale').count();
    },
    (n) => n === 1,
  );
  expect(staleShown).toBe(1);

  // 生成推进计划 with the pane's dates adds the plan and its cost sheet next to the summary sheets.
  await page.getByTestId('plan-start').fill('2026-09-01');
  await page.getByTestId('plan-inspection').fill('2027-10-31');
  await page.getByTestId('write-plan').click();
  await page.getByTestId('notice').filter({ hasText: '推进时间表' }).waitFor();
  const after = await page.evaluate(() => (window as unknown as FakeWindow).__fake.workbook.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name));
  expect(after).toEqual(expect.arrayContaining([...expected.sheets.map((x) => x.name), '推进时间表', '资金测算']));
  const planTitle = await page.evaluate(() => (window as unknown as FakeWindow).__fake.workbook.sheet('推进时间表').grid().flat().join(' '));
  expect(planTitle).toMatch(/2027/);

  // 清除标记 leaves no mark displayed.
  await page.getByTestId('clear-marks').click();
  await page.getByTestId('notice').waitFor();
  const fills = () =>
    page.evaluate(
      ({ census, cells }) => cells.map((c) => (window as unknown as FakeWindow).__fake.workbook.displayedFill(census, c)),
      { census: CENSUS, cells: expected.marks!.marks.map((m) => m.cell) },
    );
  expect(await poll(fills, (f) => f.every((x) => x === null))).toEqual(expected.marks!.marks.map(() => null));

  // English switch, for the record and the screenshots.
  await page.getByTestId('lang-switch').click();
  expect(await page.getByTestId('lang-switch').textContent()).toBe('中文');
  expect(await page.getByTestId('verdict').textContent()).toContain('County verdict');

  expect(refused).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 120_000);

test('the pane opens in English with ?lang=en, before and after 评估', async () => {
  const { context, page, errors } = await openPane('en');
  await page.getByTestId('table-summary').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('evaluate').textContent()).toBe('Evaluate');
  expect(await page.getByTestId('table-summary').textContent()).toMatch(/school rows/);
  await screenshot(page, 'taskpane-before-en');
  await page.getByTestId('evaluate').click();
  await page.getByTestId('verdict').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('verdict').textContent()).toContain('does not meet the standard');
  expect(await page.getByTestId('notice').textContent()).toContain('Written:');
  await screenshot(page, 'taskpane-after-en');
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);

test('an old browser engine gets a plain message pointing to the standalone page instead of the pane', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  // What the guard looks for is missing, as in Internet Explorer 11 (the bundle itself would not even parse there).
  await page.addInitScript({ content: `${fakeScript}\ndelete Object.fromEntries;` });
  await page.goto(`${server.url}taskpane.html`);
  const message = page.locator('#junheng-unsupported');
  await message.waitFor();
  expect(await message.textContent()).toContain(`${server.url}standalone.html`);
  await page.waitForLoadState('load');
  expect(await page.getByTestId('junheng-app').count()).toBe(0);
  await context.close();
}, 60_000);
