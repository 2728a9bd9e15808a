import { buildPlan } from '../../src/core/plan/build';
import { defaultPlanParams } from '../../src/core/plan/params';
import { buildCostSheet, buildPlanSheet, PLAN_COLUMNS, readKeptAssignments } from '../../src/core/plan/sheets';
import type { SheetModel } from '../../src/core/sheet/model';
import { parseA1 } from '../../src/core/grid';
import { leiguTown } from './fixtures';

const OPTS = { censusSheet: '学校基本情况', standard: '基本均衡', date: '2026-01-05' };
const values = (s: SheetModel) => s.rows.map((r) => r.map((c) => (c ? c.v : null)));
const col = (name: (typeof PLAN_COLUMNS)[number]) => PLAN_COLUMNS.indexOf(name);
const headerRow = (s: SheetModel) => s.rows.findIndex((r) => r[0]?.v === '编号');
const rowOf = (s: SheetModel, code: string) => s.rows.findIndex((r) => r[0]?.v === code);

describe('推进时间表', () => {
  const plan = buildPlan(leiguTown(), defaultPlanParams('2026-01-05', '2026-12-31'));
  const sheet = buildPlanSheet(plan, OPTS);

  it('has seed 003 columns, frozen and repeated header rows, A4 landscape', () => {
    const h = headerRow(sheet);
    expect(sheet.rows[h].slice(0, PLAN_COLUMNS.length).map((c) => c?.v)).toEqual([...PLAN_COLUMNS]);
    expect(sheet.landscape).toBe(true);
    expect(sheet.frozenRows).toBe(h + 2);
    expect(sheet.printTitleRows).toBe(`${h + 1}:${h + 2}`);
    expect(sheet.columnWidths.length).toBe(sheet.rows[h].length);
  });

  it('lists every task once, in time order, grouped by month', () => {
    const codes = sheet.rows.map((r) => r[0]?.v).filter((v): v is string => typeof v === 'string' && plan.tasks.some((t) => t.code === v));
    expect(codes).toEqual(plan.tasks.map((t) => t.code));
    const groups = sheet.rows.map((r) => r[0]?.v).filter((v): v is string => typeof v === 'string' && /^\d{4}年\d{1,2}月/.test(v));
    const keys = groups.map((g) => {
      const [, y, m] = /^(\d{4})年(\d{1,2})月/.exec(g)!;
      return `${y}-${m.padStart(2, '0')}`;
    });
    expect(keys).toEqual([...new Set(plan.tasks.map((t) => t.end.slice(0, 7)))]);
    // Every task sits under the group of its end month.
    let current = '';
    for (const r of sheet.rows) {
      const v = r[0]?.v;
      if (typeof v === 'string' && /^\d{4}年/.test(v)) current = v;
      const t = plan.tasks.find((x) => x.code === v);
      if (t) expect(current.startsWith(`${Number(t.end.slice(0, 4))}年${Number(t.end.slice(5, 7))}月`)).toBe(true);
    }
  });

  it('draws the month band with the building steps in order and greening in spring', () => {
    const h = headerRow(sheet);
    const monthCols = sheet.rows[h + 1].slice(PLAN_COLUMNS.length).map((c) => Number(c?.v));
    const t = plan.tasks.find((x) => x.id === '鼓锣小学|primary|teachingAreaPerStudent')!;
    const band = sheet.rows[rowOf(sheet, t.code)].slice(PLAN_COLUMNS.length).map((c) => c?.v).filter((v) => v);
    const order = ['立', '设', '招', '施', '验'];
    const seen = band.map((v) => order.indexOf(String(v)));
    expect(seen.every((x) => x >= 0)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(band)).toEqual(new Set(order));
    const g = plan.tasks.find((x) => x.kind === 'greening')!;
    const gRow = sheet.rows[rowOf(sheet, g.code)].slice(PLAN_COLUMNS.length);
    const planted = gRow.map((c, i) => (c?.v === '植' ? monthCols[i] : null)).filter((m) => m !== null);
    expect(planted.length).toBeGreaterThan(0);
    for (const m of planted) expect([3, 4]).toContain(m);
  });

  it('marks at-risk tasks 有风险 with their earliest completion, and the inspection month', () => {
    const short = buildPlan(leiguTown(), defaultPlanParams('2026-01-05', '2026-04-05'));
    const s = buildPlanSheet(short, OPTS);
    const b = short.tasks.find((t) => t.kind === 'building')!;
    const status = s.rows[rowOf(s, b.code)][col('状态')]!;
    expect(status.v).toBe(`有风险：最早 ${b.earliestEnd} 完成`);
    expect(status.fill).toBeDefined();
    const ok = short.tasks.find((t) => !t.risk && t.kind === 'organise')!;
    expect(s.rows[rowOf(s, ok.code)][col('状态')]!.v).toBe('可按期完成');
    const summaryLine = String(s.rows[2][0]!.v);
    expect(summaryLine).toContain(`其中 ${short.summary.atRisk} 项有风险`);
    const h = headerRow(s);
    const months = s.rows[h + 1].slice(PLAN_COLUMNS.length);
    const red = months.filter((c) => c?.fill === 'C00000');
    expect(red.length).toBe(1);
    expect(red[0]!.v).toBe('4');
    // The band runs past the inspection to the latest end.
    expect(months.length).toBeGreaterThan(4);
  });

  it('keeps every merge inside the sheet and writes only literal values', () => {
    const width = Math.max(...sheet.rows.map((r) => r.length));
    for (const m of sheet.merges) {
      const [a, b] = m.range.split(':').map(parseA1);
      expect(b.col).toBeLessThan(width);
      expect(b.row).toBeLessThan(sheet.rows.length);
      expect(a.row <= b.row && a.col <= b.col).toBe(true);
    }
  });
});

