import ExcelJS from 'exceljs';
import { applyWorkbookModel } from '../../../src/adapters/exceljs';
import { buildWorkbookModel } from '../../../src/core/output';
import { DEFAULT_SCHOOLS, makeEvaluation } from '../../output/fixtures';
import { buildCensusWorkbook, roundTrip } from './census-workbook';

const TRICKY = ['=HYPERLINK("http://x","点我")', '+1', '@民办育才学校', '-2+3', "'单引号", '=1+1'];

async function output(schools = DEFAULT_SCHOOLS, censusName?: string) {
  const census = buildCensusWorkbook(schools);
  if (censusName) census.getWorksheet('统计表')!.name = censusName;
  const wb = await roundTrip(census);
  const ev = makeEvaluation({ schools });
  if (censusName) {
    ev.sheet = censusName;
    ev.table.sheet = censusName;
  }
  applyWorkbookModel(wb, buildWorkbookModel(ev, { date: '2026-11-23' }));
  return roundTrip(wb);
}

function allCells(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const out: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => out.push(c)));
  return out;
}

describe('every string written is literal text', () => {
  it('keeps formula-like school names as strings in every generated sheet', async () => {
    const schools = DEFAULT_SCHOOLS.map((s, i) => ({ ...s, name: TRICKY[i] ?? s.name }));
    const out = await output(schools);
    const compliance = out.getWorksheet('达标情况')!;
    const names = compliance.getColumn(2).values.filter((v): v is string => typeof v === 'string');
    // Counted schools (the last one is private) appear under their exact name, as strings.
    for (const n of TRICKY.slice(0, 5)) expect(names).toContain(n);
    for (const ws of out.worksheets.filter((w) => w.state === 'visible' && w.name !== '统计表' && w.name !== '说明')) {
      for (const c of allCells(ws)) {
        if (c.type === ExcelJS.ValueType.Formula) {
          // The only formulas are Junheng's own links on the problem sheet, built from a sheet name and an address.
          expect(ws.name).toBe('问题清单');
          expect(c.formula).toMatch(/^HYPERLINK\("#'统计表'![A-Z]+\d+","[A-Z]+\d+"\)$/);
        }
      }
    }
    const gapTexts = allCells(out.getWorksheet('差距值一览表')!).map((c) => c.value);
    expect(gapTexts).toContain('一、=HYPERLINK("http://x","点我")（初中）：学生 652 人　未达标（3 项）');
    expect(gapTexts.some((v) => typeof v === 'string' && v.startsWith('二、+1（小学）'))).toBe(true);
    expect(gapTexts).toContain('=1+1（小学）');
  });

  it('quotes the census sheet name inside its links, whatever characters it has', async () => {
    const out = await output(DEFAULT_SCHOOLS, `O'Neil "统计" 表`);
    const links = allCells(out.getWorksheet('问题清单')!).filter((c) => c.type === ExcelJS.ValueType.Formula);
    expect(links.length).toBe(2);
    expect(links[0].formula).toBe(`HYPERLINK("#'O''Neil ""统计"" 表'!I6","I6")`);
    expect((links[0].value as ExcelJS.CellFormulaValue).result).toBe('I6');
  });
});
