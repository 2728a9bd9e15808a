/**
 * One generic routine turns an indicator definition into a school stage's value, met flag and shortfall.
 * The definition (definitions.ts) says what to add up, how to measure it and which way is better.
 */
import type { NumberFieldId } from '../fields';
import type { Threshold } from '../standards/schema';
import type { IndicatorResult, StageRecord } from '../types';
import { STAGE_FIELDS } from '../records/split';
import { FIELD_COUNT, FIELD_INDEX, NUMBER_FIELDS } from '../records/table';
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
  /** Fields whose census cells a result names (formula terms, the share's denominator, 超标准班额); derived once. */
  cellFields?: NumberFieldId[];
  /** Per term: true when its field is already the stage's own figure (no share applied); derived once. */
  ownFigure?: boolean[];
  /** Per term: its field's index (FieldValues); derived once. */
  fieldIndex?: number[];
  split: boolean;
  /** Called for a blank cell that made the value unknown (for a 'missing-value' warning). */
  onBlank?: (rec: StageRecord, field: NumberFieldId) => void;
}

/**
 * A record's numbers by field index, as the formulas read them: NaN = unknown (null, or no column), and a flag
 * for a blank cell. The engine fills one of these per record straight from its columns (no object per record).
 */
export class FieldValues {
  readonly v = new Float64Array(FIELD_COUNT).fill(NaN);
  readonly blank = new Uint8Array(FIELD_COUNT);
}

/** A stage record's values as FieldValues (for a record given as an object). */
export function fieldValuesOf(rec: StageRecord, out: FieldValues = new FieldValues()): FieldValues {
  for (let fi = 0; fi < FIELD_COUNT; fi++) {
    const f = NUMBER_FIELDS[fi];
    const v = rec.values[f];
    out.v[fi] = v == null ? NaN : v;
    out.blank[fi] = rec.blank[f] ? 1 : 0;
  }
  return out;
}

/** Field indexes a context reads: its terms, the share's denominator, 超标准班额 (filled per record). */
export function fieldsRead(def: IndicatorDef, ctx: ComputeContext): number[] {
  const out = (ctx.terms ?? []).map((t) => FIELD_INDEX[t.field]);
  if (def.of) out.push(FIELD_INDEX[def.of]);
  if (def.measure === 'classSize') out.push(FIELD_INDEX.oversizeClasses);
  return out;
}

/** Sum of the formula's terms for this record, with the mixed-school share applied to school totals. */
function amountOf(rec: StageRecord, fv: FieldValues, ctx: ComputeContext): number | null {
  const terms = ctx.terms;
  if (!terms) return null;
  const share = ctx.split ? rec.weightedShare : rec.plainShare;
  const own = ctx.ownFigure ?? (ctx.ownFigure = terms.map((t) => STAGE_FIELDS.has(t.field)));
  const idx = ctx.fieldIndex ?? (ctx.fieldIndex = terms.map((t) => FIELD_INDEX[t.field]));
  let sum = 0;
  let unknown = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const fi = idx[i];
    let v = fv.v[fi];
    if (v !== v) {
      if (fv.blank[fi] && t.blankIsZero) v = 0;
      else {
        if (fv.blank[fi]) ctx.onBlank?.(rec, t.field);
        unknown = true;
        continue;
      }
    }
    sum += t.sign * v * (own[i] ? 1 : share);
  }
  return unknown ? null : sum;
}

const ceil = (x: number) => Math.max(0, Math.ceil(x - EPS));

/** A measurement written into reused scratch space (the engine stores it in flat arrays, not objects). */
export interface Measured {
  value: number | null;
  standard: number | null;
  met: boolean | null;
  shortfall: number | null;
  ratio: number | null;
}

