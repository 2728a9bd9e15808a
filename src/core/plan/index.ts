/** Remediation plan (推进时间表): parameters, planner, sheets. */
export { PlanParamsSchema, defaultPlanParams, defaultInspectionDate, resolvePlanParams, PLAN_KINDS, PLAN_KIND_ZH, DEFAULT_OWNERS } from './params';
export type { PlanParams, PlanParamsInput, PlanKind } from './params';
export { buildPlan, taskCode } from './build';
export { buildPlanSheet, buildCostSheet, readKeptAssignments, costRows, PLAN_SHEET, COST_SHEET } from './sheets';
export type { KeptAssignment, PlanSheetOptions } from './sheets';
export { planReport } from './report';
export type { PlanReport } from './report';
export type { Plan, PlanTask, PlanPhase, Milestone, PlanSummary, PhaseId } from './types';
export { PHASE_ZH } from './types';
export { COST_CATEGORIES, COST_CATEGORY_ZH } from './kinds';
export type { CostCategory } from './kinds';
export { formatPlanSummary } from './summary-text';
export { runPlan } from './run';
export type { PlanRun, PlanRunInput } from './run';
