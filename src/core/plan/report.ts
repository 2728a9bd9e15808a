/** The plan section of the JSON report: tasks with school, kind, quantity, dates, owner, risk and cost. */
import type { PlanStep } from './schedule';
import type { Plan, PlanTask } from './types';

/** The task fields the report carries (its shape follows PlanTask, not a copy of it). */
type ReportedTaskField =
  | 'id' | 'code' | 'phase' | 'school' | 'stage' | 'kind' | 'indicator' | 'title' | 'requirement' | 'quantity'
  | 'unit' | 'start' | 'end' | 'owner' | 'risk' | 'earliestEnd' | 'cost';

export interface PlanReport {
  startDate: string;
  inspectionDate: string;
  summary: Plan['summary'];
  phases: Plan['phases'];
  milestones: Plan['milestones'];
  tasks: (Pick<PlanTask, ReportedTaskField> & { steps: Pick<PlanStep, 'name' | 'start' | 'end'>[] })[];
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
