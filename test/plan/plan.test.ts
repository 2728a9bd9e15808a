import fc from 'fast-check';
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import { buildPlan } from '../../src/core/plan/build';
import { COST_CATEGORIES } from '../../src/core/plan/kinds';
import { defaultPlanParams, PlanParamsSchema, resolvePlanParams } from '../../src/core/plan/params';
import { planReport } from '../../src/core/plan/report';
import { costRows } from '../../src/core/plan/sheets';
import { evaluation, leiguTown, school } from './fixtures';

const START = '2026-01-05';

describe('buildPlan: one task per school per gap', () => {
  const ev = leiguTown();
  const plan = buildPlan(ev, defaultPlanParams(START));
  const gapTasks = plan.tasks.filter((t) => t.indicator);

  it('gives every unmet indicator of every counted school exactly one task, and nothing else', () => {
    const expected = ev.schools.filter((s) => s.counted).flatMap((s) => s.failing.map((id) => `${s.name}|${s.stage}|${id}`));
    expect(gapTasks.map((t) => t.id).sort()).toEqual(expected.sort());
    expect(gapTasks.some((t) => t.school === '阳光民办学校')).toBe(false);
    expect(plan.summary.gapTasks).toBe(expected.length);
  });

  it('states the quantity in the title, as the gap table does', () => {
    const t = gapTasks.find((x) => x.id === '擂鼓中学|junior|teachingAreaPerStudent')!;
    expect(t.title).toBe('新建或改扩建教学及辅助用房 2 732 ㎡');
    expect(t.quantity).toBe(2732);
    expect(t.kind).toBe('building');
    expect(t.owner).toBe('办公室');
    expect(t.requirement).toContain('6.66');
    const books = gapTasks.find((x) => x.id === '擂鼓镇小学|primary|booksPerStudent')!;
    expect(books.title).toBe('采购和募集图书 12 720 册');
    expect(books.owner).toBe('继教处');
    expect(gapTasks.find((x) => x.id === '擂鼓镇小学|primary|classSize')!.owner).toBe('政教处');
    expect(gapTasks.find((x) => x.id === '鼓锣小学|primary|peArtTeachersPer100')!.owner).toBe('政教处');
  });

  it('labels the two stages of a mixed school apart', () => {
    const labels = plan.schools.map((s) => s.label);
    expect(labels).toContain('竹山九年一贯制学校（小学）');
    expect(labels).toContain('竹山九年一贯制学校（初中）');
    expect(labels).toContain('擂鼓中学');
  });

  it('keeps a task with an unknown quantity, uncosted and counted as unknown', () => {
    const t = gapTasks.find((x) => x.id === '竹山九年一贯制学校|junior|sportsAreaPerStudent')!;
    expect(t.quantity).toBeNull();
    expect(t.cost).toBeNull();
    expect(t.title).toContain('待核实');
    expect(plan.summary.unknownQuantity).toBe(1);
  });

  it('orders tasks by end date and starts none before the start date', () => {
    for (let i = 1; i < plan.tasks.length; i++) expect(plan.tasks[i].end >= plan.tasks[i - 1].end).toBe(true);
    for (const t of plan.tasks) {
      expect(t.start >= START).toBe(true);
      expect(t.steps.every((s) => s.start >= t.start && s.end <= t.end)).toBe(true);
    }
  });

  it('gives unique, stable codes', () => {
    const codes = plan.tasks.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    const again = buildPlan(leiguTown(), defaultPlanParams(START));
    expect(again).toEqual(plan);
  });

  it('keeps a task code when the quantity changes (re-run after new data)', () => {
    const ev2 = leiguTown();
    ev2.schools[0].indicators.teachingAreaPerStudent!.shortfall = 1000;
    const plan2 = buildPlan(ev2, defaultPlanParams(START));
    const code = (p: typeof plan, id: string) => p.tasks.find((t) => t.id === id)!.code;
    expect(code(plan2, '擂鼓中学|junior|teachingAreaPerStudent')).toBe(code(plan, '擂鼓中学|junior|teachingAreaPerStudent'));
  });
});

