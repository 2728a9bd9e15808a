import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = join(__dirname, '../..');
const SAMPLE = join(ROOT, 'assets/sample/sample-county.xlsx');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'jh-cli-'));

function cli(...args: string[]) {
  return spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
}
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

test('evaluates the sample, prints the verdict, writes the report, leaves the input untouched', () => {
  const before = sha(SAMPLE);
  const json = join(tmp, 'r.json');
  const r = cli(SAMPLE, '--standard', 'quality-2017', '--json', json);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/县域结论 \/ County verdict: (达标 PASSED|未达标 NOT PASSED)/);
  expect(r.stdout).toMatch(/小学差异系数/);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  expect(report.schemaVersion).toBe(1);
  expect(report.standard).toBe('quality-2017');
  expect(report.sheet).toBe('学校基本情况');
  expect(report.headerRows.length).toBeGreaterThanOrEqual(1);
  expect(report.schools.length).toBeGreaterThanOrEqual(40);
  const s = report.schools.find((x: { counted: boolean }) => x.counted);
  expect(Object.keys(s.indicators)).toContain('equipmentValuePerStudent');
  expect(report.dispersion.primary.equipmentValuePerStudent).toHaveProperty('cv');
  expect(report.schools.some((x: { counted: boolean; excludedReason: string }) => !x.counted && /民办/.test(x.excludedReason))).toBe(true);
  for (const p of report.problems) expect(p.cell === null || /^[A-Z]+\d+$/.test(p.cell)).toBe(true);
  expect(sha(SAMPLE)).toBe(before);
});

test('basic-2012 with a province reports the composite and school verdicts', () => {
  const json = join(tmp, 'b.json');
  const r = cli(SAMPLE, '--province', 'hubei', '--json', json, '--quiet');
  expect(r.status).toBe(0);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  expect(report.province).toBe('hubei');
  expect(report.dispersion.primary.composite).toHaveProperty('limit', 0.65);
  expect(report.schools.filter((s: { counted: boolean }) => s.counted).every((s: { passed: unknown }) => typeof s.passed === 'boolean')).toBe(true);
});

test('a bureau standard from a JSON file; a bad one is a one-line error', () => {
  const good = join(tmp, 'mine.json');
  const std = JSON.parse(readFileSync(join(ROOT, 'src/core/standards/builtin/hubei.json'), 'utf8'));
  writeFileSync(good, JSON.stringify({ ...std, id: 'mine' }));
  expect(cli(SAMPLE, '--province', good, '--quiet').status).toBe(0);
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, JSON.stringify({ ...std, id: 'bad', groups: [{ ...std.groups[0], rule: { minFraction: 3 } }] }));
  const r = cli(SAMPLE, '--province', bad);
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(/错误：.*groups\.0\.rule\.minFraction.* \/ Error:/);
});

test.each([
  ['a missing file', ['nope.xlsx'], /找不到文件.*file not found/],
  ['a missing sheet', [SAMPLE, '--sheet', '没有这张表'], /找不到工作表.*not found/],
  ['an unknown standard', [SAMPLE, '--standard', 'mars'], /未知的标准.*unknown standard/],
  ['a bad date', [SAMPLE, '--plan', '--start-date', '2026/1/1'], /startDate/],
])('%s → non-zero exit and a one-line zh/en message', (_name, args, re) => {
  const r = cli(...(args as string[]));
  expect(r.status).not.toBe(0);
  expect(r.stderr.split('\n')[0]).toMatch(re);
});

test('a file that is not an .xlsx, and a workbook without a census table', async () => {
  const junk = join(tmp, 'junk.xlsx');
  writeFileSync(junk, 'not a zip');
  const r1 = cli(junk);
  expect(r1.status).not.toBe(0);
  expect(r1.stderr).toMatch(/无法读取.*cannot read/);

  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['这里只有说明文字']);
  const empty = join(tmp, 'empty.xlsx');
  await wb.xlsx.writeFile(empty);
  const r2 = cli(empty);
  expect(r2.status).not.toBe(0);
  expect(r2.stderr).toMatch(/没有找到学校统计表.*no census table/);
});

test('--help prints usage', () => {
  expect(execFileSync(TSX, [join(ROOT, 'src/cli/main.ts'), '--help'], { encoding: 'utf8' })).toMatch(/用法 \/ usage/);
});
