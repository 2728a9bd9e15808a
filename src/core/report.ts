/**
 * The JSON report, schemaVersion 1 (documented in the README). Full-precision numbers; rounding is for display.
 */
import type { IndicatorId } from './indicators/ids';
import type { Evaluation, IndicatorResult, Stage } from './types';

export interface ReportSchool {
  row: number;
  name: string;
  code: string | null;
  type: string | null;
  stage: Stage;
  students: number | null;
  counted: boolean;
  excludedReason: string | null;
  indicators: Partial<Record<IndicatorId, Pick<IndicatorResult, 'value' | 'standard' | 'met' | 'shortfall' | 'unit' | 'cells'> & { shortfallUnit: string }>>;
  passed: boolean | null;
}

export interface ReportDispersionEntry {
  cv: number | null;
  limit: number | null;
  met: boolean | null;
  mean: number | null;
  schools: number;
}

export type ReportStageDispersion = { [id in IndicatorId]?: ReportDispersionEntry } & {
  composite?: { cv: number | null; limit: number; met: boolean | null };
};

export interface Report {
  schemaVersion: 1;
  standard: string;
  province: string | null;
  sheet: string;
  /** 1-based sheet rows of the header. */
  headerRows: number[];
  columns: { column: string; header: string; field: string | null; factor: number }[];
  schools: ReportSchool[];
  dispersion: Record<Stage, ReportStageDispersion>;
  problems: { severity: string; code: string; cell: string | null; row: number | null; field: string | null; message: string; messageEn: string }[];
  verdict: { passed: boolean; reasons: string[]; reasonsEn: string[] };
  /** Remediation plan, when asked for (--plan). */
  plan?: unknown;
}

export function toReport(ev: Evaluation, extra: { plan?: unknown } = {}): Report {
  const origin = 0;
  const headerRows = Array.from({ length: ev.table.headerRows }, (_, i) => ev.table.headerTop + i + 1 + origin);
  const dispersion = {} as Record<Stage, ReportStageDispersion>;
  for (const stage of ['primary', 'junior'] as Stage[]) {
    const sd = ev.dispersion[stage];
    const out: ReportStageDispersion = {};
    for (const [id, e] of Object.entries(sd.indicators)) {
      if (e) out[id as IndicatorId] = { cv: e.cv, limit: e.limit, met: e.met, mean: e.mean, schools: e.schools };
    }
    if (sd.composite) out.composite = { ...sd.composite };
    dispersion[stage] = out;
  }
  const report: Report = {
    schemaVersion: 1,
    standard: ev.standard,
    province: ev.province,
    sheet: ev.sheet,
    headerRows,
    columns: ev.table.columns.map((c) => ({ column: c.letter, header: c.header, field: c.field, factor: c.factor })),
    schools: ev.schools.map((s) => ({
      row: s.row,
      name: s.name,
      code: s.code,
      type: s.type,
      stage: s.stage,
      students: s.students,
      counted: s.counted,
      excludedReason: s.excludedReason,
      indicators: Object.fromEntries(
        Object.entries(s.indicators).map(([id, r]) => [
          id,
          { value: r!.value, standard: r!.standard, met: r!.met, shortfall: r!.shortfall, unit: r!.unit, shortfallUnit: r!.shortfallUnit, cells: r!.cells },
        ]),
      ),
      passed: s.passed,
    })),
    dispersion,
    problems: ev.problems.map((p) => ({ severity: p.severity, code: p.code, cell: p.cell, row: p.row, field: p.field, message: p.message, messageEn: p.messageEn })),
    verdict: { passed: ev.verdict.passed, reasons: ev.verdict.reasons.map((r) => r.zh), reasonsEn: ev.verdict.reasons.map((r) => r.en) },
  };
  if (extra.plan !== undefined) report.plan = extra.plan;
  return report;
}
