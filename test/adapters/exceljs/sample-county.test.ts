/**
 * End to end on the sample county: read with exceljs, evaluate, write --out, run again on the output. Census
 * values and formats untouched; the second run gives the same workbook.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadInput, writeOutput } from '../../../src/cli/write-output';
import { evaluate } from '../../../src/core/evaluate';
import { sheetSnapshot, workbookSnapshot } from './census-workbook';

const SAMPLE = join(__dirname, '../../../assets/sample/sample-county.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'junheng-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function run(input: string, out: string) {
  const loaded = await loadInput(input);
  const s = loaded.settings;
  const ev = evaluate(loaded.grid, { province: s?.province ?? 'hubei', sheet: s?.censusSheet ?? undefined });
  const warnings = await writeOutput(loaded, ev, out, { date: '2026-11-23' });
  return { ev, warnings };
}

describe('sample county, --out twice', () => {
  it('marks the census without changing it, writes the four sheets, and a re-run on the output is identical', async () => {
    const out1 = join(dir, 'out1.xlsx');
    const out2 = join(dir, 'out2.xlsx');
    const out3 = join(dir, 'out3.xlsx');
    const { ev, warnings } = await run(SAMPLE, out1);
    expect(warnings).toEqual([]);
    const input = await read(SAMPLE);
    const o1 = await read(out1);
    for (const ws of input.worksheets) expect(sheetSnapshot(o1.getWorksheet(ws.name)!)).toEqual(sheetSnapshot(ws));
    for (const name of ['差距值一览表', '达标情况', '差异系数', '问题清单']) expect(o1.getWorksheet(name)?.state).toBe('visible');
    const cf = (o1.getWorksheet(ev.sheet) as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(cf.at(-1)!.rules).toHaveLength(3);
    expect(ev.schools.some((s) => s.passed === false)).toBe(true);

    // The output used as the input of a new run: same evaluation, same workbook.
    const second = await run(out1, out2);
    expect(second.ev.sheet).toBe(ev.sheet);
    await run(out2, out3);
    expect(workbookSnapshot(await read(out3))).toEqual(workbookSnapshot(await read(out2)));
    expect(workbookSnapshot(await read(out2))).toEqual(workbookSnapshot(o1));
  }, 120_000);
});
