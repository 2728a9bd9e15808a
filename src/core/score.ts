/**
 * Scoring every stage record against the indicators in play. Results are kept in flat arrays (one slot per
 * record × indicator), not in an object each: a county of 200 000 rows has millions of results, and the objects
 * of `SchoolResult.indicators` are made only when a school is looked at. Pass/fail and the CV inputs are read
 * straight from the arrays.
 */
import { measure, resultOf, resolveThreshold, type ComputeContext, type FieldValues, type Measured } from './indicators/compute';
import type { IndicatorDef } from './indicators/definitions';
import type { IndicatorId } from './indicators/ids';
import type { ResolvedStandards } from './standards/resolve';
import type { Threshold } from './standards/schema';
import type { IndicatorResult, SchoolResult, SchoolType, StageRecord, UrbanRural } from './types';

export interface ScorePlan {
  id: IndicatorId;
  def: IndicatorDef;
  ctx: ComputeContext;
  threshold: { primary: Threshold | null; junior: Threshold | null } | null;
}

const MET_NULL = 2;

/**
 * Flat storage of all results: slot = record index × indicators + indicator index. NaN stands for null.
 * A result's standard is not stored per slot: it depends only on the record's (stage, type, location) group and is
 * kept once per group; its ratio follows from value and standard.
 */
export class ResultStore {
  readonly value: Float64Array;
  readonly shortfall: Float64Array;
  /** 0 not met, 1 met, 2 no standard. */
  readonly met: Uint8Array;
  /** Group (stage, type, location) of each record. */
  readonly group: Uint8Array;
  /** Standard per plan entry × group (NaN = none); `known` says whether it was resolved yet. */
  readonly #standards: Float64Array;
  readonly #known: Uint8Array;
  #groupK: number[][] | null = null;
  /** What a school result has built on first use (kept here, not in each of the county's results). */
  #caches: ({ indicators?: SchoolResult['indicators']; failing?: IndicatorId[] } | undefined)[] | null = null;