describe('责任人 and 责任领导 survive a re-run', () => {
  const params = defaultPlanParams('2026-01-05', '2026-12-31');
  const plan = buildPlan(leiguTown(), params);
  const first = buildPlanSheet(plan, OPTS);

  it('reads the filled cells back by 编号 and writes them into the new sheet, even after rows moved and data changed', () => {
    const prev = values(first);
    const t1 = plan.tasks.find((t) => t.id === '擂鼓中学|junior|teachingAreaPerStudent')!;
    const t2 = plan.tasks.find((t) => t.kind === 'organise')!;
    const r1 = rowOf(first, t1.code);
    const r2 = rowOf(first, t2.code);
    prev[r1][col('责任人')] = '方毅';
    prev[r1][col('责任领导')] = '余业海';
    prev[r2][col('责任领导')] = '朱涛';
    // The user inserted two rows above the table.
    const edited = [['备注'], [null], ...prev];
    const keep = readKeptAssignments(edited);
    expect(keep.size).toBe(2);
    expect(keep.get(t1.code)).toEqual({ responsible: '方毅', leader: '余业海' });

    // New census data: the gap changed, a task moved in time; the 编号 is the same.
    const ev2 = leiguTown();
    ev2.schools[0].indicators.teachingAreaPerStudent!.shortfall = 900;
    const plan2 = buildPlan(ev2, params);
    const second = buildPlanSheet(plan2, { ...OPTS, keep });
    const n1 = rowOf(second, t1.code);
    expect(second.rows[n1][col('责任人')]!.v).toBe('方毅');
    expect(second.rows[n1][col('责任领导')]!.v).toBe('余业海');
    expect(second.rows[n1][col('主要任务')]!.v).toContain('900');
    expect(second.rows[rowOf(second, t2.code)][col('责任领导')]!.v).toBe('朱涛');
    // Others stay blank.
    const blanks = second.rows.filter((r) => plan2.tasks.some((t) => t.code === r[0]?.v) && r[0]?.v !== t1.code && r[0]?.v !== t2.code);
    for (const r of blanks) expect(r[col('责任人')]!.v).toBe('');
  });

  it('finds nothing in a sheet that is not a 推进时间表, and ignores blank or whitespace cells', () => {
    expect(readKeptAssignments([['学校', '学生数'], ['甲', 1]]).size).toBe(0);
    const rows = [
      ['编号', '阶段', '责任人', '责任领导'],
      ['编号', '编号', '编号', '编号'], // a host repeating the merged header's value
      ['2026年1月', '2026年1月', '2026年1月', '2026年1月'], // … and a month group's
      ['0ABCDE1', '', '  ', null],
      ['0ABCDE2', '', 12345, ''],
    ];
    const keep = readKeptAssignments(rows);
    expect([...keep.keys()]).toEqual(['0ABCDE2']);
    expect(keep.get('0ABCDE2')).toEqual({ responsible: '12345', leader: '' });
  });
});

describe('资金测算', () => {
  const plan = buildPlan(leiguTown(), defaultPlanParams('2026-01-05'));
  const sheet = buildCostSheet(plan, OPTS);
  const h = sheet.rows.findIndex((r) => r[0]?.v === '序号');
  const header = sheet.rows[h].map((c) => c?.v);

  it('lists each school with a gap and a county total equal to the sum, in 万元', () => {
    const total = header.indexOf('合计');
    const schoolRows = sheet.rows.slice(h + 1).filter((r) => /^\d+$/.test(String(r[0]?.v ?? '')));
    expect(schoolRows.length).toBe(plan.schools.length);
    const countyRow = sheet.rows.find((r) => r[1]?.v === '全县合计')!;
    const sum = schoolRows.reduce((s, r) => s + (typeof r[total]?.v === 'number' ? (r[total]!.v as number) : 0), 0);
    expect(countyRow[total]!.v).toBeCloseTo(plan.summary.totalCostAll / 10000, 6);
    expect(sum).toBeCloseTo(plan.summary.totalCostAll / 10000, 6);
    const building = header.indexOf('校舍建设');
    expect(countyRow[building]!.v).toBeCloseTo(plan.summary.totalCost.building / 10000, 6);
    const leigu = schoolRows.find((r) => r[1]?.v === '擂鼓中学')!;
    expect(leigu[building]!.v).toBeCloseTo(2732 * 3000 / 10000, 6);
  });

  it('shows an unknown gap as 待核实 and the unit prices used', () => {
    const unknown = sheet.rows.find((r) => r[1]?.v === '竹山九年一贯制学校（初中）')!;
    expect(unknown[header.indexOf('运动场地')]!.v).toBe('待核实');
    const basis = sheet.rows.find((r) => r[1]?.v === '校舍建设' && r[4]?.v === 3000);
    expect(basis).toBeDefined();
    expect(sheet.landscape).toBe(true);
  });
});
