/**
 * Writes the fixture county's output workbook for a look in LibreOffice (not a test):
 *   npx tsx test/adapters/exceljs/render-sample.ts /tmp/jh/out.xlsx
 *   cd /tmp/jh && soffice --headless --convert-to pdf out.xlsx && pdftoppm -png -r 60 out.pdf page
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { applyWorkbookModel } from '../../../src/adapters/exceljs';
import { buildWorkbookModel } from '../../../src/core/output';
import { makeEvaluation } from '../../output/fixtures';
import { buildCensusWorkbook } from './census-workbook';

async function main() {
  const out = process.argv[2] ?? '/tmp/jh/out.xlsx';
  const census = buildCensusWorkbook();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await census.xlsx.writeBuffer()) as ArrayBuffer);
  const { warnings } = applyWorkbookModel(wb, buildWorkbookModel(makeEvaluation(), { date: '2026-11-23' }));
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  console.log(out, warnings);
}
void main();