describe('campaign phases and organising tasks', () => {
  const p = defaultPlanParams(START, '2026-12-31');
  const plan = buildPlan(leiguTown(), p);

  it('splits start … inspection into the four phases, in order and without gaps', () => {
    expect(plan.phases.map((x) => x.zh)).toEqual(['宣传动员', '自查整改', '迎接复评', '迎接评估验收']);
    expect(plan.phases[0].start).toBe(START);
    expect(plan.phases[3].end).toBe('2026-12-31');
    for (let i = 1; i < 4; i++) {
      const prevEnd = new Date(plan.phases[i - 1].end);
      prevEnd.setDate(prevEnd.getDate() + 1);
      expect(plan.phases[i].start).toBe(prevEnd.toISOString().slice(0, 10));
      expect(plan.phases[i].end >= plan.phases[i].start).toBe(true);
    }
  });

  it('keeps 自查整改 the longest phase even when the inspection is close', () => {
    const short = buildPlan(leiguTown(), defaultPlanParams(START, '2026-03-05'));
    const len = (x: { start: string; end: string }) => new Date(x.end).getTime() - new Date(x.start).getTime();
    const rect = short.phases[1];
    for (const ph of short.phases) expect(len(rect)).toBeGreaterThanOrEqual(len(ph));
  });

  it('has the organising tasks of seed 003 inside the campaign', () => {
    const titles = plan.tasks.filter((t) => t.kind === 'organise').map((t) => t.title);
    for (const word of ['领导小组', '推进会', '责任书', '档案资料', '督办', '迎接省级、国家督导评估验收']) {
      expect(titles.some((x) => x.includes(word))).toBe(true);
    }
    for (const t of plan.tasks.filter((x) => x.kind === 'organise')) {
      expect(t.start >= START && t.end <= '2026-12-31').toBe(true);
      expect(t.risk).toBe(false);
    }
    expect(plan.milestones[plan.milestones.length - 1].date).toBe('2026-12-31');
  });
});

describe('risk flag', () => {
  it('marks building tasks 有风险 when the inspection is three months away, with their earliest end', () => {
    const plan = buildPlan(leiguTown(), defaultPlanParams(START, '2026-04-05'));
    const buildings = plan.tasks.filter((t) => t.kind === 'building');
    expect(buildings.length).toBe(4);
    for (const t of buildings) {
      expect(t.risk).toBe(true);
      expect(t.earliestEnd > '2026-04-05').toBe(true);
      expect(t.earliestEnd).toBe(t.end);
    }
    expect(plan.summary.atRisk).toBe(plan.tasks.filter((t) => t.risk).length);
    expect(plan.summary.atRisk).toBeGreaterThanOrEqual(4);
  });

  it('marks nothing at risk when there is time, and a task exactly on the inspection day is not late', () => {
    const plan = buildPlan(leiguTown(), defaultPlanParams(START, '2028-12-31'));
    expect(plan.summary.atRisk).toBe(0);
    const t = plan.tasks.find((x) => x.kind === 'building')!;
    const onTheDay = buildPlan(leiguTown(), defaultPlanParams(START, t.end)).tasks.find((x) => x.id === t.id)!;
    expect(onTheDay.risk).toBe(false);
    const dayBefore = new Date(t.end);
    dayBefore.setDate(dayBefore.getDate() - 1);
    const late = buildPlan(leiguTown(), defaultPlanParams(START, dayBefore.toISOString().slice(0, 10))).tasks.find((x) => x.id === t.id)!;
    expect(late.risk).toBe(true);
  });

  it('flags recruitment when the inspection comes before the autumn term', () => {
    const plan = buildPlan(leiguTown(), defaultPlanParams(START, '2026-07-01'));
    const rec = plan.tasks.find((t) => t.kind === 'recruitment')!;
    expect(rec.end).toBe('2026-08-31');
    expect(rec.risk).toBe(true);
  });
});

