import ExcelJS from 'exceljs';
import { applyWorkbookModel, clearMarks, readSettings } from '../../../src/adapters/exceljs';
import { MARK_CODE, markFormula } from '../../../src/adapters/exceljs/marks';
import { buildWorkbookModel } from '../../../src/core/output';
import { MARKS_NAME } from '../../../src/core/output/settings';
import { CENSUS_SHEET, makeEvaluation } from '../../output/fixtures';
import { buildCensusWorkbook, roundTrip, sheetSnapshot, workbookSnapshot } from './census-workbook';

const DATE = '2026-11-23';
const cfOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

/** Input as read from a file: the census written and read back once, like the CLI gets it. */
async function input(): Promise<ExcelJS.Workbook> {
  return roundTrip(buildCensusWorkbook());
}

function apply(wb: ExcelJS.Workbook, ev = makeEvaluation()) {
  return applyWorkbookModel(wb, buildWorkbookModel(ev, { date: DATE }));
}

describe('census sheet: marks on and cleared', () => {
  it('exceljs round-trips the census (values, formulas, styles, merges, note, validation, own CF)', async () => {
    const original = buildCensusWorkbook();
    const back = await roundTrip(original);
    const before = sheetSnapshot(original.getWorksheet(CENSUS_SHEET)!);
    const after = sheetSnapshot(back.getWorksheet(CENSUS_SHEET)!);
    for (const k of Object.keys(before)) {
      if (/^[A-Z]+\d+$/.test(k)) expect([k, JSON.parse(after[k]).v]).toEqual([k, JSON.parse(before[k]).v]);
    }
    expect(after.merges).toBe(before.merges);
    expect(cfOf(back.getWorksheet(CENSUS_SHEET)!)).toHaveLength(1);
  });

  it('leaves every census cell value and format as it was, after marking and after clearing', async () => {
    const wb = await input();
    const census = () => wb.getWorksheet(CENSUS_SHEET)!;
    const before = sheetSnapshot(census());
    const userCf = JSON.stringify(cfOf(census()));

    apply(wb);
    const marked = await roundTrip(wb);
    expect(sheetSnapshot(marked.getWorksheet(CENSUS_SHEET)!)).toEqual(before);

    // The marks are there: three rules after the user's own, reading codes from the hidden mirror.
    const cfs = cfOf(marked.getWorksheet(CENSUS_SHEET)!);
    expect(cfs).toHaveLength(2);
    expect(JSON.stringify([cfs[0]])).toBe(userCf);
    expect(cfs[1].ref).toBe('A2:J9');
    expect(cfs[1].rules.map((r) => (r as { formulae: string[] }).formulae[0])).toEqual([
      markFormula('error'),
      markFormula('fail'),
      markFormula('warning'),
    ]);
    const rulePriorities = cfs.flatMap((c) => c.rules.map((r) => r.priority));
    expect(new Set(rulePriorities).size).toBe(rulePriorities.length);
    const mirror = marked.getWorksheet('_junheng_marks')!;
    expect(mirror.state).toBe('veryHidden');
    expect(mirror.getCell('E4').value).toBe(MARK_CODE.fail);
    expect(mirror.getCell('I6').value).toBe(MARK_CODE.error);
    expect(mirror.getCell('D4').value).toBeNull();
    expect(marked.definedNames.model).toEqual([{ name: MARKS_NAME, ranges: ["'_junheng_marks'!$A$1"] }]);

    clearMarks(marked);
    const cleared = await roundTrip(marked);
    expect(sheetSnapshot(cleared.getWorksheet(CENSUS_SHEET)!)).toEqual(before);
    expect(JSON.stringify(cfOf(cleared.getWorksheet(CENSUS_SHEET)!))).toBe(userCf);
    expect(cleared.getWorksheet('_junheng_marks')).toBeUndefined();
    expect(cleared.definedNames.model).toEqual([]);
  });

  it('replaces marks on a re-run instead of stacking them', async () => {
    const wb = await input();
    apply(wb);
    const again = await roundTrip(wb);
    apply(again, makeEvaluation({ problems: false }));
    const out = await roundTrip(again);
    expect(cfOf(out.getWorksheet(CENSUS_SHEET)!)).toHaveLength(2);
    expect(out.worksheets.filter((w) => w.name.startsWith('_junheng_marks'))).toHaveLength(1);
    // The error of the first run is gone with its problem.
    expect(out.getWorksheet('_junheng_marks')!.getCell('I6').value).toBeNull();
    expect(out.definedNames.model).toHaveLength(1);
  });
});

