/**
 * Scheduling rules per kind of work: each returns the task's steps, as early as the rules allow from `ready`.
 * Buildings go through the approvals (seed 000, 篇二: 可研、环评、选址 → 设计、用地与施工许可 → 招投标 → 施工),
 * construction time grows with the area; greening is planted in the spring window; teachers follow the yearly
 * recruitment cycle, semester-start rotation and the yearly title review; class size waits for the autumn enrolment.
 */
import type { PlanKind, PlanParams } from './params';
import { addMonthsFrac, dayAfter, endOf, inYear, laterOf, toIso } from './dates';
import { addDays } from 'date-fns';

export interface PlanStep {
  name: string;
  /** One character shown in the month band (立 设 招 施 验 …). */
  abbr: string;
  start: string;
  end: string;
}

type Part = [name: string, abbr: string, months: number];

/** Steps one after another from `from`; zero-length steps are left out. */
function chain(from: Date, parts: Part[]): { steps: PlanStep[]; next: Date } {
  const steps: PlanStep[] = [];
  let at = from;
  for (const [name, abbr, months] of parts) {
    if (months <= 0) continue;
    const end = endOf(at, months);
    steps.push({ name, abbr, start: toIso(at), end: toIso(end) });
    at = dayAfter(end);
  }
  return { steps, next: at };
}

/** Construction months: base + per 1000 ㎡, capped. Unknown area → base. */
export function constructionMonths(area: number | null, p: { constructionBaseMonths: number; constructionMonthsPer1000m2: number; constructionMaxMonths: number }): number {
  const grow = area !== null && area > 0 ? (area / 1000) * p.constructionMonthsPer1000m2 : 0;
  return Math.min(p.constructionMaxMonths, Math.round((p.constructionBaseMonths + grow) * 10) / 10);
}

function building(ready: Date, area: number | null, p: PlanParams['building']): PlanStep[] {
  return chain(ready, [
    ['立项与可研', '立', p.feasibilityMonths],
    ['规划设计与审批', '设', p.designMonths],
    ['招投标', '招', p.tenderMonths],
    ['施工', '施', constructionMonths(area, p)],
    ['竣工验收', '验', p.acceptanceMonths],
  ]).steps;
}

function site(ready: Date, area: number | null, p: PlanParams['site']): PlanStep[] {
  return chain(ready, [
    ['立项与可研', '立', p.feasibilityMonths],
    ['征地报批与土地划拨', '地', p.landMonths],
    ['规划设计与审批', '设', p.designMonths],
    ['招投标', '招', p.tenderMonths],
    ['场地平整与围墙施工', '施', constructionMonths(area, p)],
    ['竣工验收', '验', p.acceptanceMonths],
  ]).steps;
}

function sports(ready: Date, area: number | null, p: PlanParams['sports']): PlanStep[] {
  return chain(ready, [
    ['规划设计', '设', p.designMonths],
    ['招投标', '招', p.tenderMonths],
    ['施工', '施', constructionMonths(area, p)],
    ['竣工验收', '验', p.acceptanceMonths],
  ]).steps;
}

/** First spring window on or after `ready` long enough for the planting (or its opening if it never is). */
export function springPlanting(ready: Date, p: PlanParams['greening']): Date {
  for (let y = ready.getFullYear(); y <= ready.getFullYear() + 2; y++) {
    const open = inYear(y, p.windowStartMonth);
    const lastDay = new Date(y, p.windowEndMonth, 0); // day 0 of the next month = last day of the window
    const begin = laterOf(ready, open);
    if (endOf(begin, p.plantingMonths).getTime() <= lastDay.getTime()) return begin;
  }
  return inYear(ready.getFullYear() + 1, p.windowStartMonth);
}

function greening(ready: Date, p: PlanParams['greening']): PlanStep[] {
  const prep = chain(ready, [['绿化方案设计与苗木准备', '设', p.designMonths]]);
  const plant = chain(springPlanting(prep.next, p), [
    ['春季栽植', '植', p.plantingMonths],
    ['养护与验收', '验', p.careMonths],
  ]);
  return [...prep.steps, ...plant.steps];
}

function procurement(ready: Date, p: PlanParams['procurement'], install: string): PlanStep[] {
  return chain(ready, [
    ['需求论证与预算', '预', p.planningMonths],
    ['政府采购招标', '采', p.tenderMonths],
    [install, '装', p.deliveryMonths],
    ['验收建档', '验', p.acceptanceMonths],
  ]).steps;
}

