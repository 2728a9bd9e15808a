/**
 * --plan for the command line: parameters remembered in the workbook with --start-date / --inspection-date on top;
 * --plan-params edits (remembered too); the filled 责任人 / 责任领导 of the input's 推进时间表 (when the input is an earlier output) are carried over.
 */
import { format } from 'date-fns';
import { existsSync, readFileSync } from 'node:fs';
import { ZodError } from 'zod';
import { PLAN_SHEET, runPlan, type PlanParams, type PlanReport } from '../core/plan';
import type { SheetModel } from '../core/sheet/model';
import type { Evaluation } from '../core/types';
import type { Args } from './args';
import type { LoadedInput } from './write-output';

export class PlanArgsError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

export interface CliPlan {
  params: PlanParams;
  report: PlanReport;
  sheets: SheetModel[];
  text: string;
}

/** --plan-params FILE.json: any subset of the plan parameters (see README). */
function readEdits(path: string | undefined): unknown {
  if (path === undefined) return undefined;
  if (!existsSync(path)) throw new PlanArgsError(`找不到推进计划参数文件 ${path}`, `plan parameter file not found: ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new PlanArgsError(`推进计划参数文件 ${path} 不是有效的 JSON`, `plan parameter file ${path} is not valid JSON`);
  }
}

export function makePlan(ev: Evaluation, input: LoadedInput, args: Args, now: Date): CliPlan {
  const edits = readEdits(args.planParams);
  const prevName = input.settings?.ownedSheets?.[PLAN_SHEET.id] ?? PLAN_SHEET.name;
  const prev = input.grid.sheets.find((s) => s.name === prevName);
  try {
    const run = runPlan(ev, {
      stored: input.settings?.plan,
      startDate: args.startDate,
      inspectionDate: args.inspectionDate,
      edits,
      today: format(now, 'yyyy-MM-dd'),
      previousPlanRows: prev?.rows,
    });
    for (const p of run.problems) console.error(`注意 / note: ${p}`);
    const kept = run.kept ? `\n  已保留 ${run.kept} 项任务的责任人、责任领导 / kept ${run.kept} filled assignments` : '';
    return { params: run.params, report: run.report, sheets: run.sheets, text: run.summary + kept };
  } catch (e) {
    if (!(e instanceof ZodError)) throw e;
    const issue = e.issues[0];
    const [zh, en] = (issue?.message ?? '').split(' / ');
    const field = (issue?.path ?? []).map(String).join('.');
    throw new PlanArgsError(`推进计划参数 ${field} 不正确：${zh}`, `plan parameter ${field} is invalid: ${en ?? zh}`);
  }
}
