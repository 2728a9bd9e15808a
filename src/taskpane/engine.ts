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
import { detectTable } from '../core/table/detect';
import { buildWorkbookModel } from '../core/output';
import { buildPlan, buildPlanSheet } from '../core/plan';
import type { PlanParamsInput } from '../core/plan/params';
import { isoDate, parseIsoDate } from './format';

export interface CensusSheet {
  grid: SheetGrid;
  table: DetectedTable | null;
}

/** Detection on the host's grid; a grid read from a used range is shifted back to sheet coordinates. */
export function detect(grid: SheetGrid, overrides: MappingOverride[]): DetectedTable | null {
  return detectTable(grid, overrides) ?? null;
}

/** The sheet to open first: the one an earlier run saved, else the first sheet holding a census table. */
export async function findCensus(host: Host, sheets: string[], saved: JunhengSettings | null, overrides: MappingOverride[], onProgress?: ProgressFn): Promise<{ sheet: string; census: CensusSheet } | null> {
  const order = saved?.censusSheet && sheets.includes(saved.censusSheet) ? [saved.censusSheet, ...sheets.filter((s) => s !== saved.censusSheet)] : sheets;
  let first: { sheet: string; census: CensusSheet } | null = null;
  for (const [i, name] of order.entries()) {
    const grid = await host.readSheet(name);
    onProgress?.({ fraction: (i + 1) / order.length, label: name });
    const table = detect(grid, name === saved?.censusSheet ? overrides : []);
    if (table) return { sheet: name, census: { grid, table } };
    first ??= { sheet: name, census: { grid, table: null } };
  }
  return first;
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

/** The full model: marks, summary sheets, settings and (when asked for) the plan sheet. */
export function modelFor(ev: Evaluation, settings: JunhengSettings, planDates: PlanDates | null): WorkbookModel {
  const extraSheets: SheetModel[] = [];
  if (planDates) extraSheets.push(buildPlanSheet(buildPlan(ev, planParams(settings, planDates))));
  return buildWorkbookModel(ev, { date: isoDate(new Date()), settings, extraSheets });
}

export async function applyModel(host: Host, model: WorkbookModel, onProgress: ProgressFn, label: string): Promise<void> {
  onProgress({ fraction: 0.6, label });
  await paint();
  await host.apply(model, (p) => onProgress({ fraction: 0.6 + p.fraction * 0.4, label: p.label || label }));
  onProgress({ fraction: 1, label });
}

/** The plan parameters: whatever the bureau saved in the workbook, with the dates chosen in the pane. */
export function planParams(settings: JunhengSettings | null, dates: PlanDates): PlanParamsInput {
  const saved = settings?.plan && typeof settings.plan === 'object' ? (settings.plan as PlanParamsInput) : {};
  return { ...saved, startDate: isoDate(dates.start), inspectionDate: isoDate(dates.inspection) };
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
