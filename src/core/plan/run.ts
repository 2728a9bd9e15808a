/**
 * One call for a host (command line, task pane): parameters remembered in the workbook plus the user's dates, the
 * plan, its two sheets with the filled 责任人 / 责任领导 of the previous 推进时间表 carried over, the JSON section and
 * a short summary. Pure: the caller reads the previous sheet and today's date.
 */
import { standardTitle } from '../output/format';
import type { SheetModel } from '../sheet/model';
import type { Evaluation } from '../types';
import { buildPlan } from './build';
import { resolvePlanParams, type PlanParams } from './params';
import { planReport, type PlanReport } from './report';
import { buildCostSheet, buildPlanSheet, readKeptAssignments } from './sheets';
import { formatPlanSummary } from './summary-text';
import type { Plan } from './types';

export interface PlanRunInput {
  /** JunhengSettings.plan of an earlier run, if any. */
  stored?: unknown;
  startDate?: string;
  inspectionDate?: string;
  /** Parameter edits (any subset of PlanParams, e.g. { costs: { buildingPerM2: 3500 } }); remembered afterwards. */
  edits?: unknown;
  /** Today, ISO: the default start and the sheets' date. */
  today: string;
  /** Values of the previous 推进时间表 sheet, if the workbook has one. */
  previousPlanRows?: readonly (readonly unknown[] | undefined)[];
}

export interface PlanRun {
  plan: Plan;
  /** To store in JunhengSettings.plan. */
  params: PlanParams;
  sheets: SheetModel[];
  report: PlanReport;
  summary: string;
  /** Tasks whose assignments were carried over from the previous sheet. */
  kept: number;
  /** Notes for the user (stored parameters that were invalid). */
  problems: string[];
}

/** Throws ZodError when the given dates are invalid (or the inspection is not after the start). */
export function runPlan(ev: Evaluation, input: PlanRunInput): PlanRun {
  const { params, problems } = resolvePlanParams(input.stored, { startDate: input.startDate, inspectionDate: input.inspectionDate, edits: input.edits }, input.today);
  const plan = buildPlan(ev, params);
  const keep = input.previousPlanRows ? readKeptAssignments(input.previousPlanRows) : new Map();
  const ctx = { censusSheet: ev.sheet, standard: standardTitle(ev.standard, ev.province), date: input.today };
  return {
    plan,
    params,
    sheets: [buildPlanSheet(plan, { ...ctx, keep }), buildCostSheet(plan, ctx)],
    report: planReport(plan),
    summary: formatPlanSummary(plan),
    kept: plan.tasks.filter((t) => keep.has(t.code)).length,
    problems,
  };
}