describe('costs', () => {
  const params = defaultPlanParams(START);
  const plan = buildPlan(leiguTown(), params);
  const cost = (id: string) => plan.tasks.find((t) => t.id === id)!.cost;

  it('prices each gap at its unit cost', () => {
    expect(cost('擂鼓中学|junior|teachingAreaPerStudent')).toBe(2732 * 3000);
    expect(cost('擂鼓中学|junior|sportsAreaPerStudent')).toBe(2674 * 300);
    expect(cost('擂鼓镇小学|primary|landAreaPerStudent')).toBe(7044 * 200);
    expect(cost('擂鼓镇小学|primary|computersPer100')).toBe(24 * 5000);
    expect(cost('护驾小学|primary|multimediaRoomsPer100')).toBe(5 * 60000);
    expect(cost('护驾小学|primary|greenAreaRatio')).toBe(1754 * 100);
    expect(cost('腰庄小学|primary|equipmentValuePerStudent')).toBe(45400);
    // 20% of the books come from the donation drive.
    expect(cost('擂鼓镇小学|primary|booksPerStudent')).toBe((12720 - Math.round(12720 * 0.2)) * 25);
    // Building area already gained by the new teaching rooms is not paid twice.
    expect(cost('鼓锣小学|primary|buildingAreaPerStudent')).toBe((402 - 279) * 3000);
    expect(cost('擂鼓镇小学|primary|teachersPerStudent')).toBe(0);
    expect(cost('擂鼓镇小学|primary|classSize')).toBe(0);
  });

  it('adds up per category and per school to the same county total', () => {
    const { schools, county } = costRows(plan);
    const byTasks = plan.tasks.reduce((s, t) => s + (t.cost ?? 0), 0);
    expect(plan.summary.totalCostAll).toBe(byTasks);
    expect(COST_CATEGORIES.reduce((s, c) => s + plan.summary.totalCost[c], 0)).toBe(byTasks);
    expect(schools.reduce((s, r) => s + r.total, 0)).toBe(byTasks);
    expect(county.total).toBe(byTasks);
    for (const c of COST_CATEGORIES) expect(county.byCategory[c]).toBe(plan.summary.totalCost[c]);
    expect(plan.summary.totalCost.building).toBe((2732 + 2655 + 279 + 123) * 3000);
    expect(plan.summary.teachers).toEqual({ recruitment: 7, rotation: 6, titles: 3 });
  });

  it('follows edited unit costs', () => {
    const p2 = PlanParamsSchema.parse({ startDate: START, inspectionDate: '2027-01-05', costs: { buildingPerM2: 4000, book: 30 }, books: { donationShare: 0 } });
    const plan2 = buildPlan(leiguTown(), p2);
    expect(plan2.summary.totalCost.building).toBe((2732 + 2655 + 279 + 123) * 4000);
    expect(plan2.summary.totalCost.books).toBe((6520 + 12720 + 5966) * 30);
    expect(plan2.summary.totalCost.sports).toBe(plan.summary.totalCost.sports);
  });

  it('costs nothing for a county without gaps', () => {
    const clean = buildPlan(evaluation([school('甲小学', 'primary', 100, {})]), params);
    expect(clean.summary.gapTasks).toBe(0);
    expect(clean.summary.totalCostAll).toBe(0);
    expect(clean.tasks.length).toBeGreaterThan(0); // the campaign still runs
  });
});

