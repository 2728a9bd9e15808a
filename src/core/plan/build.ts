/**
 * The planner: one task per counted school stage per unmet indicator, scheduled as early as its kind's rules allow
 * from the start date, plus the county's campaign tasks. Pure and deterministic: same evaluation and parameters,
 * same plan (no clock, no randomness).
 */
import { INDICATOR_IDS, type IndicatorId } from '../indicators/ids';
import { indicatorLabel, plainNumber } from '../output/format';
import type { Evaluation, IndicatorResult, SchoolResult } from '../types';
import { STAGE_ZH } from '../types';
import { fromIso } from './dates';
import { COST_CATEGORIES, INDICATOR_KIND, TEACHER_KINDS, costCategory, fmtWan, kindNote, taskTitle, type CostCategory } from './kinds';
import type { PlanKind, PlanParams } from './params';
import { buildPhases, milestones, organiseTasks } from './phases';
import { scheduleSteps } from './schedule';
import type { Plan, PlanSummary, PlanTask } from './types';
import { PHASE_ZH } from './types';

/** Amount to act on: shortfalls are rounded up to whole ㎡, 元, books, teachers … */
export function taskQuantity(r: IndicatorResult): number | null {
  if (r.value === null || r.shortfall === null || !Number.isFinite(r.shortfall)) return null;
  return Math.max(0, Math.ceil(r.shortfall - 1e-9));
}

/** The quantified target: "补足 2 732 ㎡，生均教学及辅助用房面积 ≥ 6.66 ㎡/生（现 2.47）". */
function requirement(id: IndicatorId, r: IndicatorResult, kind: PlanKind, quantity: number | null, params: PlanParams): string {
  const label = indicatorLabel(id);
  const fmt = (v: number) => plainNumber(v, label.valueFmt);
  const unit = label.valueFmt.endsWith('%') ? '' : r.unit ? ` ${r.unit}` : '';
  const target = r.standard === null ? label.zh : `${label.zh} ${label.atMost ? '≤' : '≥'} ${fmt(r.standard)}${unit}`;
  const now = r.value === null ? '现值缺失，先核实填报数据' : `现 ${fmt(r.value)}`;
  const note = kindNote(kind, id, quantity, params);
  return `${target}（${now}）${note ? `；${note}` : ''}`;
}

/** Unit cost of one unit of a gap task's quantity, in 元. */
export function unitCost(cat: CostCategory, params: PlanParams): number {
  const c = params.costs;
  switch (cat) {
    case 'building':
      return c.buildingPerM2;
    case 'site':
      return c.landPerM2;
    case 'sports':
      return c.sportsPerM2;
    case 'greening':
      return c.greeningPerM2;
    case 'equipment':
      return 1; // face value
    case 'computers':
      return c.computer;
    case 'multimedia':
      return c.multimediaRoom;
    case 'books':
      return c.book; // the basis already leaves out the donated books
  }
}

/** FNV-1a, 32 bits, over UTF-16 code units: a stable short code for the sheet's 编号 column. */
export function taskCode(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).toUpperCase().padStart(7, '0');
}

/**
 * A school stage's label: the name, with the stage when the school has two stage records, and with the township
 * (or the row) when two schools share a name.
 */
export function schoolLabels(schools: SchoolResult[]): Map<SchoolResult, string> {
  const stages = new Map<string, Set<string>>();
  const byNameStage = new Map<string, number>();
  for (const s of schools) {
    stages.set(s.name, (stages.get(s.name) ?? new Set()).add(s.stage));
    byNameStage.set(`${s.name}|${s.stage}`, (byNameStage.get(`${s.name}|${s.stage}`) ?? 0) + 1);
  }
  return new Map(
    schools.map((s) => {
      const twins = (byNameStage.get(`${s.name}|${s.stage}`) ?? 0) > 1;
      const where = twins ? (s.township ? `${s.township}` : `第${s.row}行`) : '';
      const stage = (stages.get(s.name)?.size ?? 0) > 1 ? STAGE_ZH[s.stage] : '';
      const extra = [where, stage].filter(Boolean).join('，');
      return [s, extra ? `${s.name}（${extra}）` : s.name];
    }),
  );
}

/** The stable part of a task's key: the name, plus the school code (or row) when two schools share name and stage. */
function schoolKey(s: SchoolResult, twins: boolean): string {
  return twins ? `${s.name}#${s.code ?? `row${s.row}`}` : s.name;
}

