/** Dev tool: npx tsx test/adapters/exceljs/compare-books.ts A.xlsx B.xlsx — prints what differs. */
import ExcelJS from 'exceljs';
import { workbookSnapshot } from './census-workbook';

async function main() {
  const [a, b] = await Promise.all(
    process.argv.slice(2, 4).map(async (p) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(p);
      return workbookSnapshot(wb);
    }),
  );
  let diffs = 0;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = JSON.stringify(a[k]);
    const y = JSON.stringify(b[k]);
    if (x !== y) {
      diffs++;
      console.log(`differs: ${k}\n  A: ${x?.slice(0, 300)}\n  B: ${y?.slice(0, 300)}`);
    }
  }
  console.log(diffs ? `${diffs} differences` : 'identical');
  process.exitCode = diffs ? 1 : 0;
}
void main();
