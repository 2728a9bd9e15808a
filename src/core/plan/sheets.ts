/**
 * The plan's two sheets. 推进时间表: seed 003's 任务分解推进一览表 (时间 / 主要任务 / 要求 / 责任单位 / 责任人 / 责任领导)
 * with 编号, 阶段, 学校 and 状态, grouped by the month a task must be done, and a month band (Gantt of filled cells)
 * on the right. 资金测算: the cost of closing every gap per school and for the county, by category.
 * 责任人 / 责任领导 are the bureau's: read back from the previous sheet by 编号 and written again on re-run.
 */
import { endOfMonth, startOfMonth } from 'date-fns';
import { columnName } from '../grid';
import { rowHeights } from '../output/sheet-kit';
import type { CellSpec, SheetModel } from '../sheet/model';
import { STAGE_ZH } from '../types';
import { fromIso } from './dates';
import { COST_CATEGORIES, COST_CATEGORY_ZH, fmtWan } from './kinds';
import { unitCost } from './build';
import type { Plan, PlanTask } from './types';
import type { PlanStep } from './schedule';

export const PLAN_SHEET = { id: 'plan', name: '推进时间表' } as const;
export const COST_SHEET = { id: 'costs', name: '资金测算' } as const;

export interface PlanSheetOptions {
  censusSheet: string;
  /** The standard as shown to people (title or id). */
  standard: string;
  /** Generation date (ISO). */
  date: string;
  /** Filled 责任人 / 责任领导 of an earlier run, by 编号 (see readKeptAssignments). */
  keep?: Map<string, KeptAssignment>;
}

export interface KeptAssignment {
  responsible: string;
  leader: string;
}

const HEADER_FILL = 'D9D9D9';
const GROUP_FILL = 'F2F2F2';
const LATE_GROUP_COLOR = 'C00000';
const BAND = { task: '9BC2E6', risk: 'F8CBAD', late: 'E06666', milestone: 'C00000' } as const;
const PHASE_FILL: Record<string, string> = { mobilise: 'FFD966', rectify: '9BC2E6', review: 'A9D08E', acceptance: 'F4B183' };
const RISK_STYLE = { fill: 'FFC7CE', color: '9C0006' };
const MAX_MONTHS = 60;

/** Fixed columns of 推进时间表, then one column per month. */
export const PLAN_COLUMNS = ['编号', '阶段', '时间', '学校', '主要任务', '要求', '责任单位', '责任人', '责任领导', '状态'] as const;
const FIXED_WIDTHS = [9, 8, 14, 12, 26, 32, 9, 8, 8, 13];
const MONTH_WIDTH = 3.2;
const COL = Object.fromEntries(PLAN_COLUMNS.map((c, i) => [c, i])) as Record<(typeof PLAN_COLUMNS)[number], number>;

const body = (v: string | number | null, extra: Partial<CellSpec> = {}): CellSpec => ({ v, border: true, size: 10, ...extra });
const headCell = (v: string, extra: Partial<CellSpec> = {}): CellSpec => ({ v, bold: true, fill: HEADER_FILL, border: true, align: 'center', wrap: true, ...extra });

/** "2026.1.5—3.20", or with both years when they differ; one day: "2026.12.31". */
export function spanText(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  if (start === end) return `${y1}.${m1}.${d1}`;
  // Across a year end the second date goes on its own line (the column is narrow).
  return y1 === y2 ? `${y1}.${m1}.${d1}—${m2}.${d2}` : `${y1}.${m1}.${d1}—\n${y2}.${m2}.${d2}`;
}

interface MonthCol {
  year: number;
  month0: number;
  first: string;
  last: string;
}

function monthColumns(from: string, to: string): { months: MonthCol[]; truncated: boolean } {
  const months: MonthCol[] = [];
  let d = startOfMonth(fromIso(from));
  const stop = fromIso(to);
  while (d.getTime() <= stop.getTime() && months.length < MAX_MONTHS) {
    const last = endOfMonth(d);
    const iso = (x: Date) => `${x.getFullYear()}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}`;
    months.push({ year: d.getFullYear(), month0: d.getMonth(), first: iso(d), last: iso(last) });
    d = new Date(d.getFullYear(), d.getMonth() + 1, 1);
  }
  return { months, truncated: d.getTime() <= stop.getTime() };
}