/** Value, met, shortfall and ratio of one indicator for one stage record, written into `out`. */
export function measure(def: IndicatorDef, rec: StageRecord, fv: FieldValues, standard: number | null, ctx: ComputeContext, out: Measured): Measured {
  const amount = amountOf(rec, fv, ctx);
  const students = rec.students;
  let value: number | null = null;
  /** The denominator the value was measured against (students, or the site area's share). */
  let base = 0;

  switch (def.measure) {
    case 'perStudent':
    case 'per100':
      if (amount != null && students) {
        base = students;
        value = def.measure === 'per100' ? (amount / students) * 100 : amount / students;
      }
      break;
    case 'shareOf': {
      const of = fv.v[FIELD_INDEX[def.of as NumberFieldId]];
      if (amount != null && of > 0) {
        base = of * (ctx.split ? rec.weightedShare : rec.plainShare);
        value = amount / base;
      }
      break;
    }
    case 'schoolStudents':
      if (amount != null && amount > 0) value = amount;
      break;
    case 'classSize':
      // amount = classes; value = average class size.
      if (amount != null && amount > 0 && students) value = students / amount;
      break;
  }

  out.value = value;
  out.standard = standard;
  out.ratio = null;
  out.shortfall = null;
  if (standard == null) {
    out.met = null;
    return out;
  }
  out.met = false;
  if (value == null || amount == null) return out;

  // What the whole stage lacks to reach the standard, in the shortfall unit.
  let missing: number;
  switch (def.measure) {
    case 'perStudent':
    case 'shareOf':
      missing = standard * base - amount;
      break;
    case 'per100':
      missing = (standard * base) / 100 - amount;
      break;
    case 'schoolStudents':
      missing = amount - standard;
      break;
    case 'classSize': {
      // Over-limit classes from 超标准班额 where given, else the classes still needed to bring the average down.
      const over = fv.v[FIELD_INDEX.oversizeClasses];
      missing = over === over ? over : Math.ceil((students as number) / standard - EPS) - amount;
      break;
    }
  }
  let met = def.direction === 'min' ? value >= standard - EPS : value <= standard + EPS;
  if (def.measure === 'classSize' && missing > 0) met = false;
  out.met = met;
  out.shortfall = met ? 0 : def.countable ? ceil(missing) : Math.max(0, missing);
  out.ratio = def.direction === 'min' ? (standard === 0 ? 1 : value / standard) : value === 0 ? 1 : standard / value;
  return out;
}

/** One indicator for one stage record, as an IndicatorResult object. */
export function computeIndicator(def: IndicatorDef, rec: StageRecord, standard: number | null, ctx: ComputeContext): IndicatorResult {
  const m = measure(def, rec, fieldValuesOf(rec), standard, ctx, { value: null, standard: null, met: null, shortfall: null, ratio: null });
  return resultOf(def, rec, ctx, m);
}

export function resultOf(def: IndicatorDef, rec: StageRecord, ctx: ComputeContext, m: Measured): IndicatorResult {
  const cellFields = ctx.cellFields ?? (ctx.cellFields = cellFieldsOf(def, ctx.terms));
  return new Result(m.value, m.standard, m.met, m.shortfall, def.unitZh, def.shortfallUnit, m.ratio, rec, cellFields);
}

function cellFieldsOf(def: IndicatorDef, terms: Term[] | null): NumberFieldId[] {
  const out = (terms ?? []).map((t) => t.field);
  if (def.of) out.push(def.of);
  if (def.measure === 'classSize') out.push('oversizeClasses');
  return out;
}

/**
 * An indicator result whose `cells` are looked up only when asked for: a county has millions of results and few
 * are ever shown, so no address array is made per result. Serialises (toJSON) like a plain object.
 */
class Result implements IndicatorResult {
  readonly #rec: StageRecord;
  readonly #fields: NumberFieldId[];
  #cells: string[] | undefined;
  constructor(
    readonly value: number | null,
    readonly standard: number | null,
    readonly met: boolean | null,
    readonly shortfall: number | null,
    readonly unit: string,
    readonly shortfallUnit: string,
    readonly ratio: number | null,
    rec: StageRecord,
    fields: NumberFieldId[],
  ) {
    this.#rec = rec;
    this.#fields = fields;
  }

  get cells(): string[] {
    if (!this.#cells) {
      const out: string[] = [];
      for (const f of this.#fields) {
        const c = this.#rec.cells[f];
        if (c && !out.includes(c)) out.push(c);
      }
      this.#cells = out;
    }
    return this.#cells;
  }

  toJSON(): IndicatorResult {
    const { value, standard, met, shortfall, unit, shortfallUnit, cells, ratio } = this;
    return { value, standard, met, shortfall, unit, shortfallUnit, cells, ratio };
  }
}
