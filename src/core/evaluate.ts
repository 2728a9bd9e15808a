/**
 * The engine's facade: a workbook grid in, an Evaluation out. Pure and deterministic; the hosts (CLI, add-in,
 * browser) only read grids and apply the sheet model built from the result.
 */
import { FIELDS, type NumberFieldId } from './fields';
import type { WorkbookGrid } from './grid';
import { chooseFormula, FieldValues, fieldsRead, splitOf, type ComputeContext, type Measured } from './indicators/compute';
import { ResultStore, scoreRecord, type ScorePlan } from './score';
import { indicatorDef } from './indicators/definitions';
import type { IndicatorId } from './indicators/ids';
import { problem, type Problem } from './problems';
import { readTable } from './records/read-rows';
import { SLOT_OF, splitTable } from './records/split';
import { BLANK } from './records/table';
import { findDuplicateRows, findOutlierRows, validateTable } from './records/validate';
import { resolveStandards, type ResolvedStandards } from './standards/resolve';
import { detectTable, findCensusTable } from './table/detect';
import type { MappingOverride } from './table/types';
import { cvMeets, weightedCvArrays } from './dispersion';
import { STAGES, type Evaluation, type SchoolResult, type Stage, type StageDispersion, type StageRecord } from './types';
import { countyVerdict } from './verdict';
import { JunhengError } from './errors';

export { JunhengError } from './errors';

export interface EvaluateOptions {
  /** Standard id (basic-2012 | quality-2017 | hubei | hebei) or a loaded definition. Default basic-2012. */
  standard?: string | unknown;
  /** Provincial school standard added to basic-2012 (id or loaded definition). */
  province?: string | unknown | null;
  /** Census sheet name; default: the sheet where a census table is found. */
  sheet?: string;
  mapping?: MappingOverride[];
  /** Called with 0..1 during long work. */
  onProgress?: (fraction: number, label: string) => void;
}

/** Columns mapped with less confidence than this are reported for the user to check. */
const LOW_CONFIDENCE = 0.6;

