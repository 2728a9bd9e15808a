/**
 * One generic routine turns an indicator definition into a school stage's value, met flag and shortfall.
 * The definition (definitions.ts) says what to add up, how to measure it and which way is better.
 */
import type { NumberFieldId } from '../fields';
import type { Threshold } from '../standards/schema';
import type { IndicatorResult, StageRecord } from '../types';
import { STAGE_FIELDS } from '../records/split';
import type { Framework, IndicatorDef, Term } from './definitions';

const EPS = 1e-9;

/** The formula to use given the columns the census has: the first alternative whose fields are all mapped. */
export function chooseFormula(def: IndicatorDef, framework: Framework, mapped: ReadonlySet<NumberFieldId>): Term[] | null {
  const variant = def.variants[framework] ?? def.variants.basic ?? def.variants.quality;
  if (!variant) return null;
  return variant.formula.find((terms) => terms.every((t) => mapped.has(t.field) || stageSourceMapped(t.field, mapped))) ?? null;
}

/** A stage field (teachers, classes, students) also counts as mapped when its per-stage columns are. */
function stageSourceMapped(f: NumberFieldId, mapped: ReadonlySet<NumberFieldId>): boolean {
  switch (f) {
    case 'students':
      return mapped.has('studentsPrimary') || mapped.has('studentsJunior');
    case 'classes':
      return mapped.has('classesPrimary') || mapped.has('classesJunior');
    case 'teachers':
      return mapped.has('teachersPrimary') || mapped.has('teachersJunior');
    case 'aboveDegreeTeachers':
      return mapped.has('aboveDegreeTeachersPrimary') || mapped.has('aboveDegreeTeachersJunior');
    default:
      return false;
  }
}

export function splitOf(def: IndicatorDef, framework: Framework): boolean {
  return (def.variants[framework] ?? def.variants.basic ?? def.variants.quality)?.split ?? false;
}

/** The standard for this school: by type, else by location, else the plain value. */
export function resolveThreshold(t: Threshold | null | undefined, rec: StageRecord): number | null {
  if (t === null || t === undefined) return null;
  if (typeof t === 'number') return t;
  if (rec.type && t.byType?.[rec.type as keyof typeof t.byType] !== undefined) return t.byType[rec.type as keyof typeof t.byType] as number;
  if (rec.urbanRural && t.byLocation?.[rec.urbanRural] !== undefined) return t.byLocation[rec.urbanRural] as number;
  return t.value ?? null;
}

export interface ComputeContext {
  terms: Term[] | null;
  split: boolean;
  /** Called for a blank cell that made the value unknown (for a 'missing-value' warning). */
  onBlank?: (rec: StageRecord, field: NumberFieldId) => void;
}

/** Sum of the formula's terms for this record, with the mixed-school share applied to school totals. */
function amountOf(def: IndicatorDef, rec: StageRecord, ctx: ComputeContext, cells: string[]): number | null {
  if (!ctx.terms) return null;
  const share = ctx.split ? rec.weightedShare : rec.plainShare;
  let sum = 0;
  let unknown = false;
  for (const t of ctx.terms) {
    let v = rec.values[t.field];
    const cell = rec.cells[t.field];
    if (cell) cells.push(cell);
    if (v == null) {
      if (rec.blank[t.field] && t.blankIsZero) v = 0;
      else {
        if (rec.blank[t.field]) ctx.onBlank?.(rec, t.field);
        unknown = true;
        continue;
      }
    }
    sum += t.sign * v * (STAGE_FIELDS.has(t.field) ? 1 : share);
  }
  void def;
  return unknown ? null : sum;
}

const ceil = (x: number) => Math.max(0, Math.ceil(x - EPS));

export function computeIndicator(def: IndicatorDef, rec: StageRecord, standard: number | null, ctx: ComputeContext): IndicatorResult {
  const cells: string[] = [];
  const amount = amountOf(def, rec, ctx, cells);
  const students = rec.students;
  let value: number | null = null;
  /** What the whole stage must reach for the standard, and what it has, in the shortfall unit. */
  let need: ((std: number) => number) | null = null;

  switch (def.measure) {
    case 'perStudent':
      if (amount != null && students) {
        value = amount / students;
        need = (std) => std * students - amount;
      }
      break;
    case 'per100':
      if (amount != null && students) {
        value = (amount / students) * 100;
        need = (std) => (std * students) / 100 - amount;
      }
      break;
    case 'shareOf': {
      const ofField = def.of as NumberFieldId;
      const of = rec.values[ofField];
      if (rec.cells[ofField]) cells.push(rec.cells[ofField] as string);
      const share = ctx.split ? rec.weightedShare : rec.plainShare;
      if (amount != null && of != null && of > 0) {
        value = amount / (of * share);
        need = (std) => std * of * share - amount;
      }
      break;
    }
    case 'schoolStudents':
      if (amount != null && amount > 0) {
        value = amount;
        need = (std) => amount - std;
      }
      break;
    case 'classSize': {
      // amount = classes; value = average class size; over-limit classes from 超标准班额 where given.
      if (amount != null && amount > 0 && students) {
        value = students / amount;
        const over = rec.values.oversizeClasses;
        if (rec.cells.oversizeClasses) cells.push(rec.cells.oversizeClasses);
        need = over != null ? () => over : (std) => Math.ceil(students / std - EPS) - amount;
      }
      break;
    }
  }

  const unit = def.unitZh;
  if (standard == null) {
    return { value, standard: null, met: null, shortfall: null, unit, shortfallUnit: def.shortfallUnit, cells, ratio: null };
  }
  if (value == null || need == null) {
    return { value, standard, met: false, shortfall: null, unit, shortfallUnit: def.shortfallUnit, cells, ratio: null };
  }
  let met = def.direction === 'min' ? value >= standard - EPS : value <= standard + EPS;
  const missing = need(standard);
  if (def.measure === 'classSize' && missing > 0) met = false;
  const shortfall = met ? 0 : def.countable ? ceil(missing) : Math.max(0, missing);
  const ratio = def.direction === 'min' ? (standard === 0 ? 1 : value / standard) : value === 0 ? 1 : standard / value;
  return { value, standard, met, shortfall, unit, shortfallUnit: def.shortfallUnit, cells, ratio };
}
