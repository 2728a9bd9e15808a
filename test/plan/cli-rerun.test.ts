/**
 * The command line end to end on the sample county: --plan writes the two sheets and the JSON plan section; a
 * second run on the output keeps the 责任人 / 责任领导 the bureau filled in, and remembers the plan's dates.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../src/cli/args';
import { run } from '../../src/cli/main';

const SAMPLE = join(__dirname, '../../assets/sample/sample-county.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'junheng-plan-'));
const quietly = async (argv: string[]) => {
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await run(parseArgs(argv));
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
};

const CODE = /^[0-9A-Z]{7}$/;

it('plans the sample county, then keeps filled 责任人 / 责任领导 and the dates on a re-run', async () => {
  const first = join(dir, 'first.xlsx');
  const json = join(dir, 'first.json');
  expect(await quietly([SAMPLE, '--province', 'hubei', '--plan', '--start-date', '2026-01-05', '--inspection-date', '2026-04-05', '--out', first, '--json', json])).toBe(0);

  const report = JSON.parse(readFileSync(json, 'utf8'));
  const tasks = report.plan.tasks as { kind: string; risk: boolean; school: string | null; quantity: number | null; owner: string; start: string; end: string }[];
  const buildings = tasks.filter((t) => t.kind === 'building');
  expect(buildings.length).toBeGreaterThan(0);
  // Three months is too short for any building: all of them are at risk.
  expect(buildings.every((t) => t.risk)).toBe(true);
  expect(report.plan.summary.atRisk).toBe(tasks.filter((t) => t.risk).length);
  // Every unmet indicator of every counted school has its task.
  const gaps = (report.schools as { name: string; counted: boolean; indicators: Record<string, { met: boolean | null }> }[])
    .filter((s) => s.counted)
    .reduce((n, s) => n + Object.values(s.indicators).filter((r) => r.met === false).length, 0);
  expect(report.plan.summary.gapTasks).toBe(gaps);

  // The bureau fills two 责任人 and one 责任领导 in the output.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(first);
  const ws = book.getWorksheet('推进时间表')!;
  expect(book.getWorksheet('资金测算')).toBeDefined();
  const filled: string[] = [];
  ws.eachRow((row) => {
    const code = row.getCell(1).value;
    if (typeof code === 'string' && CODE.test(code) && filled.length < 2) {
      row.getCell(8).value = `负责人${filled.length}`;
      if (filled.length === 0) row.getCell(9).value = '分管副局长';
      filled.push(code);
    }
  });
  const edited = join(dir, 'edited.xlsx');
  await book.xlsx.writeFile(edited);

  // Re-run on the edited output without dates: the remembered ones apply.
  const second = join(dir, 'second.xlsx');
  const json2 = join(dir, 'second.json');
  expect(await quietly([edited, '--plan', '--out', second, '--json', json2])).toBe(0);
  const report2 = JSON.parse(readFileSync(json2, 'utf8'));
  expect(report2.plan.startDate).toBe('2026-01-05');
  expect(report2.plan.inspectionDate).toBe('2026-04-05');

  const book2 = new ExcelJS.Workbook();
  await book2.xlsx.readFile(second);
  const found = new Map<string, [unknown, unknown]>();
  book2.getWorksheet('推进时间表')!.eachRow((row) => {
    const code = row.getCell(1).value;
    if (typeof code === 'string' && CODE.test(code)) found.set(code, [row.getCell(8).value, row.getCell(9).value]);
  });
  expect(found.get(filled[0])).toEqual(['负责人0', '分管副局长']);
  expect(found.get(filled[1])?.[0]).toBe('负责人1');
  const others = [...found.entries()].filter(([c]) => !filled.includes(c));
  expect(others.length).toBeGreaterThan(10);
  for (const [, [who]] of others) expect(who ?? '').toBe('');
}, 120000);