export function evaluate(workbook: WorkbookGrid, options: EvaluateOptions = {}): Evaluation {
  const progress = options.onProgress ?? (() => undefined);
  const std = resolveStandards(options.standard ?? 'basic-2012', options.province ?? null);

  if (options.sheet && !workbook.sheets.some((s) => s.name === options.sheet)) {
    throw new JunhengError('sheet-not-found', `找不到工作表“${options.sheet}”`, `sheet "${options.sheet}" not found`);
  }
  let found = findCensusTable(workbook, options.sheet);
  // The user's column overrides re-map the table found (they may rescue a weak detection too).
  if (found && options.mapping?.length) {
    const table = detectTable(found.sheet, options.mapping);
    if (table) found = { sheet: found.sheet, table };
  }
  if (!found) {
    throw new JunhengError(
      'no-table',
      options.sheet ? `工作表“${options.sheet}”中没有找到学校统计表（需要“学校名称”列和数值列）` : '工作簿中没有找到学校统计表（需要“学校名称”列和数值列）',
      options.sheet ? `no census table found in sheet "${options.sheet}" (a school-name column and numeric columns are needed)` : 'no census table found in the workbook (a school-name column and numeric columns are needed)',
    );
  }
  const { sheet, table } = found;
  const problems: Problem[] = [];
  progress(0.05, '识别表头');

  // Table-level problems: weak mappings, and fields the chosen indicators need but cannot find.
  for (const c of table.columns) {
    if (c.field && c.source === 'auto' && c.confidence < LOW_CONFIDENCE) {
      problems.push(problem('low-confidence-column', { field: c.field, params: { column: c.letter, header: c.header } }));
    }
  }
  const mapped = new Set(table.columns.filter((c) => c.field).map((c) => c.field as NumberFieldId));
  const indicatorOrder = std.indicatorOrder;
  const contexts = new Map<IndicatorId, ComputeContext>();
  const missingFields = new Set<NumberFieldId>();
  const blankSeen = new Set<string>();
  const onBlank = (rec: StageRecord, field: NumberFieldId) => {
    const cell = rec.cells[field];
    if (!cell || blankSeen.has(cell)) return;
    blankSeen.add(cell);
    problems.push(problem('missing-value', { cell, row: rec.row, field }));
  };
  for (const id of indicatorOrder) {
    const def = indicatorDef(id);
    const terms = chooseFormula(def, std.framework, mapped);
    if (!terms) {
      const first = (def.variants[std.framework] ?? def.variants.basic)?.formula[0] ?? [];
      for (const t of first) if (!mapped.has(t.field) && !t.blankIsZero) missingFields.add(t.field);
    }
    if (def.of && !mapped.has(def.of)) missingFields.add(def.of);
    contexts.set(id, { terms, split: splitOf(def, std.framework), onBlank });
  }
  if (!mapped.has('students') && !mapped.has('studentsPrimary') && !mapped.has('studentsJunior')) missingFields.add('students');
  for (const f of FIELDS) if (missingFields.has(f.id as NumberFieldId)) problems.push(problem('field-not-found', { field: f.id }));

  // Rows → validated columns → stage records.
  const total = table.dataRows.length || 1;
  const rows = readTable(sheet, table, problems, (i) => progress(0.05 + 0.35 * (i / total), '读取单元格'));
  progress(0.4, '校验数据');
  validateTable(rows, problems);
  const duplicateOf = findDuplicateRows(rows, problems);
  findOutlierRows(rows, problems);
  progress(0.55, '拆分学段');
  const { records, rowOf, columns, perStage } = splitTable(rows, problems);

  // Scoring: one plan entry per indicator (definition, formula, thresholds), decided once for the county.
  progress(0.65, '计算指标');
  const plan: ScorePlan[] = indicatorOrder.map((id) => ({
    id,
    def: indicatorDef(id),
    ctx: contexts.get(id) as ComputeContext,
    threshold: std.thresholds.get(id) ?? null,
  }));
  const store = new ResultStore(plan, records.length);
  const cvInputs = new CvInputs(std, store, perStage);
  const schools: SchoolResult[] = new Array(records.length);
  const scratch: Measured = { value: null, standard: null, met: null, shortfall: null, ratio: null };
  // The fields the formulas read, filled per record from the row's columns or the record's stage columns.
  const read = [...new Set(plan.flatMap((p) => fieldsRead(p.def, p.ctx)))];
  const readSlot = read.map((fi) => SLOT_OF[fi]);
  const fv = new FieldValues();
  for (let i = 0; i < records.length; i++) {
    if ((i & 4095) === 0) progress(0.65 + 0.25 * (i / records.length), '计算指标');
    const rec = records[i];
    const ri = rowOf[i];
    for (let j = 0; j < read.length; j++) {
      const fi = read[j];
      const k = readSlot[j];
      if (k >= 0) {
        fv.v[fi] = columns.valueAt(i, ri, k);
        fv.blank[fi] = columns.blank(i, ri, k) ? 1 : 0;
      } else {
        const col = rows.num[fi];
        fv.v[fi] = col === undefined ? NaN : col[ri];
        fv.blank[fi] = col !== undefined && (rows.state[fi] as Uint8Array)[ri] === BLANK ? 1 : 0;
      }
    }
    const excluded = exclusionOf(rec, std, duplicateOf[ri] === 0 ? undefined : duplicateOf[ri]);
    schools[i] = scoreRecord(store, i, rec, std, excluded, scratch, fv);
    if (!excluded) cvInputs.add(i, rec);
  }

  progress(0.9, '计算差异系数');
  const dispersion = {} as Record<Stage, StageDispersion>;
  for (const stage of STAGES) dispersion[stage] = cvInputs.dispersion(stage);

  const verdict = countyVerdict(schools, dispersion, std);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  progress(1, '完成');
  return {
    standard: std.national.id,
    province: std.province?.id ?? null,
    sheet: sheet.name,
    table,
    records,
    schools,
    dispersion,
    problems,
    verdict,
    indicatorOrder,
  };
}

