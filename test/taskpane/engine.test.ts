/**
 * The pane's calls into the core, without a browser: which sheet it opens, what it remembers, what it writes.
 * A tiny in-memory Host stands in for Excel (the Office.js adapter has its own tests against the fake).
 */
import type { SheetGrid } from '../../src/core/grid';
import type { JunhengSettings, WorkbookModel } from '../../src/core/sheet/model';
import { generateCounty, SAMPLE_SHEET_NAME } from '../../src/sample/generate';
import type { Host } from '../../src/host/host';
import { findCensus, modelFor, overridesFromSettings, planParams, runEvaluation, savedPlanDates, settingsFor } from '../../src/taskpane/engine';
import { fmtShortfall, parseIsoDate, isoDate } from '../../src/taskpane/format';
import { translate } from '../../src/taskpane/i18n';

class MemoryHost implements Host {
  readonly kind = 'browser' as const;
  reads: string[] = [];
  applied: WorkbookModel[] = [];
  constructor(
    public sheets: SheetGrid[],
    public settings: JunhengSettings | null = null,
  ) {}
  async listSheets() {
    return this.sheets.map((s) => s.name);
  }
  async readSheet(name: string) {
    this.reads.push(name);
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }
  async loadSettings() {
    return this.settings;
  }
  async apply(model: WorkbookModel) {
    this.applied.push(model);
  }
  async clearMarks() {}
  async select() {}
  async onSheetChanged() {
    return () => {};
  }
}

const county = generateCounty({ schools: 12, messy: false }).grid;
const notes: SheetGrid = { name: '说明', rows: [['本工作簿说明'], ['第二行']], merges: [] };
const copy: SheetGrid = { ...county, name: '副本' };

test('opens the sheet holding the census table, not the first sheet', async () => {
  const host = new MemoryHost([notes, county]);
  const found = await findCensus(host, await host.listSheets(), null, []);
  expect(found?.sheet).toBe(SAMPLE_SHEET_NAME);
  expect(found?.census.table?.dataRows.length).toBe(12);
});

test('prefers the census sheet saved by an earlier run, with its saved mapping', async () => {
  const host = new MemoryHost([notes, county, copy]);
  const saved: JunhengSettings = { version: 1, ownedSheets: {}, censusSheet: '副本', standard: 'basic-2012', province: 'hubei', mapping: [{ column: 'D', field: null }] };
  const found = await findCensus(host, await host.listSheets(), saved, overridesFromSettings(saved));
  expect(found?.sheet).toBe('副本');
  const d = found?.census.table?.columns.find((c) => c.letter === 'D');
  expect(d).toMatchObject({ field: null, source: 'user' });
});

test('a workbook without a census table opens its first sheet with no table', async () => {
  const host = new MemoryHost([notes]);
  const found = await findCensus(host, await host.listSheets(), null, []);
  expect(found).toMatchObject({ sheet: '说明', census: { table: null } });
});

test('a run re-reads the sheet, and the model carries the choice and the plan parameters', async () => {
  const host = new MemoryHost([notes, county]);
  const choice = { sheet: SAMPLE_SHEET_NAME, standard: 'quality-2017', province: null, overrides: [{ column: 'D', field: null }] };
  const ev = await runEvaluation(host, choice, () => {}, { read: 'r', evaluate: 'e' });
  expect(host.reads).toEqual([SAMPLE_SHEET_NAME]);
  expect(ev.sheet).toBe(SAMPLE_SHEET_NAME);
  const dates = { start: new Date(2026, 8, 1), inspection: new Date(2027, 9, 31) };
  const settings = settingsFor(null, choice, planParams(null, dates));
  const model = modelFor(ev, settings, { dates });
  expect(model.settings).toMatchObject({ censusSheet: SAMPLE_SHEET_NAME, standard: 'quality-2017', province: null, mapping: [{ column: 'D', field: null }] });
  expect(model.sheets.map((s) => s.id)).toEqual(expect.arrayContaining(['plan', 'costs']));
  // The dates come back from the settings next time.
  const back = savedPlanDates(model.settings);
  expect(back && [isoDate(back.start), isoDate(back.inspection)]).toEqual(['2026-09-01', '2027-10-31']);
  // Without a plan only the result sheets are written.
  expect(modelFor(ev, settings, null).sheets.map((s) => s.id)).not.toContain('plan');
});

test('formatting helpers', () => {
  expect(fmtShortfall(1522.6, '㎡', 'zh')).toBe('1,522.60 ㎡');
  expect(fmtShortfall(27266.56, '元', 'zh')).toBe('27,267 元');
  expect(fmtShortfall(3, '人', 'en')).toBe('3 people');
  expect(parseIsoDate('2027-02-28')).toEqual(new Date(2027, 1, 28));
  expect(parseIsoDate('2027-02-30')).toBeNull();
  expect(parseIsoDate('27-02-01')).toBeNull();
  expect(translate('zh', 'tableFound', { first: 3, last: 53, schools: 48, columns: 30 })).toBe('第 3–53 行，48 行学校数据，30 列已识别');
  expect(translate('en', 'showAll', { n: 7 })).toBe('Show all 7');
});
