/**
 * Benchmark (not a test): time to build the sheet model and write the output workbook for N schools.
 *   npx tsx test/adapters/exceljs/bench-write.ts [N=10000]
 */
import ExcelJS from 'exceljs';
import { applyWorkbookModel } from '../../../src/adapters/exceljs';
import { buildWorkbookModel } from '../../../src/core/output';
import { makeEvaluation, manySchools } from '../../output/fixtures';
import { buildCensusWorkbook } from './census-workbook';

async function main() {
  const n = Number(process.argv[2] ?? 10000);
  const schools = manySchools(n);
  const input = Buffer.from(await buildCensusWorkbook(schools, { styled: false }).xlsx.writeBuffer());
  const ev = makeEvaluation({ schools });
  const t = (label: string, t0: number) => console.log(`${label.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(2)} s`);

  let t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(input as unknown as ArrayBuffer);
  t('read input (exceljs)', t0);
  t0 = performance.now();
  const model = buildWorkbookModel(ev, { date: '2026-11-23' });
  t('build sheet model (core)', t0);
  t0 = performance.now();
  applyWorkbookModel(wb, model);
  t('apply model (exceljs)', t0);
  t0 = performance.now();
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  t('write output (exceljs)', t0);
  console.log(`${n} schools, ${model.marks?.marks.length} marks, ${model.sheets.map((s) => `${s.name} ${s.rows.length} rows`).join(', ')}, ${(out.length / 1e6).toFixed(1)} MB`);
}
void main();
