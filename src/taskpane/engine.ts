/**
 * What the pane asks of the core and the host, in the order a run needs it. The React code calls only these, so
 * the components stay about display and this file is the one place that knows the core's entry points.
 */
import type { SheetGrid } from '../core/grid';
import { columnName } from '../core/grid';
import type { Host, ProgressFn } from '../host/host';
import type { DetectedTable, MappingOverride } from '../core/table/types';
import type { Evaluation } from '../core/types';
import type { JunhengSettings, SheetModel, WorkbookModel } from '../core/sheet/model';
import { evaluate } from '../core/evaluate';
import { detectTable, findCensusTable, isOwnOutputSheet } from '../core/table/detect';
import { buildWorkbookModel } from '../core/output';
import { buildCostSheet, buildPlan, buildPlanSheet, readKeptAssignments, resolvePlanParams, type KeptAssignment, type PlanParams } from '../core/plan';
import { standardTitle } from '../core/output/format';
import { isoDate, parseIsoDate } from './format';

export interface CensusSheet {
  grid: SheetGrid;
  table: DetectedTable | null;
}

/** Detection on the host's grid; a grid read from a used range is shifted back to sheet coordinates. */
export function detect(grid: SheetGrid, overrides: MappingOverride[]): DetectedTable | null {
  return detectTable(grid, overrides) ?? null;
}

/**
 * The sheet to open first: the one an earlier run saved, else the sheet whose table maps the most fields (the
 * core's choice, same as the command line). Junheng's own output sheets are not read.
 */
export async function findCensus(host: Host, sheets: string[], saved: JunhengSettings | null, overrides: MappingOverride[], onProgress?: ProgressFn): Promise<{ sheet: string; census: CensusSheet } | null> {
  const candidates = sheets.filter((n) => !isOwnOutputSheet(n));
  const grids: SheetGrid[] = [];
  for (const [i, name] of candidates.entries()) {
    grids.push(await host.readSheet(name));
    onProgress?.({ fraction: (i + 1) / candidates.length, label: name });
  }
  const wb = { sheets: grids };
  const savedSheet = saved?.censusSheet && candidates.includes(saved.censusSheet) ? saved.censusSheet : undefined;
  const found = (savedSheet !== undefined ? findCensusTable(wb, savedSheet, overrides) : null) ?? findCensusTable(wb);
  if (found) return { sheet: found.sheet.name, census: { grid: found.sheet, table: found.table } };
  return grids.length ? { sheet: grids[0].name, census: { grid: grids[0], table: null } } : null;
}

export function overridesFromSettings(s: JunhengSettings | null): MappingOverride[] {
  return (s?.mapping ?? []).map((m) => ({ column: m.column, field: m.field as MappingOverride['field'], ...(m.factor !== undefined ? { factor: m.factor } : {}) }));
}

export interface RunChoice {
  sheet: string;
  standard: string;
  province: string | null;
  overrides: MappingOverride[];
}

export interface PlanDates {
  start: Date;
  inspection: Date;
}

/** Yield to the browser so a progress bar repaints before synchronous work. */
const paint = () => new Promise<void>((r) => setTimeout(r, 0));

/** Read the census sheet fresh and evaluate it (the pane may have been open while the user typed). */
export async function runEvaluation(host: Host, choice: RunChoice, onProgress: ProgressFn, labels: { read: string; evaluate: string }): Promise<Evaluation> {
  onProgress({ fraction: 0.02, label: labels.read });
  const grid = await host.readSheet(choice.sheet, (p) => onProgress({ fraction: 0.02 + p.fraction * 0.3, label: labels.read }));
  onProgress({ fraction: 0.35, label: labels.evaluate });
  await paint();
  return evaluate(
    { sheets: [grid] },
    { standard: choice.standard, province: choice.province, sheet: choice.sheet, mapping: choice.overrides },
  );
}

export function settingsFor(prev: JunhengSettings | null, choice: RunChoice, plan: unknown): JunhengSettings {
  return {
    version: 1,
    ownedSheets: prev?.ownedSheets ?? {},
    censusSheet: choice.sheet,
    standard: choice.standard,
    province: choice.province,
    mapping: choice.overrides.map((o) => ({ column: o.column, field: o.field, ...(o.factor !== undefined ? { factor: o.factor } : {}) })),
    ...(plan !== undefined ? { plan } : {}),
  };
}

/** Names and 责任人 already typed into an earlier 推进时间表, kept when the plan is written again. */
export async function keptAssignments(host: Host, saved: JunhengSettings | null): Promise<Map<string, KeptAssignment> | undefined> {
  const name = saved?.ownedSheets?.plan;
  if (!name) return undefined;
  try {
    const grid = await host.readSheet(name);
    return readKeptAssignments(grid.rows.map((r) => r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null))));
  } catch {
    return undefined; // the user deleted the sheet: nothing to keep
  }
}

/** The full model: marks, summary sheets, settings and (when asked for) the plan and its cost sheet. */
export function modelFor(ev: Evaluation, settings: JunhengSettings, plan: { dates: PlanDates; keep?: Map<string, KeptAssignment> } | null): WorkbookModel {
  const extraSheets: SheetModel[] = [];
  const date = isoDate(new Date());
  if (plan) {
    const built = buildPlan(ev, planParams(settings, plan.dates));
    const opts = { censusSheet: ev.sheet, standard: standardTitle(ev.standard, ev.province), date };
    extraSheets.push(buildPlanSheet(built, { ...opts, keep: plan.keep }), buildCostSheet(built, opts));
  }
  return buildWorkbookModel(ev, { date, settings, extraSheets });
}

export async function applyModel(host: Host, model: WorkbookModel, onProgress: ProgressFn, label: string): Promise<void> {
  onProgress({ fraction: 0.6, label });
  await paint();
  await host.apply(model, (p) => onProgress({ fraction: 0.6 + p.fraction * 0.4, label: p.label || label }));
  onProgress({ fraction: 1, label });
}

/** The plan parameters: whatever the bureau saved in the workbook, with the dates chosen in the pane. */
export function planParams(settings: JunhengSettings | null, dates: PlanDates): PlanParams {
  return resolvePlanParams(settings?.plan, { startDate: isoDate(dates.start), inspectionDate: isoDate(dates.inspection) }, isoDate(new Date())).params;
}

/** Plan dates saved by an earlier run (settings.plan holds the planner's parameters). */
export function savedPlanDates(s: JunhengSettings | null): PlanDates | null {
  const p = s?.plan as { startDate?: unknown; inspectionDate?: unknown } | undefined;
  if (!p || typeof p.startDate !== 'string' || typeof p.inspectionDate !== 'string') return null;
  const start = parseIsoDate(p.startDate);
  const inspection = parseIsoDate(p.inspectionDate);
  return start && inspection ? { start, inspection } : null;
}

/** The cell to select for a school row: its first failing input, else its name. */
export function schoolCell(ev: Evaluation, row: number, cells: string[] | undefined): string {
  if (cells && cells.length) return cells[0];
  const nameCol = ev.table.columns.find((c) => c.field === 'name');
  return `${nameCol ? nameCol.letter : columnName(0)}${row}`;
}