describe('parameters', () => {
  it('defaults the inspection to twelve months after the start and rejects an inspection before it', () => {
    expect(defaultPlanParams('2026-01-05').inspectionDate).toBe('2027-01-05');
    expect(() => defaultPlanParams('2026-01-05', '2025-12-01')).toThrow();
    expect(() => defaultPlanParams('2026-02-30')).toThrow();
  });

  it('remembers stored parameters and lets the dates be overridden', () => {
    const stored = PlanParamsSchema.parse({ startDate: '2026-01-05', inspectionDate: '2026-11-30', costs: { computer: 4200 } });
    const same = resolvePlanParams(JSON.parse(JSON.stringify(stored)), {}, '2030-01-01');
    expect(same.params).toEqual(stored);
    const moved = resolvePlanParams(stored, { startDate: '2026-03-01' }, '2030-01-01');
    expect(moved.params.startDate).toBe('2026-03-01');
    expect(moved.params.inspectionDate).toBe('2026-11-30');
    expect(moved.params.costs.computer).toBe(4200);
    const fresh = resolvePlanParams(undefined, {}, '2026-05-01');
    expect(fresh.params.startDate).toBe('2026-05-01');
    expect(fresh.params.inspectionDate).toBe('2027-05-01');
    const bad = resolvePlanParams({ startDate: 'soon' }, {}, '2026-05-01');
    expect(bad.problems.length).toBe(1);
    expect(bad.params.startDate).toBe('2026-05-01');
  });

  it('applies parameter edits field by field over the stored ones', () => {
    const stored = PlanParamsSchema.parse({ startDate: '2026-01-05', inspectionDate: '2026-11-30', costs: { computer: 4200 } });
    const r = resolvePlanParams(stored, { edits: { costs: { book: 30 }, owners: { books: '教研室' } } }, '2030-01-01');
    expect(r.params.costs.computer).toBe(4200);
    expect(r.params.costs.book).toBe(30);
    expect(r.params.owners.books).toBe('教研室');
    expect(r.params.owners.building).toBe('办公室');
    const plan = buildPlan(leiguTown(), r.params);
    expect(plan.tasks.filter((t) => t.kind === 'books').every((t) => t.owner === '教研室')).toBe(true);
    expect(() => resolvePlanParams(stored, { edits: { costs: { book: -1 } } }, '2030-01-01')).toThrow();
  });

  it('reports the plan as JSON-safe data with tasks, owners and risk', () => {
    const r = planReport(buildPlan(leiguTown(), defaultPlanParams(START, '2026-04-05')));
    const round = JSON.parse(JSON.stringify(r));
    expect(round).toEqual(r);
    const t = r.tasks.find((x) => x.kind === 'building')!;
    expect(t).toMatchObject({ school: expect.any(String), quantity: expect.any(Number), owner: '办公室', risk: true });
    expect(r.summary.atRisk).toBe(r.tasks.filter((x) => x.risk).length);
  });
});

describe('phases for any dates', () => {
  it('are contiguous, non-empty and cover start … inspection', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2025, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }), fc.integer({ min: 30, max: 1200 }), (d, span) => {
        const start = format(d, 'yyyy-MM-dd');
        const inspection = format(addDays(d, span), 'yyyy-MM-dd');
        const plan = buildPlan(leiguTown(), defaultPlanParams(start, inspection));
        const ph = plan.phases;
        expect(ph[0].start).toBe(start);
        expect(ph[3].end).toBe(inspection);
        for (let i = 0; i < 4; i++) expect(ph[i].end >= ph[i].start).toBe(true);
        for (let i = 1; i < 4; i++) expect(differenceInCalendarDays(new Date(ph[i].start), new Date(ph[i - 1].end))).toBe(1);
        for (const t of plan.tasks.filter((x) => x.kind === 'organise')) {
          expect(t.start >= start && t.end <= inspection && t.start <= t.end).toBe(true);
        }
        expect(plan.summary.atRisk).toBe(plan.tasks.filter((t) => t.end > inspection).length);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses an inspection less than 30 days after the start', () => {
    expect(() => defaultPlanParams('2026-01-05', '2026-02-03')).toThrow();
    expect(() => defaultPlanParams('2026-01-05', '2026-02-04')).not.toThrow();
  });
});

describe('schools sharing a name', () => {
  it('keeps two 中心小学 of different townships apart in tasks, labels and costs', () => {
    const a = school('中心小学', 'primary', 300, { teachingAreaPerStudent: [3, 5.66, 798, '㎡/生', '㎡'] });
    const b = { ...school('中心小学', 'primary', 200, { teachingAreaPerStudent: [4, 5.66, 332, '㎡/生', '㎡'] }), township: '双河镇', code: '4201' };
    const plan = buildPlan(evaluation([{ ...a, township: '青石镇', code: '4200' }, b]), defaultPlanParams(START));
    const tasks = plan.tasks.filter((t) => t.indicator);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(2);
    expect(new Set(tasks.map((t) => t.code)).size).toBe(2);
    expect(plan.schools.map((s) => s.label)).toEqual(['中心小学（青石镇）', '中心小学（双河镇）']);
    const { schools } = costRows(plan);
    expect(schools.map((r) => r.total)).toEqual([798 * 3000, 332 * 3000]);
  });
});
