/** The remediation plan (推进时间表) as data: what the JSON report, the two sheets and the task pane read. */
import type { IndicatorId } from '../indicators/ids';
import type { Stage } from '../types';
import type { CostCategory } from './kinds';
import type { PlanKind, PlanParams } from './params';
import type { PlanStep } from './schedule';

export type PhaseId = 'mobilise' | 'rectify' | 'review' | 'acceptance';

/** Seed 000's campaign phases. */
export const PHASE_ZH: Record<PhaseId, string> = {
  mobilise: '宣传动员',
  rectify: '自查整改',
  review: '迎接复评',
  acceptance: '迎接评估验收',
};

export interface PlanPhase {
  id: PhaseId;
  zh: string;
  start: string;
  end: string;
}

export interface Milestone {
  date: string;
  zh: string;
}

export interface PlanTask {
  /** Stable key: school|stage|indicator for a gap, county|<what> for a campaign task. */
  id: string;
  /** Short stable code written in the sheet's 编号 column (a hash of the id): how filled cells are matched on re-run. */
  code: string;
  phase: PhaseId;
  /** null for county-wide campaign tasks. */
  school: string | null;
  stage: Stage | null;
  kind: PlanKind;
  indicator: IndicatorId | null;
  /** Amount to close the gap in `unit` (rounded up); null when the census value is missing. */
  quantity: number | null;
  unit: string;
  title: string;
  /** The quantified target (要求). */
  requirement: string;
  steps: PlanStep[];
  start: string;
  end: string;
  /** 责任单位. */
  owner: string;
  /** Cannot finish by the inspection date. */
  risk: boolean;
  /** Earliest possible completion (the plan schedules every task as early as its rules allow). */
  earliestEnd: string;
  /** 元; 0 for work without a unit cost (teachers, enrolment, campaign); null when the quantity is unknown. */
  cost: number | null;
  /** The part of the quantity that is priced (building area: only the excess over new teaching rooms; books: less donations). */
  costBasis: number | null;
  costCategory: CostCategory | null;
}

export interface PlanSummary {
  /** All tasks (gap tasks + campaign tasks). */
  tasks: number;
  gapTasks: number;
  atRisk: number;
  /** Latest end of any task. */
  latestEnd: string;
  /** Gap tasks whose quantity is unknown (census value missing): not costed. */
  unknownQuantity: number;
  /** 元 by category, and their sum. */
  totalCost: Record<CostCategory, number>;
  totalCostAll: number;
  /** Teachers to recruit, to rotate in, and to bring to an intermediate title (人). */
  teachers: { recruitment: number; rotation: number; titles: number };
}

export interface Plan {
  params: PlanParams;
  startDate: string;
  inspectionDate: string;
  phases: PlanPhase[];
  milestones: Milestone[];
  /** Ordered by end date, then start, then county tasks first, then school order, then indicator order. */
  tasks: PlanTask[];
  /** Schools (stage records) with at least one gap task, in the evaluation's order, with their display label. */
  schools: { name: string; stage: Stage; label: string }[];
  summary: PlanSummary;
}