const overlapDays = (a0: string, a1: string, b0: string, b1: string): number => {
  const lo = a0 > b0 ? a0 : b0;
  const hi = a1 < b1 ? a1 : b1;
  if (lo > hi) return 0;
  return Math.round((fromIso(hi).getTime() - fromIso(lo).getTime()) / 86400000) + 1;
};

/** The step that covers most of the month, or null when the task is idle then (e.g. waiting for spring). */
function stepInMonth(steps: PlanStep[], m: MonthCol): PlanStep | null {
  let best: PlanStep | null = null;
  let bestDays = 0;
  for (const s of steps) {
    const d = overlapDays(s.start, s.end, m.first, m.last);
    if (d > bestDays) [best, bestDays] = [s, d];
  }
  return best;
}

function statusText(t: PlanTask): string {
  return t.risk ? `有风险：最早 ${t.earliestEnd} 完成` : '可按期完成';
}

const PHASE_NOTE: Record<string, string> = {
  mobilise: '成立领导小组、召开推进会、签订责任书、摸清底数、宣传发动',
  rectify: '对照标准逐校逐项整改，每月督办检查，建立健全档案资料',
  review: '县级自查复评，问题清单限期整改',
  acceptance: '完善迎评资料，迎接省级、国家督导评估验收',
};