describe('generated sheets and ownership', () => {
  it('writes the four sheets, the hidden settings, and re-running gives the same workbook', async () => {
    const wb = await input();
    expect(apply(wb).warnings).toEqual([]);
    const once = await roundTrip(wb);
    expect(once.worksheets.map((w) => `${w.name}|${w.state}`)).toEqual([
      '统计表|visible',
      '说明|visible',
      '差距值一览表|visible',
      '达标情况|visible',
      '差异系数|visible',
      '问题清单|visible',
      '_junheng_marks|veryHidden',
      '_junheng|veryHidden',
    ]);
    const s = readSettings(once)!;
    expect(s.ownedSheets).toEqual({ gaps: '差距值一览表', compliance: '达标情况', dispersion: '差异系数', problems: '问题清单', marks: '_junheng_marks' });
    expect(s).toMatchObject({ censusSheet: CENSUS_SHEET, standard: 'basic-2012', province: 'hubei' });

    apply(once);
    const twice = await roundTrip(once);
    expect(workbookSnapshot(twice)).toEqual(workbookSnapshot(await roundTrip(wb)));
  });

  it('never touches a user sheet with one of its names: it takes a suffix, and keeps it on re-runs', async () => {
    const raw = await input();
    raw.addWorksheet('差距值一览表').getCell('A1').value = '我自己的表';
    raw.addWorksheet('_junheng').getCell('A1').value = 'user data';
    const wb = await roundTrip(raw);
    const before = sheetSnapshot(wb.getWorksheet('差距值一览表')!);

    const { warnings } = apply(wb);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('差距值一览表(2)');
    const once = await roundTrip(wb);
    expect(sheetSnapshot(once.getWorksheet('差距值一览表')!)).toEqual(before);
    expect(once.getWorksheet('差距值一览表(2)')!.getCell('A1').value).toBe('义务教育学校评估指标差距值一览表');
    expect(once.getWorksheet('_junheng')!.getCell('A1').value).toBe('user data');
    expect(readSettings(once)!.ownedSheets.gaps).toBe('差距值一览表(2)');
    const snapOnce = workbookSnapshot(once);

    apply(once);
    const twice = await roundTrip(once);
    expect(twice.worksheets.map((w) => w.name).filter((n) => n.startsWith('差距值一览表'))).toEqual(['差距值一览表', '差距值一览表(2)']);
    expect(sheetSnapshot(twice.getWorksheet('差距值一览表')!)).toEqual(before);
    expect(workbookSnapshot(twice)).toEqual(snapOnce);
  });

  it('removes sheets it owned that the new model no longer has, and only those', async () => {
    const wb = await input();
    const model = buildWorkbookModel(makeEvaluation(), { date: DATE });
    applyWorkbookModel(wb, { ...model, sheets: [...model.sheets, { ...model.sheets[0], id: 'plan', name: '推进时间表' }] });
    const once = await roundTrip(wb);
    expect(once.getWorksheet('推进时间表')).toBeDefined();
    applyWorkbookModel(once, model);
    const twice = await roundTrip(once);
    expect(twice.getWorksheet('推进时间表')).toBeUndefined();
    expect(twice.getWorksheet('说明')).toBeDefined();
  });

  it('keeps a user sheet that has a name Junheng once owned but was renamed away from', async () => {
    const wb = await input();
    apply(wb);
    const once = await roundTrip(wb);
    once.getWorksheet('问题清单')!.name = '问题清单（已核对）';
    apply(once);
    const twice = await roundTrip(once);
    expect(twice.getWorksheet('问题清单（已核对）')).toBeDefined();
    expect(twice.getWorksheet('问题清单')).toBeDefined();
  });

  it('writes real numbers with formats, merged titles, frozen header and A4 landscape print setup', async () => {
    const wb = await input();
    apply(wb);
    const out = await roundTrip(wb);
    const gaps = out.getWorksheet('差距值一览表')!;
    const r = gaps.getColumn(2).values.findIndex((v) => v === '生均教学及辅助用房面积');
    const cell = gaps.getCell(r, 7);
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toBe('#,##0.00');
    expect(gaps.getCell('A1').isMerged).toBe(true);
    expect(gaps.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(gaps.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const compliance = out.getWorksheet('达标情况')!;
    const dark: string[] = [];
    compliance.eachRow((row) =>
      row.eachCell((c) => {
        if ((c.fill as ExcelJS.FillPattern)?.fgColor?.argb === 'FF404040') dark.push(c.address);
      }),
    );
    const failing = makeEvaluation().schools.reduce((n, s) => n + s.failing.length, 0);
    expect(dark).toHaveLength(failing);
  });
});