function gapTasks(ev: Evaluation, params: PlanParams): { tasks: PlanTask[]; schools: Plan['schools'] } {
  const start = fromIso(params.startDate);
  const counted = ev.schools.filter((s) => s.counted);
  const labels = schoolLabels(counted);
  const seen = new Map<string, number>();
  for (const s of counted) seen.set(`${s.name}|${s.stage}`, (seen.get(`${s.name}|${s.stage}`) ?? 0) + 1);
  const tasks: PlanTask[] = [];
  const schools: Plan['schools'] = [];
  for (const s of counted) {
    const ids = INDICATOR_IDS.filter((id) => s.failing.includes(id) && s.indicators[id]);
    if (ids.length) schools.push({ name: s.name, stage: s.stage, label: labels.get(s)! });
    // New teaching rooms also add building area: the building-area task is costed for its excess only.
    const teachingQty = ids.includes('teachingAreaPerStudent') ? taskQuantity(s.indicators.teachingAreaPerStudent!) ?? 0 : 0;
    for (const id of ids) {
      const r = s.indicators[id]!;
      const kind = INDICATOR_KIND[id];
      const quantity = taskQuantity(r);
      const steps = scheduleSteps(kind, start, quantity, params);
      const cat = costCategory(kind);
      let cost: number | null = 0;
      let costBasis: number | null = null;
      if (cat) {
        costBasis = quantity === null ? null : id === 'buildingAreaPerStudent' ? Math.max(0, quantity - teachingQty) : quantity;
        if (cat === 'books' && costBasis !== null) costBasis -= Math.round(costBasis * params.books.donationShare);
        cost = costBasis === null ? null : Math.round(costBasis * unitCost(cat, params));
      }
      const key = `${schoolKey(s, (seen.get(`${s.name}|${s.stage}`) ?? 0) > 1)}|${s.stage}|${id}`;
      tasks.push({
        id: key,
        code: taskCode(key),
        phase: 'rectify',
        school: labels.get(s)!,
        stage: s.stage,
        kind,
        indicator: id,
        quantity,
        unit: r.shortfallUnit,
        title: taskTitle(id, quantity, r.shortfallUnit),
        requirement: requirement(id, r, kind, quantity, params),
        steps,
        start: steps[0].start,
        end: steps.reduce((m, st) => (st.end > m ? st.end : m), steps[0].end),
        owner: params.ownerByIndicator[id] ?? params.owners[kind],
        risk: false,
        earliestEnd: '',
        cost,
        costBasis,
        costCategory: cat,
      });
    }
  }
  return { tasks, schools };
}

function summarise(tasks: PlanTask[]): PlanSummary {
  const totalCost = Object.fromEntries(COST_CATEGORIES.map((c) => [c, 0])) as Record<CostCategory, number>;
  const teachers = { recruitment: 0, rotation: 0, titles: 0 };
  let unknownQuantity = 0;
  for (const t of tasks) {
    if (t.indicator && t.quantity === null) unknownQuantity++;
    if (t.costCategory && t.cost !== null) totalCost[t.costCategory] += t.cost;
    if (TEACHER_KINDS.includes(t.kind) && t.quantity !== null) teachers[t.kind as keyof typeof teachers] += t.quantity;
  }
  return {
    tasks: tasks.length,
    gapTasks: tasks.filter((t) => t.indicator !== null).length,
    atRisk: tasks.filter((t) => t.risk).length,
    latestEnd: tasks.reduce((m, t) => (t.end > m ? t.end : m), ''),
    unknownQuantity,
    totalCost,
    totalCostAll: COST_CATEGORIES.reduce((sum, c) => sum + totalCost[c], 0),
    teachers,
  };
}

const indicatorRank = (id: IndicatorId | null) => (id === null ? -1 : INDICATOR_IDS.indexOf(id));

export function buildPlan(ev: Evaluation, params: PlanParams): Plan {
  const phases = buildPhases(params);
  const gaps = gapTasks(ev, params);
  const money = gaps.tasks.reduce((sum, t) => sum + (t.costCategory && t.cost !== null ? t.cost : 0), 0);
  const campaign: PlanTask[] = organiseTasks(params, phases, fmtWan(money), gaps.tasks.length).map((o) => {
    const key = `county|${o.key}`;
    return {
      id: key,
      code: taskCode(key),
      phase: o.phase,
      school: null,
      stage: null,
      kind: 'organise',
      indicator: null,
      quantity: null,
      unit: '',
      title: o.title,
      requirement: o.requirement,
      steps: [{ name: o.title, abbr: PHASE_ZH[o.phase][0], start: o.start, end: o.end }],
      start: o.start,
      end: o.end,
      owner: o.owner,
      risk: false,
      earliestEnd: '',
      cost: 0,
      costBasis: null,
      costCategory: null,
    };
  });
  const schoolRank = new Map(gaps.schools.map((s, i) => [s.label, i]));
  const tasks = [...campaign, ...gaps.tasks].map((t) => ({ ...t, earliestEnd: t.end, risk: t.end > params.inspectionDate }));
  tasks.sort(
    (a, b) =>
      cmp(a.end, b.end) ||
      cmp(a.start, b.start) ||
      (a.school === null ? -1 : (schoolRank.get(a.school) ?? 0)) - (b.school === null ? -1 : (schoolRank.get(b.school) ?? 0)) ||
      indicatorRank(a.indicator) - indicatorRank(b.indicator) ||
      cmp(a.id, b.id),
  );
  uniqueCodes(tasks);
  return {
    params,
    startDate: params.startDate,
    inspectionDate: params.inspectionDate,
    phases,
    milestones: milestones(params, phases),
    tasks,
    schools: gaps.schools,
    summary: summarise(tasks),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Hash collisions (rare) get a suffix in id order, so codes stay unique and stable. */
function uniqueCodes(tasks: PlanTask[]): void {
  const byCode = new Map<string, PlanTask[]>();
  for (const t of tasks) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t]);
  for (const group of byCode.values()) {
    if (group.length < 2) continue;
    [...group].sort((a, b) => cmp(a.id, b.id)).forEach((t, i) => {
      if (i > 0) t.code = `${t.code}-${i + 1}`;
    });
  }
}
