/**
 * The engine's facade: a workbook grid in, an Evaluation out. Pure and deterministic; the hosts (CLI, add-in,
 * browser) only read grids and apply the sheet model built from the result.
 */
import { FIELDS, type NumberFieldId } from './fields';
import type { WorkbookGrid } from './grid';
import { chooseFormula, splitOf, type ComputeContext, type Measured } from './indicators/compute';
import { ResultStore, scoreRecord, type ScorePlan } from './score';
import { indicatorDef } from './indicators/definitions';
import type { IndicatorId } from './indicators/ids';
import { problem, type Problem } from './problems';
import { readRows } from './records/read-rows';
import { splitRow } from './records/split';
import { findDuplicates, findOutliers, validateRow } from './records/validate';
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

  // Rows → validated school rows → stage records.
  const total = table.dataRows.length || 1;
  const rows = readRows(sheet, table, problems, (i) => progress(0.05 + 0.35 * (i / total), '读取单元格'));
  progress(0.4, '校验数据');
  for (const r of rows) validateRow(r, problems);
  const duplicates = findDuplicates(rows, problems);
  findOutliers(rows, problems);
  progress(0.55, '拆分学段');
  const records: StageRecord[] = [];
  const dupOf = new Map<StageRecord, number>();
  for (const r of rows) {
    for (const rec of splitRow(r, problems)) {
      records.push(rec);
      const other = duplicates.get(r);
      if (other !== undefined) dupOf.set(rec, other);
    }
  }

  // Scoring: one plan entry per indicator (definition, formula, thresholds), decided once for the county.
  progress(0.65, '计算指标');
  const plan: ScorePlan[] = indicatorOrder.map((id) => ({
    id,
    def: indicatorDef(id),
    ctx: contexts.get(id) as ComputeContext,
    threshold: std.thresholds.get(id) ?? null,
  }));
  const store = new ResultStore(plan, records.length);
  const cvInputs = new CvInputs(std, plan, records.length);
  const schools: SchoolResult[] = new Array(records.length);
  const scratch: Measured = { value: null, standard: null, met: null, shortfall: null, ratio: null };
  for (let i = 0; i < records.length; i++) {
    if ((i & 4095) === 0) progress(0.65 + 0.25 * (i / records.length), '计算指标');
    const rec = records[i];
    const excluded = exclusionOf(rec, std, dupOf.get(rec));
    schools[i] = scoreRecord(store, i, rec, std, excluded, scratch);
    if (!excluded) cvInputs.add(store, i, rec);
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
    if (tp === 'all') return { zh: '小学教学点，基本均衡评估不计', en: 'teaching point, not counted in basic balance' };
    if (rec.students != null && rec.students < tp.below)
      return { zh: `不足 ${tp.below} 人的小学教学点，不计`, en: `teaching point with fewer than ${tp.below} students, not counted` };
  }
  return null;
}

/**
 * The CV inputs, gathered while scoring: per stage and dispersion indicator, the counted schools' values and
 * students in flat arrays (no object per school), then one weighted CV each.
 */
class CvInputs {
  readonly #ids: IndicatorId[];
  /** Index of each dispersion indicator in the scoring plan. */
  readonly #k: number[];
  readonly #values: Record<Stage, Float64Array[]>;
  readonly #weights: Record<Stage, Float64Array[]>;
  readonly #n: Record<Stage, number[]>;
  readonly #schools: Record<Stage, number> = { primary: 0, junior: 0 };

  constructor(
    private readonly std: ResolvedStandards,
    plan: ScorePlan[],
    capacity: number,
  ) {
    this.#ids = std.national.dispersion?.indicators ?? [];
    this.#k = this.#ids.map((id) => plan.findIndex((p) => p.id === id));
    const make = () => this.#ids.map(() => new Float64Array(capacity));
    this.#values = { primary: make(), junior: make() };
    this.#weights = { primary: make(), junior: make() };
    this.#n = { primary: this.#ids.map(() => 0), junior: this.#ids.map(() => 0) };
  }

  /** A counted record's values (from the flat store) go into its stage's arrays. */
  add(store: ResultStore, i: number, rec: StageRecord): void {
    this.#schools[rec.stage]++;
    const p = rec.students;
    if (!p) return;
    const values = this.#values[rec.stage];
    const weights = this.#weights[rec.stage];
    const n = this.#n[rec.stage];
    const base = i * store.plan.length;
    for (let j = 0; j < this.#k.length; j++) {
      const v = store.value[base + this.#k[j]];
      if (Number.isNaN(v)) continue;
      values[j][n[j]] = v;
      weights[j][n[j]++] = p;
    }
  }

  dispersion(stage: Stage): StageDispersion {
    const d = this.std.national.dispersion;
    const out: StageDispersion = { indicators: {}, composite: null, schools: this.#schools[stage] };
    if (!d) return out;
    const limit = d.mode === 'each' ? d.limits[stage] : null;
    const cvs: (number | null)[] = [];
    this.#ids.forEach((id, k) => {
      const r = weightedCvArrays(this.#values[stage][k], this.#weights[stage][k], this.#n[stage][k]);
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
