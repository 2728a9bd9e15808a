/**
 * Scoring every stage record against the indicators in play. Results are kept in flat arrays (one slot per
 * record × indicator), not in an object each: a county of 200 000 rows has millions of results, and the objects
 * of `SchoolResult.indicators` are made only when a school is looked at. Pass/fail and the CV inputs are read
 * straight from the arrays.
 */
import { measure, resultOf, resolveThreshold, type ComputeContext, type Measured } from './indicators/compute';
import type { IndicatorDef } from './indicators/definitions';
import type { IndicatorId } from './indicators/ids';
import type { ResolvedStandards } from './standards/resolve';
import type { Threshold } from './standards/schema';
import type { IndicatorResult, SchoolResult, StageRecord } from './types';

export interface ScorePlan {
  id: IndicatorId;
  def: IndicatorDef;
  ctx: ComputeContext;
  threshold: { primary: Threshold | null; junior: Threshold | null } | null;
}

const MET_NULL = 2;

/** Flat storage of all results: slot = record index × indicators + indicator index. NaN stands for null. */
export class ResultStore {
  readonly value: Float64Array;
  readonly standard: Float64Array;
  readonly shortfall: Float64Array;
  readonly ratio: Float64Array;
  /** 0 not met, 1 met, 2 no standard. */
  readonly met: Uint8Array;

  constructor(
    readonly plan: ScorePlan[],
    size: number,
  ) {
    const n = size * plan.length;
    this.value = new Float64Array(n);
    this.standard = new Float64Array(n);
    this.shortfall = new Float64Array(n);
    this.ratio = new Float64Array(n);
    this.met = new Uint8Array(n);
  }

  put(slot: number, m: Measured): void {
    this.value[slot] = m.value ?? NaN;
    this.standard[slot] = m.standard ?? NaN;
    this.shortfall[slot] = m.shortfall ?? NaN;
    this.ratio[slot] = m.ratio ?? NaN;
    this.met[slot] = m.met === null ? MET_NULL : m.met ? 1 : 0;
  }

  /** The IndicatorResult of one slot, made on demand. */
  result(slot: number, k: number, rec: StageRecord): IndicatorResult {
    const p = this.plan[k];
    const orNull = (x: number) => (Number.isNaN(x) ? null : x);
    const met = this.met[slot];
    return resultOf(p.def, rec, p.ctx, {
      value: orNull(this.value[slot]),
      standard: orNull(this.standard[slot]),
      met: met === MET_NULL ? null : met === 1,
      shortfall: orNull(this.shortfall[slot]),
      ratio: orNull(this.ratio[slot]),
    });
  }
}

/** Scores record i into the store; returns its school result. */
export function scoreRecord(
  store: ResultStore,
  i: number,
  rec: StageRecord,
  std: ResolvedStandards,
  excluded: { zh: string; en: string } | null,
  scratch: Measured,
): SchoolResult {
  const plan = store.plan;
  const base = i * plan.length;
  let failing: IndicatorId[] | null = null;
  for (let k = 0; k < plan.length; k++) {
    const p = plan[k];
    const standard = p.threshold ? resolveThreshold(p.threshold[rec.stage], rec) : null;
    store.put(base + k, measure(p.def, rec, standard, p.ctx, scratch));
    if (scratch.met === false && !excluded) (failing ??= []).push(p.id);
  }
  const passed = excluded || std.groups.length === 0 ? null : passesGroups(store, base, std);
  return new School(store, i, rec, excluded, passed, failing ?? NONE);
}

const NONE: IndicatorId[] = [];

/** "At least k of n met, and every unmet one at least f × its standard" for every group; n counts indicators with a standard. */
function passesGroups(store: ResultStore, base: number, std: ResolvedStandards): boolean {
  for (const g of std.groups) {
    let n = 0;
    let met = 0;
    let unmetOk = true;
    for (const gi of g.indicators) {
      const k = store.plan.findIndex((p) => p.id === gi.id);
      const slot = base + k;
      if (k < 0 || Number.isNaN(store.standard[slot])) continue;
      n++;
      if (store.met[slot] === 1) met++;
      else {
        const r = store.ratio[slot];
        if (Number.isNaN(r) || r < g.rule.minFraction - 1e-9) unmetOk = false;
      }
    }
    if (n > 0 && (met < Math.min(g.rule.minMet ?? n, n) || !unmetOk)) return false;
  }
  return true;
}

/** A school stage's result; `indicators` is built from the store on first use. */
class School implements SchoolResult {
  readonly row: number;
  readonly name: string;
  readonly code: string | null;
  readonly type: SchoolResult['type'];
  readonly stage: SchoolResult['stage'];
  readonly students: number | null;
  readonly urbanRural: SchoolResult['urbanRural'];
  readonly township: string | null;
  readonly counted: boolean;
  readonly excludedReason: string | null;
  readonly excludedReasonEn: string | null;
  readonly #store: ResultStore;
  readonly #index: number;
  readonly #rec: StageRecord;
  #indicators: SchoolResult['indicators'] | undefined;

  constructor(
    store: ResultStore,
    index: number,
    rec: StageRecord,
    excluded: { zh: string; en: string } | null,
    readonly passed: boolean | null,
    readonly failing: IndicatorId[],
  ) {
    this.row = rec.row;
    this.name = rec.name;
    this.code = rec.code;
    this.type = rec.type;
    this.stage = rec.stage;
    this.students = rec.students;
    this.urbanRural = rec.urbanRural;
    this.township = rec.township;
    this.counted = !excluded;
    this.excludedReason = excluded?.zh ?? null;
    this.excludedReasonEn = excluded?.en ?? null;
    this.#store = store;
    this.#index = index;
    this.#rec = rec;
  }

  get indicators(): SchoolResult['indicators'] {
    if (!this.#indicators) {
      const out: SchoolResult['indicators'] = {};
      const plan = this.#store.plan;
      const base = this.#index * plan.length;
      for (let k = 0; k < plan.length; k++) out[plan[k].id] = this.#store.result(base + k, k, this.#rec);
      this.#indicators = out;
    }
    return this.#indicators;
  }

  /** Value of one indicator without building the others (CV inputs, sorting). */
  valueOf(id: IndicatorId): number | null {
    const k = this.#store.plan.findIndex((p) => p.id === id);
    if (k < 0) return null;
    const v = this.#store.value[this.#index * this.#store.plan.length + k];
    return Number.isNaN(v) ? null : v;
  }

  toJSON(): SchoolResult {
    const { row, name, code, type, stage, students, urbanRural, township, counted, excludedReason, excludedReasonEn, indicators, passed, failing } = this;
    return { row, name, code, type, stage, students, urbanRural, township, counted, excludedReason, excludedReasonEn, indicators, passed, failing };
  }
}
