/**
 * Everything Junheng writes into a workbook, as data: the four result sheets (plus any the caller adds, e.g. the
 * remediation plan), the census marks and the settings. Deterministic: the date is passed in.
 */
import type { JunhengSettings, SheetModel, WorkbookModel } from '../sheet/model';
import type { Evaluation } from '../types';
import { buildComplianceSheet } from './compliance-sheet';
import { buildDispersionSheet } from './dispersion-sheet';
import { standardTitle } from './format';
import { buildGapSheet } from './gap-sheet';
import { buildMarks } from './marks';
import { buildProblemSheet } from './problem-sheet';
import { defaultSettings } from './settings';
import type { SheetContext } from './sheet-kit';

export interface WorkbookModelOptions {
  /** ISO date (YYYY-MM-DD) shown in every title line. */
  date: string;
  settings?: Partial<JunhengSettings>;
  extraSheets?: SheetModel[];
}

export function sheetContext(ev: Evaluation, date: string): SheetContext {
  return { census: ev.sheet, standard: standardTitle(ev.standard, ev.province), date: date.slice(0, 10) };
}

export function buildWorkbookModel(ev: Evaluation, opts: WorkbookModelOptions): WorkbookModel {
  const ctx = sheetContext(ev, opts.date);
  const sheets = [
    buildGapSheet(ev, ctx),
    buildComplianceSheet(ev, ctx),
    buildDispersionSheet(ev, ctx),
    buildProblemSheet(ev, ctx),
    ...(opts.extraSheets ?? []),
  ];
  const ids = new Set<string>();
  for (const s of sheets) {
    if (ids.has(s.id)) throw new Error(`duplicate sheet id ${s.id}`);
    ids.add(s.id);
  }
  // The user's column overrides travel with the workbook, so the CLI and the add-in read the table alike.
  const mapping = ev.table.columns
    .filter((c) => c.source === 'user')
    .map((c) => (c.factor !== 1 ? { column: c.letter, field: c.field, factor: c.factor } : { column: c.letter, field: c.field }));
  const settings: JunhengSettings = {
    ...defaultSettings(),
    censusSheet: ev.sheet,
    standard: ev.standard,
    province: ev.province,
    mapping,
    ...opts.settings,
    version: 1,
    // The writer fills in the names it actually used.
    ownedSheets: {},
  };
  return { sheets, marks: buildMarks(ev), settings };
}