export function buildPlanSheet(plan: Plan, opts: PlanSheetOptions): SheetModel {
  const keep = opts.keep ?? new Map<string, KeptAssignment>();
  const lastDay = [plan.inspectionDate, plan.summary.latestEnd].sort().pop()!;
  const { months, truncated } = monthColumns(plan.startDate, lastDay);
  const inspectionMonth = plan.inspectionDate.slice(0, 7);
  const width = PLAN_COLUMNS.length + months.length;
  const rows: (CellSpec | null)[][] = [];
  const merges: { range: string }[] = [];
  const merge = (r0: number, c0: number, r1: number, c1: number) => {
    if (r0 !== r1 || c0 !== c1) merges.push({ range: `${columnName(c0)}${r0 + 1}:${columnName(c1)}${r1 + 1}` });
  };
  const spanning = (cell: CellSpec, c0 = 0, c1 = width - 1): void => {
    const r: (CellSpec | null)[] = [];
    for (let c = 0; c < c0; c++) r.push(null);
    r.push(cell);
    for (let c = c0 + 1; c <= c1; c++) r.push(cell.border ? { v: null, border: true, fill: cell.fill } : null);
    rows.push(r);
    merge(rows.length - 1, c0, rows.length - 1, c1);
  };
  const monthIndex = (iso: string) => months.findIndex((m) => m.first.slice(0, 7) === iso.slice(0, 7));
  const afterInspection = (m: MonthCol) => m.first.slice(0, 7) > inspectionMonth;

  // Title, source, summary.
  const s = plan.summary;
  spanning({ v: '义务教育均衡发展工作任务分解推进一览表（推进时间表）', bold: true, size: 16, align: 'center' });
  spanning({ v: `数据来源：工作表“${opts.censusSheet}”　　评估标准：${opts.standard}　　生成日期：${opts.date}`, size: 10, align: 'center' });
  const riskWords = s.atRisk ? `其中 ${s.atRisk} 项有风险（验收日期前无法完成，最晚 ${s.latestEnd} 完成）` : '全部可在验收日期前完成';
  spanning({
    v: `推进期限：${plan.startDate} 至 ${plan.inspectionDate}（迎接省级、国家督导评估验收）　　整改任务 ${s.gapTasks} 项、组织推进任务 ${s.tasks - s.gapTasks} 项，${riskWords}　　测算资金 ${fmtWan(s.totalCostAll)}`,
    size: 11,
    bold: s.atRisk > 0,
    color: s.atRisk > 0 ? LATE_GROUP_COLOR : undefined,
    align: 'center',
    wrap: true,
  });

  // Two header rows: fixed columns merged vertically; the band has the years above the months.
  const h1: (CellSpec | null)[] = PLAN_COLUMNS.map((c) => headCell(c));
  const h2: (CellSpec | null)[] = PLAN_COLUMNS.map(() => headCell(''));
  months.forEach((m, i) => {
    const isInspection = m.first.slice(0, 7) === inspectionMonth;
    const late = afterInspection(m);
    const style = isInspection ? { fill: BAND.milestone, color: 'FFFFFF' } : late ? { fill: 'BFBFBF' } : {};
    h1.push(headCell(i === 0 || m.month0 === 0 ? `${m.year}年` : '', { size: 9 }));
    h2.push(headCell(`${m.month0 + 1}`, { size: 9, ...style }));
  });
  const top = rows.length;
  rows.push(h1, h2);
  PLAN_COLUMNS.forEach((_, c) => merge(top, c, top + 1, c));
  // Merge each year's cells in the first header row.
  let runStart = 0;
  months.forEach((m, i) => {
    const next = months[i + 1];
    if (!next || next.year !== m.year) {
      merge(top, PLAN_COLUMNS.length + runStart, top, PLAN_COLUMNS.length + i);
      runStart = i + 1;
    }
  });

  const bandCells = (fill: (m: MonthCol, i: number) => CellSpec | null): (CellSpec | null)[] =>
    months.map((m, i) => fill(m, i) ?? { v: null, border: true });

  // 阶段安排 and 节点.
  spanning(body('阶段安排与时间节点', { bold: true, fill: GROUP_FILL }), 0, PLAN_COLUMNS.length - 1);
  rows[rows.length - 1].push(...bandCells(() => null));
  for (const ph of plan.phases) {
    const fixed = [
      body(''),
      body(ph.zh, { bold: true, align: 'center', wrap: true }),
      body(spanText(ph.start, ph.end), { align: 'center', wrap: true }),
      body('全县', { align: 'center' }),
      body(PHASE_NOTE[ph.id] ?? '', { wrap: true }),
      body(''),
      body('领导小组', { align: 'center' }),
      body(''),
      body(''),
      body(''),
    ];
    rows.push([...fixed, ...bandCells((m) => (overlapDays(ph.start, ph.end, m.first, m.last) > 0 ? { v: null, border: true, fill: PHASE_FILL[ph.id] } : null))]);
  }
  for (const ms of plan.milestones) {
    const at = monthIndex(ms.date);
    const fixed = [body(''), body('节点', { align: 'center' }), body(spanText(ms.date, ms.date), { align: 'center' }), body('全县', { align: 'center' }), body(`◆ ${ms.zh}`, { wrap: true }), body(''), body(''), body(''), body(''), body('')];
    rows.push([...fixed, ...bandCells((_, i) => (i === at ? { v: '◆', border: true, align: 'center', color: BAND.milestone, size: 9 } : null))]);
  }

  // Tasks grouped by the month they must be done (seed 003: 「2025年12月 … 12月25日前」).
  let group = '';
  for (const t of plan.tasks) {
    const ym = t.end.slice(0, 7);
    if (ym !== group) {
      group = ym;
      const [y, m] = ym.split('-').map(Number);
      const late = ym > inspectionMonth;
      spanning(
        body(`${y}年${m}月${late ? '（晚于验收日期）' : ''}`, { bold: true, fill: GROUP_FILL, color: late ? LATE_GROUP_COLOR : undefined }),
        0,
        PLAN_COLUMNS.length - 1,
      );
      rows[rows.length - 1].push(...bandCells(() => null));
    }
    const kept = keep.get(t.code);
    const riskStyle = t.risk ? RISK_STYLE : {};
    const fixed: CellSpec[] = [
      body(t.code, { align: 'center', size: 8, color: '7F7F7F' }),
      body(t.indicator ? '自查整改' : phaseZh(plan, t), { align: 'center', wrap: true }),
      body(spanText(t.start, t.end), { align: 'center', wrap: true, ...riskStyle }),
      body(t.school ?? '全县', { align: 'center', wrap: true }),
      body(t.title, { wrap: true }),
      body(t.requirement, { wrap: true }),
      body(t.owner, { align: 'center', wrap: true }),
      body(kept?.responsible ?? '', { align: 'center', wrap: true }),
      body(kept?.leader ?? '', { align: 'center', wrap: true }),
      body(statusText(t), { align: 'center', wrap: true, ...(t.risk ? { ...RISK_STYLE, bold: true } : {}) }),
    ];
    const band = bandCells((m, i) => {
      const step = stepInMonth(t.steps, m);
      if (!step) return null;
      const fill = t.risk ? (afterInspection(m) ? BAND.late : BAND.risk) : BAND.task;
      const last = truncated && i === months.length - 1;
      return { v: last ? '→' : step.abbr, border: true, fill, align: 'center', size: 9, color: afterInspection(m) ? 'FFFFFF' : '000000' };
    });
    rows.push([...fixed, ...band]);
  }

  // Legend.
  rows.push([]);
  spanning({ v: LEGEND, size: 9, wrap: true }, 0, PLAN_COLUMNS.length - 1);
  if (truncated) spanning({ v: `月度进度条只显示 ${MAX_MONTHS} 个月，之后的月份以“→”表示。`, size: 9 }, 0, PLAN_COLUMNS.length - 1);

  const columnWidths = [...FIXED_WIDTHS, ...months.map(() => MONTH_WIDTH)];
  return {
    id: PLAN_SHEET.id,
    name: PLAN_SHEET.name,
    rows,
    merges,
    columnWidths,
    rowHeights: rowHeights(rows, merges, columnWidths),
    frozenRows: top + 2,
    landscape: true,
    printTitleRows: `${top + 1}:${top + 2}`,
  };
}