function exclusionOf(rec: StageRecord, std: ResolvedStandards, duplicateOf: number | undefined): { zh: string; en: string } | null {
  if (rec.alwaysExcluded) return rec.alwaysExcluded;
  if (duplicateOf !== undefined) return { zh: `与第 ${duplicateOf} 行重复，不重复计算`, en: `duplicate of row ${duplicateOf}, counted once` };
  if (rec.type === '小学教学点') {
    const tp = std.national.teachingPoints;
    if (tp === 'all') return ALL_TEACHING_POINTS;
    if (rec.students != null && rec.students < tp.below) {
      // One reason object per limit (a county has thousands of small teaching points; only the words are read).
      let reason = SMALL_TEACHING_POINT.get(tp.below);
      if (!reason) {
        reason = { zh: `不足 ${tp.below} 人的小学教学点，不计`, en: `teaching point with fewer than ${tp.below} students, not counted` };
        SMALL_TEACHING_POINT.set(tp.below, reason);
      }
      return reason;
    }
  }
  return null;
}

const ALL_TEACHING_POINTS = Object.freeze({ zh: '小学教学点，基本均衡评估不计', en: 'teaching point, not counted in basic balance' });
const SMALL_TEACHING_POINT = new Map<number, { zh: string; en: string }>();

/**
 * The CV inputs, gathered while scoring: per stage, the counted records with students (their index and students,
 * in record order); the values are read from the flat result store when the CVs are computed (no copy per
 * indicator), then one weighted CV each.
 */
class CvInputs {
  readonly #ids: IndicatorId[];
  /** Index of each dispersion indicator in the scoring plan. */
  readonly #k: number[];
  readonly #index: Record<Stage, Int32Array>;
  readonly #weights: Record<Stage, Float64Array>;
  readonly #n: Record<Stage, number> = { primary: 0, junior: 0 };
  readonly #schools: Record<Stage, number> = { primary: 0, junior: 0 };

  constructor(
    private readonly std: ResolvedStandards,
    private readonly store: ResultStore,
    capacity: Record<Stage, number>,
  ) {
    this.#ids = std.national.dispersion?.indicators ?? [];
    this.#k = this.#ids.map((id) => store.plan.findIndex((p) => p.id === id));
    this.#index = { primary: new Int32Array(capacity.primary), junior: new Int32Array(capacity.junior) };
    this.#weights = { primary: new Float64Array(capacity.primary), junior: new Float64Array(capacity.junior) };
  }

  /** A counted record (index i in the store). */
  add(i: number, rec: StageRecord): void {
    const stage = rec.stage;
    this.#schools[stage]++;
    const p = rec.students;
    if (!p) return;
    const n = this.#n[stage]++;
    this.#index[stage][n] = i;
    this.#weights[stage][n] = p;
  }

  dispersion(stage: Stage): StageDispersion {
    const d = this.std.national.dispersion;
    const out: StageDispersion = { indicators: {}, composite: null, schools: this.#schools[stage] };
    if (!d) return out;
    const limit = d.mode === 'each' ? d.limits[stage] : null;
    const cvs: (number | null)[] = [];
    const stride = this.store.plan.length;
    const values = new Float64Array(this.#n[stage]);
    const weights = new Float64Array(this.#n[stage]);
    this.#ids.forEach((id, j) => {
      // The records with a value for this indicator, in record order (as the CV sums must run).
      let m = 0;
      const index = this.#index[stage];
      const w = this.#weights[stage];
      const n = this.#n[stage];
      const all = this.store.value;
      const k = this.#k[j];
      for (let q = 0; q < n; q++) {
        const v = all[index[q] * stride + k];
        if (Number.isNaN(v)) continue;
        values[m] = v;
        weights[m++] = w[q];
      }
      const r = weightedCvArrays(values, weights, m);
      cvs.push(r.cv);
      out.indicators[id] = { cv: r.cv, mean: r.mean, schools: r.n, limit, met: cvMeets(r.cv, limit) };
    });
    if (d.mode === 'composite') {
      const known = cvs.length > 0 && cvs.every((c) => c != null);
      const cv = known ? (cvs as number[]).reduce((a, b) => a + b, 0) / cvs.length : null;
      out.composite = { cv, limit: d.limits[stage], met: cvMeets(cv, d.limits[stage]) };
    }
    return out;
  }
}
