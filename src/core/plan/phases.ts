/**
 * Campaign phases between the start and the inspection (seed 000: 宣传动员 → 自查整改 → 迎接复评 → 迎接评估验收)
 * and the county's organising tasks in them (seed 003: 领导小组, 推进会, 责任书, 督办检查, 档案资料).
 */
import { addDays, endOfMonth, startOfMonth } from 'date-fns';
import { addMonthsFrac, dayAfter, daysBetween, endOf, fromIso, laterOf, toIso } from './dates';
import type { PlanParams } from './params';
import type { Milestone, PhaseId, PlanPhase } from './types';
import { PHASE_ZH } from './types';

/** The phases' fixed parts may take at most this share of the time, so 自查整改 always keeps the rest. */
const FIXED_SHARE_MAX = 0.6;

export function buildPhases(p: PlanParams): PlanPhase[] {
  const s = fromIso(p.startDate);
  const i = fromIso(p.inspectionDate);
  const total = daysBetween(p.startDate, p.inspectionDate) + 1;
  // Calendar months when they fit (the seed's phases are whole months) …
  let mobEnd = endOf(s, p.phases.mobiliseMonths);
  let accStart = dayAfter(addMonthsFrac(i, -p.phases.acceptanceMonths));
  let revStart = addMonthsFrac(accStart, -p.phases.reviewMonths);
  const fixed = daysBetween(p.startDate, toIso(mobEnd)) + 1 + daysBetween(toIso(revStart), p.inspectionDate) + 1;
  if (fixed > total * FIXED_SHARE_MAX) {
    // … else days, scaled so that 自查整改 keeps the rest.
    const want = [p.phases.mobiliseMonths, p.phases.reviewMonths, p.phases.acceptanceMonths].map((m) => m * 30.4);
    const k = (total * FIXED_SHARE_MAX) / want.reduce((a, b) => a + b, 0);
    const [mob, rev, acc] = want.map((d) => Math.max(1, Math.floor(d * k)));
    mobEnd = addDays(s, mob - 1);
    accStart = addDays(i, -(acc - 1));
    revStart = addDays(accStart, -rev);
  }
  const span = (id: PhaseId, a: Date, b: Date): PlanPhase => ({ id, zh: PHASE_ZH[id], start: toIso(a), end: toIso(b) });
  return [
    span('mobilise', s, mobEnd),
    span('rectify', addDays(mobEnd, 1), addDays(revStart, -1)),
    span('review', revStart, addDays(accStart, -1)),
    span('acceptance', accStart, i),
  ];
}

export interface OrganiseTask {
  key: string;
  phase: PhaseId;
  title: string;
  requirement: string;
  start: string;
  end: string;
  owner: string;
}

/** Campaign tasks, placed by phase. `totalCost` is the money to raise, as text (资金测算). */
export function organiseTasks(p: PlanParams, phases: PlanPhase[], totalCost: string, gapTasks: number): OrganiseTask[] {
  const [mob, rect, rev, acc] = phases;
  const office = p.owners.organise;
  const s = fromIso(mob.start);
  const capMob = (days: number) => toIso(minDate(addDays(s, days), fromIso(mob.end)));
  const t = (key: string, phase: PhaseId, title: string, requirement: string, start: string, end: string, owner = office): OrganiseTask => ({
    key,
    phase,
    title,
    requirement,
    start,
    end: end < start ? start : end,
    owner,
  });
  const out: OrganiseTask[] = [
    t('leading-group', 'mobilise', '成立义务教育均衡发展工作领导小组，明确各处室分工', '印发领导小组名单和分工，建立联席会议制度', mob.start, capMob(6)),
    t('kickoff', 'mobilise', '召开义务教育均衡发展推进会（校长层面和教师层面）', '传达评估标准，部署推进时间表', mob.start, capMob(13)),
    t('pledge', 'mobilise', '建立干部联系点责任制，与各校校长签订目标责任书', '责任书一式两份，各校全部签订', mob.start, capMob(20)),
    t('one-school-one-plan', 'mobilise', '对照标准摸清底数，印发差距值一览表，制定一校一策整改方案', `落实整改任务 ${gapTasks} 项，明确时间节点和责任人`, mob.start, mob.end, p.owners.campaign),
    t('publicity', 'mobilise', '宣传动员：建均衡发展专栏、悬挂标语', '每校专栏至少 1 块、标语至少 1 幅', mob.start, mob.end, p.owners.campaign),
    t('archive-plan', 'mobilise', '明确档案资料建设任务，建立校级档案目录', '按建档目录分类，责任到人', mob.start, mob.end),
    t('funding', 'mobilise', '逐级争取上级专项资金，落实地方配套，保障整改资金', `落实资金 ${totalCost}（见资金测算表）`, mob.start, toIso(minDate(addDays(s, 59), fromIso(rect.end))), p.owners.funding),
    t('archives', 'rectify', '建立健全近三年档案资料（分类建档、盒签、卷内目录、索引）', '迎接复评前全面完成档案建设', rect.start, rect.end),
  ];
  // Monthly supervision during 自查整改 (seed 003: 每月 到各校指导、督办、检查 … 汇总进展情况).
  let m = startOfMonth(fromIso(rect.start));
  while (toIso(m) <= rect.end) {
    const start = toIso(laterOf(m, fromIso(rect.start)));
    const end = toIso(minDate(endOfMonth(m), fromIso(rect.end)));
    // A few days of 自查整改 left in a month are covered by the previous month's check.
    if (daysBetween(start, end) >= 9 || start === rect.start)
      out.push(t(`supervise-${toIso(m).slice(0, 7)}`, 'rectify', '到各校指导、督办、检查整改进展，汇总上报进展情况', '逐校逐项对账销号', start, end));
    m = addDays(endOfMonth(m), 1);
  }
  out.push(
    t('self-review', 'review', '县级自查复评：重新测算各校指标和差异系数，形成问题清单', '全部指标逐校复核，问题清单限期整改', rev.start, rev.end, p.owners.campaign),
    t('show', 'acceptance', '完善迎评档案资料，制作专题片和展板', '迎评材料齐全、数据一致', acc.start, toIso(laterOf(addDays(fromIso(acc.end), -7), fromIso(acc.start)))),
    t('inspection', 'acceptance', '迎接省级、国家督导评估验收', '各项指标达标，资料齐全', acc.end, acc.end),
  );
  return out;
}

const minDate = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

export function milestones(p: PlanParams, phases: PlanPhase[]): Milestone[] {
  return [
    { date: p.startDate, zh: '启动推进工作' },
    { date: phases[1].start, zh: '转入自查整改' },
    { date: phases[2].start, zh: '整改任务完成目标日，转入迎接复评' },
    { date: phases[3].start, zh: '转入迎接评估验收' },
    { date: p.inspectionDate, zh: '省级、国家督导评估验收' },
  ];
}
