/** The plan section of the JSON report: tasks with school, kind, quantity, dates, owner, risk and cost. */
import type { Plan } from './types';

export interface PlanReport {
  startDate: string;
  inspectionDate: string;
  summary: Plan['summary'];
  phases: Plan['phases'];
  milestones: Plan['milestones'];
  tasks: {
    id: string;
    code: string;
    phase: string;
    school: string | null;
    stage: string | null;
    kind: string;
    indicator: string | null;
    title: string;
    requirement: string;
    quantity: number | null;
    unit: string;
    start: string;
    end: string;
    owner: string;
    risk: boolean;
    earliestEnd: string;
    cost: number | null;
    steps: { name: string; start: string; end: string }[];
  }[];
  params: Plan['params'];
}

export function planReport(plan: Plan): PlanReport {
  return {
    startDate: plan.startDate,
    inspectionDate: plan.inspectionDate,
    summary: plan.summary,
    phases: plan.phases,
    milestones: plan.milestones,
    tasks: plan.tasks.map((t) => ({
      id: t.id,
      code: t.code,
      phase: t.phase,
      school: t.school,
      stage: t.stage,
      kind: t.kind,
      indicator: t.indicator,
      title: t.title,
      requirement: t.requirement,
      quantity: t.quantity,
      unit: t.unit,
      start: t.start,
      end: t.end,
      owner: t.owner,
      risk: t.risk,
      earliestEnd: t.earliestEnd,
      cost: t.cost,
      steps: t.steps.map(({ name, start, end }) => ({ name, start, end })),
    })),
    params: plan.params,
  };
}