const LEGEND =
  '说明：右侧为月度进度条（甘特图），格中字为当月主要步骤——校舍：立=立项与可研，设=规划设计与审批，招=招投标，施=施工，验=竣工验收；' +
  '征地：地=征地报批与土地划拨；绿化：设=方案设计与苗木准备，植=春季栽植，验=养护与验收；采购：预=需求论证与预算，采=政府采购，装=供货安装，验=验收建档；' +
  '图书：选=书目遴选，捐=组织捐赠，架=编目上架；教师：计=招聘计划，招=公开招聘，岗=到岗，备=交流方案与遴选，培=培训，申=职称申报，评=评审；招生：研=研究方案，宣=公布宣传，招=秋季招生分班。' +
  '蓝色=计划进度，浅红=有风险任务，深红=晚于验收日期的月份；表头红色为验收月份。编号用于再次生成时保留已填写的责任人、责任领导，请勿修改。';

function phaseZh(plan: Plan, t: PlanTask): string {
  return plan.phases.find((p) => p.id === t.phase)?.zh ?? '';
}

/**
 * Filled 责任人 / 责任领导 of an earlier 推进时间表, by 编号: the header row is found by its labels, so moved or
 * inserted rows above it do not matter. Pure: takes the sheet's values.
 */
/** What taskCode() makes: 7 base-36 characters, with a "-2" suffix after a (rare) collision. */
const TASK_CODE = /^[0-9A-Z]{7}(-\d+)?$/;

export function readKeptAssignments(rows: readonly (readonly unknown[] | undefined)[]): Map<string, KeptAssignment> {
  const out = new Map<string, KeptAssignment>();
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
  const headerAt = rows.findIndex((r) => r && r.some((v) => str(v) === '编号') && r.some((v) => str(v) === '责任人'));
  if (headerAt < 0) return out;
  const h = rows[headerAt]!.map(str);
  const [code, who, leader] = [h.indexOf('编号'), h.indexOf('责任人'), h.indexOf('责任领导')];
  for (const r of rows.slice(headerAt + 1)) {
    if (!r) continue;
    const id = str(r[code]);
    // Only task codes: hosts repeat a merged cell's value (month groups, the second header row) in every column.
    if (!TASK_CODE.test(id)) continue;
    const kept = { responsible: str(r[who]), leader: leader >= 0 ? str(r[leader]) : '' };
    if (kept.responsible || kept.leader) out.set(id, kept);
  }
  return out;
}

