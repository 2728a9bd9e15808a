/** 10 000 schools written and read back (the time is quoted from test/adapters/exceljs/bench-write.ts). */
import ExcelJS from 'exceljs';
import { applyWorkbookModel } from '../../../src/adapters/exceljs';
import { buildWorkbookModel } from '../../../src/core/output';
import { makeEvaluation, manySchools } from '../../output/fixtures';
import { buildCensusWorkbook, roundTrip } from './census-workbook';

it('writes a 10 000-school workbook with every mark and every school', async () => {
  const schools = manySchools(10000);
  const wb = await roundTrip(buildCensusWorkbook(schools, { styled: false }));
  const ev = makeEvaluation({ schools });
  const model = buildWorkbookModel(ev, { date: '2026-11-23' });
  applyWorkbookModel(wb, model);
  const out = await roundTrip(wb);

  const mirror = out.getWorksheet('_junheng_marks')!;
  let marked = 0;
  mirror.eachRow((row) => row.eachCell((c) => (marked += typeof c.value === 'number' ? 1 : 0)));
  expect(marked).toBe(model.marks!.marks.length);
  expect(marked).toBeGreaterThan(10000);

  const compliance = out.getWorksheet('达标情况')!;
  const names = new Set(compliance.getColumn(2).values.filter((v): v is string => typeof v === 'string'));
  for (const s of [schools[0], schools[4999], schools[9999]]) expect(names.has(s.name)).toBe(true);
  // The census keeps its 10 000 rows and values.
  const census = out.getWorksheet('统计表')!;
  expect(census.getCell(10003, 1).value).toBe(schools[9999].name);
  expect(census.getCell(10003, 4).value).toBe(schools[9999].students);
  expect((census as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings[0].ref).toBe('A2:J10003');
}, 300_000);
