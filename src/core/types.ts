/**
 * The results the engine produces. Every adapter (CLI, Office.js, browser) and every output (sheets, plan,
 * JSON report) reads these types; nothing else of the core's internals.
 */
import type { NumberFieldId } from './fields';
import type { IndicatorId } from './indicators/ids';
import type { Problem } from './problems';
import type { DetectedTable } from './table/types';

export type Stage = 'primary' | 'junior';
export const STAGES: readonly Stage[] = ['primary', 'junior'];
export const STAGE_ZH: Record<Stage, string> = { primary: '小学', junior: '初中' };
export const STAGE_EN: Record<Stage, string> = { primary: 'Primary', junior: 'Junior' };

export type SchoolType = '小学' | '初级中学' | '九年一贯制学校' | '十二年一贯制学校' | '完全中学' | '小学教学点' | '特殊教育学校' | '职业学校';

export type UrbanRural = '城区' | '镇区' | '乡村';

/** One school stage ("virtual school" for a mixed school), before any standard is applied. */
export interface StageRecord {
  /** 1-based sheet row of the school's row. */
  row: number;
  name: string;
  code: string | null;
  type: SchoolType | null;
  stage: Stage;
  urbanRural: UrbanRural | null;
  township: string | null;
  /** Students of this stage. */
  students: number | null;
  /** Share of the school's facilities for this stage: weighted (A/(A+1.1B)…) and plain (A/(A+B+C)). */
  weightedShare: number;
  plainShare: number;
  /**
   * School-level numbers as read (base units), null when the cell could not be read, absent when no column.
   * Teacher fields are already this stage's (per-stage column, per-stage row, or split by plainShare).
   */
  values: Partial<Record<NumberFieldId, number | null>>;
  /** A1 address of the cell each value came from. */
  cells: Partial<Record<NumberFieldId, string>>;
  /** Fields whose cell was blank (as opposed to unreadable): some formulas count a blank as 0. */
  blank: Partial<Record<NumberFieldId, true>>;
  /** Why the school is left out of standards and CVs, regardless of framework (民办, 直属, 特教 …); null if not. */
  alwaysExcluded: { zh: string; en: string } | null;
  /** Row holds errors that make some fields null. */
  hasErrors: boolean;
}

export interface IndicatorResult {
  value: number | null;
  standard: number | null;
  /** null when the indicator has no per-school standard here (only measured for dispersion). */
  met: boolean | null;
  /** Amount missing for the whole school stage, in the shortfall unit; 0 when met; null when unknown. */
  shortfall: number | null;
  /** Unit of the value, e.g. "㎡/生". */
  unit: string;
  /** Unit of the shortfall, e.g. "㎡", "册", "人". */
  shortfallUnit: string;
  /** Census cells the value was computed from (A1). */
  cells: string[];
  /** value / standard for ≥ indicators (standard / value for ≤ ones); null when unknown. */
  ratio: number | null;
}

export interface SchoolResult {
  row: number;
  name: string;
  code: string | null;
  type: SchoolType | null;
  stage: Stage;
  students: number | null;
  urbanRural: UrbanRural | null;
  township: string | null;
  counted: boolean;
  excludedReason: string | null;
  excludedReasonEn: string | null;
  indicators: Partial<Record<IndicatorId, IndicatorResult>>;
  /** null when no school standard applies (basic-2012 without a province) or the school is not counted. */
  passed: boolean | null;
  /** Ids of the indicators with a standard that are not met (value null counts as not met). */
  failing: IndicatorId[];
}

export interface DispersionEntry {
  /** Student-weighted population CV, full precision; null when no school has a value or the mean is 0 (one school alone: 0). */
  cv: number | null;
  /** Student-weighted mean (county total ÷ county students). */
  mean: number | null;
  /** Schools that entered the CV. */
  schools: number;
  limit: number | null;
  /** Compared on the CV rounded to 3 decimals; null when no limit or no CV. */
  met: boolean | null;
}

export interface StageDispersion {
  indicators: Partial<Record<IndicatorId, DispersionEntry>>;
  /** basic-2012 only: mean of the single CVs. */
  composite: { cv: number | null; limit: number; met: boolean | null } | null;
  /** Counted schools of the stage. */
  schools: number;
}

export interface Reason {
  zh: string;
  en: string;
}

export interface Verdict {
  passed: boolean;
  reasons: Reason[];
}

export interface Evaluation {
  standard: string;
  province: string | null;
  sheet: string;
  table: DetectedTable;
  records: StageRecord[];
  schools: SchoolResult[];
  dispersion: Record<Stage, StageDispersion>;
  problems: Problem[];
  verdict: Verdict;
  /** Indicator ids in display order: those with a school standard first, then dispersion-only ones. */
  indicatorOrder: IndicatorId[];
}