// ——— 资金测算 ———

const COST_FIXED = ['序号', '学校', '学段'];
const TEACHER_COLS = [
  ['recruitment', '招聘教师\n（人）'],
  ['rotation', '交流轮岗\n（人）'],
  ['titles', '职称晋升\n（人）'],
] as const;
const WAN = '#,##0.00';

export interface CostRow {
  label: string;
  stage: string;
  byCategory: Record<(typeof COST_CATEGORIES)[number], number | null>;
  total: number;
  teachers: Record<'recruitment' | 'rotation' | 'titles', number>;
  unknown: number;
}

/** Per school stage (plan order) and the county total, 元. A category with an unknown quantity is null (待核实). */
export function costRows(plan: Plan): { schools: CostRow[]; county: CostRow } {
  const empty = (label: string, stage: string): CostRow => ({
    label,
    stage,
    byCategory: Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as CostRow['byCategory'],
    total: 0,
    teachers: { recruitment: 0, rotation: 0, titles: 0 },
    unknown: 0,
  });
  const schools = plan.schools.map((s) => empty(s.label, STAGE_ZH[s.stage]));
  const byLabel = new Map(schools.map((r) => [r.label, r]));
  const county = empty('全县合计', '');
  for (const t of plan.tasks) {
    if (!t.indicator || t.school === null) continue;
    const row = byLabel.get(t.school)!;
    for (const r of [row, county]) {
      if (t.costCategory) {
        if (t.cost === null) {
          r.unknown++;
          if (r !== county) r.byCategory[t.costCategory] = null;
        } else if (r.byCategory[t.costCategory] !== null) {
          r.byCategory[t.costCategory]! += t.cost;
        }
        if (t.cost !== null) r.total += t.cost;
      }
      if ((t.kind === 'recruitment' || t.kind === 'rotation' || t.kind === 'titles') && t.quantity !== null) r.teachers[t.kind] += t.quantity;
    }
  }
  return { schools, county };
}