  cacheOf(i: number): { indicators?: SchoolResult['indicators']; failing?: IndicatorId[] } {
    const caches = (this.#caches ??= new Array(this.group.length));
    return (caches[i] ??= {});
  }

  constructor(
    readonly plan: ScorePlan[],
    size: number,
  ) {
    const n = size * plan.length;
    this.value = new Float64Array(n);
    this.shortfall = new Float64Array(n);
    this.met = new Uint8Array(n);
    this.group = new Uint8Array(size);
    this.#standards = new Float64Array(plan.length * GROUPS);
    this.#known = new Uint8Array(plan.length * GROUPS);
  }

  /** The standard of plan entry k for record i (of `rec`): resolved once per group. */
  standardOf(i: number, k: number, rec: StageRecord): number | null {
    const p = this.plan[k];
    if (!p.threshold) return null;
    const group = this.group[i];
    const at = k * GROUPS + group;
    if (this.#known[at] === 1) {
      const v = this.#standards[at];
      return v === v ? v : null;
    }
    const v = resolveThreshold(p.threshold[rec.stage], rec);
    // Only the listed types and locations are cached (an unexpected value falls in the last code, resolved each time).
    if (group % LOCATION_CODES !== LOCATIONS.length && Math.floor(group / LOCATION_CODES) % TYPE_CODES !== TYPES.length) {
      this.#known[at] = 1;
      this.#standards[at] = v ?? NaN;
    }
    return v;
  }

  /** value / standard for ≥ indicators (standard / value for ≤ ones), as measure() gives it; null when unknown. */
  ratioOf(slot: number, k: number, standard: number | null): number | null {
    const value = this.value[slot];
    if (standard === null || Number.isNaN(value)) return null;
    return this.plan[k].def.direction === 'min' ? (standard === 0 ? 1 : value / standard) : value === 0 ? 1 : standard / value;
  }

  /** Plan index of every group's indicators (-1 when not in the plan), found once. */
  groupIndexes(std: ResolvedStandards): number[][] {
    return (this.#groupK ??= std.groups.map((g) => g.indicators.map((gi) => this.plan.findIndex((p) => p.id === gi.id))));
  }

  put(slot: number, m: Measured): void {
    this.value[slot] = m.value ?? NaN;
    this.shortfall[slot] = m.shortfall ?? NaN;
    this.met[slot] = m.met === null ? MET_NULL : m.met ? 1 : 0;
  }

  /** The IndicatorResult of record i's plan entry k, made on demand. */
  result(i: number, k: number, rec: StageRecord): IndicatorResult {
    const p = this.plan[k];
    const slot = i * this.plan.length + k;
    const orNull = (x: number) => (Number.isNaN(x) ? null : x);
    const met = this.met[slot];
    const standard = this.standardOf(i, k, rec);
    return resultOf(p.def, rec, p.ctx, {
      value: orNull(this.value[slot]),
      standard,
      met: met === MET_NULL ? null : met === 1,
      shortfall: orNull(this.shortfall[slot]),
      ratio: this.ratioOf(slot, k, standard),
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
  fv: FieldValues,
): SchoolResult {
  const plan = store.plan;
  const base = i * plan.length;
  // The standards depend only on the stage, type and location: resolved once per combination.
  store.group[i] = ((rec.stage === 'primary' ? 0 : 1) * TYPE_CODES + typeCode(rec.type)) * LOCATION_CODES + locationCode(rec.urbanRural);
  for (let k = 0; k < plan.length; k++) {
    const p = plan[k];
    store.put(base + k, measure(p.def, rec, fv, store.standardOf(i, k, rec), p.ctx, scratch));
  }
  const passed = excluded || std.groups.length === 0 ? null : passesGroups(store, i, rec, std);
  return new School(store, i, rec, excluded, passed);
}

const NONE: IndicatorId[] = [];

const TYPES: readonly (SchoolType | null)[] = [null, '小学', '初级中学', '九年一贯制学校', '十二年一贯制学校', '完全中学', '小学教学点', '特殊教育学校', '职业学校'];
const TYPE_CODES = TYPES.length + 1;
const LOCATIONS: readonly (UrbanRural | null)[] = [null, '城区', '镇区', '乡村'];
const LOCATION_CODES = LOCATIONS.length + 1;
/** Groups of (stage, type, location) a standard is resolved for. */
const GROUPS = 2 * TYPE_CODES * LOCATION_CODES;

/** Code of a type; the last code stands for any other value (resolved every time, never cached). */
function typeCode(t: SchoolType | null): number {
  const c = TYPES.indexOf(t);
  return c < 0 ? TYPES.length : c;
}
function locationCode(u: UrbanRural | null): number {
  const c = LOCATIONS.indexOf(u);
  return c < 0 ? LOCATIONS.length : c;
}

/** "At least k of n met, and every unmet one at least f × its standard" for every group; n counts indicators with a standard. */
function passesGroups(store: ResultStore, i: number, rec: StageRecord, std: ResolvedStandards): boolean {
  const groupK = store.groupIndexes(std);
  const base = i * store.plan.length;
  for (let gn = 0; gn < std.groups.length; gn++) {
    const g = std.groups[gn];
    const ks = groupK[gn];
    let n = 0;
    let met = 0;
    let unmetOk = true;
    for (let j = 0; j < ks.length; j++) {
      const k = ks[j];
      const slot = base + k;
      if (k < 0) continue;
      const standard = store.standardOf(i, k, rec);
      if (standard === null) continue;
      n++;
      if (store.met[slot] === 1) met++;
      else {
        const r = store.ratioOf(slot, k, standard);
        if (r === null || r < g.rule.minFraction - 1e-9) unmetOk = false;
      }
    }
    if (n > 0 && (met < Math.min(g.rule.minMet ?? n, n) || !unmetOk)) return false;
  }
  return true;
}

/**
 * A school stage's result: its identity is read from its stage record, its `indicators` and `failing` are built
 * from the store on first use (one small object per school stage; a county has hundreds of thousands).
 */
class School implements SchoolResult {
  readonly #store: ResultStore;
  readonly #index: number;
  readonly #rec: StageRecord;
  readonly #excluded: { zh: string; en: string } | null;

  constructor(
    store: ResultStore,
    index: number,
    rec: StageRecord,
    excluded: { zh: string; en: string } | null,
    readonly passed: boolean | null,
  ) {
    this.#store = store;
    this.#index = index;
    this.#rec = rec;
    this.#excluded = excluded;
  }

  get row(): number {
    return this.#rec.row;
  }
  get name(): string {
    return this.#rec.name;
  }
  get code(): string | null {
    return this.#rec.code;
  }
  get type(): SchoolResult['type'] {
    return this.#rec.type;
  }
  get stage(): SchoolResult['stage'] {
    return this.#rec.stage;
  }
  get students(): number | null {
    return this.#rec.students;
  }
  get urbanRural(): SchoolResult['urbanRural'] {
    return this.#rec.urbanRural;
  }
  get township(): string | null {
    return this.#rec.township;
  }
  get counted(): boolean {
    return !this.#excluded;
  }
  get excludedReason(): string | null {
    return this.#excluded?.zh ?? null;
  }
  get excludedReasonEn(): string | null {
    return this.#excluded?.en ?? null;
  }

  /** Ids of the indicators with a standard that are not met, in plan order (none for a school not counted). */
  get failing(): IndicatorId[] {
    const cache = this.#store.cacheOf(this.#index);
    if (!cache.failing) {
      let out: IndicatorId[] = NONE;
      if (!this.#excluded) {
        const plan = this.#store.plan;
        const base = this.#index * plan.length;
        for (let k = 0; k < plan.length; k++) if (this.#store.met[base + k] === 0) (out === NONE ? (out = []) : out).push(plan[k].id);
      }
      cache.failing = out;
    }
    return cache.failing;
  }

  get indicators(): SchoolResult['indicators'] {
    const cache = this.#store.cacheOf(this.#index);
    if (!cache.indicators) {
      const out: SchoolResult['indicators'] = {};
      const plan = this.#store.plan;
      const base = this.#index * plan.length;
      for (let k = 0; k < plan.length; k++) out[plan[k].id] = this.#store.result(this.#index, k, this.#rec);
      cache.indicators = out;
    }
    return cache.indicators;
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