function books(ready: Date, p: PlanParams['books']): PlanStep[] {
  const buy = chain(ready, [
    ['书目遴选与预算', '选', p.selectionMonths],
    ['政府采购', '采', p.tenderMonths],
    ['到货编目上架', '架', p.deliveryMonths],
  ]).steps;
  // The donation drive runs beside the procurement (seed 003: 3月 组织学生及社会力量捐赠图书).
  const donate = p.donationShare > 0 ? chain(ready, [['组织捐赠图书', '捐', p.donationMonths]]).steps : [];
  return [...donate, ...buy];
}

/** Yearly recruitment: the first cycle whose plan step has not closed yet; teachers are on duty when it ends. */
function recruitment(ready: Date, p: PlanParams['recruitment']): PlanStep[] {
  for (let y = ready.getFullYear(); ; y++) {
    const planStart = inYear(y, p.planMonth);
    const planEnd = endOf(planStart, p.planMonths);
    if (ready.getTime() > planEnd.getTime()) continue;
    const plan: PlanStep = { name: '编制核定与招聘计划', abbr: '计', start: toIso(laterOf(ready, planStart)), end: toIso(planEnd) };
    const rest = chain(dayAfter(planEnd), [
      ['公开招聘（笔试、面试、体检、公示）', '招', p.examMonths],
      ['岗前培训与到岗', '岗', p.onboardingMonths],
    ]);
    return [plan, ...rest.steps];
  }
}

/** The first semester start on or after `d`. */
export function nextSemesterStart(d: Date, starts: string[]): Date {
  for (let y = d.getFullYear(); ; y++) {
    const found = starts
      .map((md) => inYear(y, md))
      .filter((s) => s.getTime() >= d.getTime())
      .sort((a, b) => a.getTime() - b.getTime())[0];
    if (found) return found;
  }
}

function rotation(ready: Date, p: PlanParams['rotation']): PlanStep[] {
  const prep = chain(ready, [['制定交流方案、遴选与公示', '备', p.prepMonths]]);
  const arrive = chain(nextSemesterStart(prep.next, p.semesterStarts), [['开学交流到岗', '岗', p.arrivalMonths]]);
  return [...prep.steps, ...arrive.steps];
}

/** Yearly title review: the first declaration window that leaves time for the training before it. */
function titles(ready: Date, p: PlanParams['titles']): PlanStep[] {
  for (let y = ready.getFullYear(); ; y++) {
    const declare = inYear(y, p.declarationMonth);
    if (addMonthsFrac(ready, p.trainingMonths).getTime() > declare.getTime()) continue;
    const train = chain(ready, [['业务培训与继续教育', '培', p.trainingMonths]]);
    const review = chain(declare, [
      ['职称申报', '申', p.declarationMonths],
      ['职称评审与公示', '评', p.reviewMonths],
    ]);
    return [...train.steps, ...review.steps];
  }
}

/** Zoning (划片招生) takes effect at the first autumn whose publication deadline the preparation can meet. */
function enrolment(ready: Date, p: PlanParams['enrolment']): PlanStep[] {
  for (let y = ready.getFullYear(); ; y++) {
    const prep = chain(ready, [
      ['研究制定划片招生方案', '研', p.prepMonths],
      ['公布方案并宣传', '宣', p.publicityMonths],
    ]);
    if (prep.next.getTime() > addDays(inYear(y, p.publishBy), 1).getTime()) continue;
    const autumn = inYear(y, p.autumnStart);
    const enrol = { name: '秋季招生与平行分班', abbr: '招', start: toIso(addDays(autumn, -31)), end: toIso(addDays(autumn, 14)) };
    return [...prep.steps, enrol];
  }
}

/** The steps of a task of `kind` for `quantity` (㎡ for areas), starting no earlier than `ready`. */
export function scheduleSteps(kind: PlanKind, ready: Date, quantity: number | null, params: PlanParams): PlanStep[] {
  switch (kind) {
    case 'building':
      return building(ready, quantity, params.building);
    case 'site':
      return site(ready, quantity, params.site);
    case 'sports':
      return sports(ready, quantity, params.sports);
    case 'greening':
      return greening(ready, params.greening);
    case 'equipment':
      return procurement(ready, params.procurement, '供货安装调试');
    case 'computers':
      return procurement(ready, params.procurement, '供货安装与联网');
    case 'multimedia':
      return procurement(ready, params.procurement, '教室改造与设备安装');
    case 'books':
      return books(ready, params.books);
    case 'recruitment':
      return recruitment(ready, params.recruitment);
    case 'rotation':
      return rotation(ready, params.rotation);
    case 'titles':
      return titles(ready, params.titles);
    case 'enrolment':
      return enrolment(ready, params.enrolment);
    case 'organise':
      return [];
  }
}