export function buildCostSheet(plan: Plan, opts: Omit<PlanSheetOptions, 'keep'>): SheetModel {
  const header = [...COST_FIXED, ...COST_CATEGORIES.map((c) => `${COST_CATEGORY_ZH[c]}`), '合计', ...TEACHER_COLS.map(([, zh]) => zh)];
  const width = header.length;
  const rows: (CellSpec | null)[][] = [];
  const merges: { range: string }[] = [];
  const spanning = (cell: CellSpec, c0 = 0, c1 = width - 1): number => {
    const r: (CellSpec | null)[] = [];
    for (let c = 0; c < c0; c++) r.push(null);
    r.push(cell);
    for (let c = c0 + 1; c <= c1; c++) r.push(cell.border ? { v: null, border: true, fill: cell.fill } : null);
    rows.push(r);
    if (c1 > c0) merges.push({ range: `${columnName(c0)}${rows.length}:${columnName(c1)}${rows.length}` });
    return rows.length - 1;
  };
  const wan = (yuan: number | null, extra: Partial<CellSpec> = {}): CellSpec =>
    yuan === null ? body('待核实', { align: 'center', color: '9C0006', ...extra }) : yuan === 0 ? body(null, extra) : body(yuan / 10000, { fmt: WAN, align: 'right', ...extra });
  const count = (n: number, extra: Partial<CellSpec> = {}): CellSpec => (n === 0 ? body(null, extra) : body(n, { fmt: '#,##0', align: 'right', ...extra }));

  spanning({ v: '义务教育均衡发展整改资金测算表', bold: true, size: 16, align: 'center' });
  spanning({ v: `数据来源：工作表“${opts.censusSheet}”　　评估标准：${opts.standard}　　生成日期：${opts.date}`, size: 10, align: 'center' });
  spanning({ v: `单位：万元（教师为人数，不计入资金）　　全县测算资金合计 ${fmtWan(plan.summary.totalCostAll)}`, size: 11, bold: true, align: 'center' });
  const headerAt = rows.length;
  rows.push(header.map((h) => headCell(h)));

  const { schools, county } = costRows(plan);
  const line = (r: CostRow, n: string, extra: Partial<CellSpec> = {}): (CellSpec | null)[] => [
    body(n, { align: 'center', ...extra }),
    body(r.label, { wrap: true, ...extra }),
    body(r.stage, { align: 'center', ...extra }),
    ...COST_CATEGORIES.map((c) => wan(r.byCategory[c], extra)),
    wan(r.total, { bold: true, ...extra }),
    ...TEACHER_COLS.map(([k]) => count(r.teachers[k], extra)),
  ];
  if (schools.length === 0) spanning(body('没有需要整改的学校', { align: 'center' }));
  schools.forEach((r, i) => rows.push(line(r, String(i + 1))));
  rows.push(line(county, '', { bold: true, fill: GROUP_FILL }));

  // 测算依据: quantities and unit prices per category.
  rows.push([]);
  spanning(body('测算依据', { bold: true, fill: GROUP_FILL }), 1, width - 1);
  const basisHead = ['类别', '单位', '缺口数量', '单价（元）', '金额（万元）', '说明'];
  const basisRow = (cells: (CellSpec | null)[], note: CellSpec): void => {
    rows.push([null, ...cells, note, ...Array.from({ length: width - 7 }, () => body(null))]);
    merges.push({ range: `G${rows.length}:${columnName(width - 1)}${rows.length}` });
  };
  basisRow(basisHead.slice(0, 5).map((h) => headCell(h)), headCell(basisHead[5]));
  const p = plan.params;
  const NOTES: Record<string, string> = {
    building: '教学及辅助用房与校舍建筑面积不重复计算：校舍只计超出新建教学用房的部分',
    site: '征地补偿、场地平整与围墙',
    sports: '田径场、篮球场、排球场等室外场地',
    greening: '苗木与栽植',
    equipment: '按设备值缺口全额计算',
    computers: '学生用计算机',
    multimedia: '交互式一体机、计算机与网络',
    books: `按 ${Math.round(p.books.donationShare * 100)}% 组织捐赠、其余采购测算`,
  };
  for (const c of COST_CATEGORIES) {
    const tasks = plan.tasks.filter((t) => t.costCategory === c);
    const basis = tasks.reduce((sum, t) => sum + (t.costBasis ?? 0), 0);
    const unit = c === 'equipment' ? '元' : c === 'computers' ? '台' : c === 'multimedia' ? '间' : c === 'books' ? '册' : '㎡';
    const price = unitCost(c, p);
    basisRow(
      [
        body(COST_CATEGORY_ZH[c]),
        body(unit, { align: 'center' }),
        count(basis),
        body(c === 'equipment' ? '按面值' : price, { fmt: '#,##0', align: c === 'equipment' ? 'center' : 'right' }),
        wan(plan.summary.totalCost[c]),
      ],
      body(NOTES[c], { wrap: true, size: 9 }),
    );
  }
  for (const [k, zh] of TEACHER_COLS) {
    basisRow(
      [body(zh.replace('\n（人）', '')), body('人', { align: 'center' }), count(plan.summary.teachers[k]), body('—', { align: 'center' }), body('—', { align: 'center' })],
      body('按编制与岗位解决，不计入资金', { size: 9 }),
    );
  }
  if (plan.summary.unknownQuantity) {
    spanning(
      { v: `注：${plan.summary.unknownQuantity} 项缺口因普查数据缺失无法测算（表中“待核实”），未计入合计。`, size: 9, color: '9C0006' },
      1,
      width - 1,
    );
  }
  spanning({ v: '注：金额为按单价 × 缺口数量的估算，供编制预算参考；单价可在推进计划参数中修改。', size: 9 }, 1, width - 1);

  const columnWidths = [5, 27, 6, ...COST_CATEGORIES.map(() => 10), 11, ...TEACHER_COLS.map(() => 9)];
  return {
    id: COST_SHEET.id,
    name: COST_SHEET.name,
    rows,
    merges,
    columnWidths,
    rowHeights: rowHeights(rows, merges, columnWidths),
    frozenRows: headerAt + 1,
    landscape: true,
    printTitleRows: `${headerAt + 1}:${headerAt + 1}`,
  };
}

