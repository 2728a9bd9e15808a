/**
 * Units as they appear in census headers ("教学仪器设备资产值（万元）") and typed into cells ("2732平米").
 * A unit says which kind of number it belongs to and the factor that turns the written number into the
 * field's base unit (㎡, 元, 人/册/台/间/个).
 */
import type { NumberKind } from '../fields';

export interface UnitInfo {
  /** The unit as written, e.g. "万元", "㎡", "平方米". */
  unit: string;
  kind: NumberKind;
  /** Multiply the written number by this to get the base unit. */
  factor: number;
}

/** Base units after NFKC normalisation (㎡ and m² both become "m2"). */
const BASE: Record<string, { kind: NumberKind; factor: number }> = {
  m2: { kind: 'area', factor: 1 },
  'm^2': { kind: 'area', factor: 1 },
  平方米: { kind: 'area', factor: 1 },
  平米: { kind: 'area', factor: 1 },
  平方: { kind: 'area', factor: 1 },
  亩: { kind: 'area', factor: 2000 / 3 },
  公顷: { kind: 'area', factor: 10000 },
  元: { kind: 'money', factor: 1 },
  册: { kind: 'count', factor: 1 },
  本: { kind: 'count', factor: 1 },
  台: { kind: 'count', factor: 1 },
  间: { kind: 'count', factor: 1 },
  个: { kind: 'count', factor: 1 },
  人: { kind: 'count', factor: 1 },
  名: { kind: 'count', factor: 1 },
  所: { kind: 'count', factor: 1 },
  套: { kind: 'count', factor: 1 },
  件: { kind: 'count', factor: 1 },
  班: { kind: 'count', factor: 1 },
};

const PREFIX: Record<string, number> = { 万: 10000, 千: 1000, 百: 100 };

/** NFKC (full-width digits and brackets → ASCII, ㎡ → m2), lower-case, no whitespace. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Recognise a whole string as a unit: "万元", "㎡", "平方米", "单位：万元", "人". Null when it is not a unit.
 * A prefix 万/千 multiplies (万元 → 10000, 万册 → 10000); 万 alone is accepted only for money/counts by callers.
 */
export function parseUnit(written: string): UnitInfo | null {
  const shown = written.trim().replace(/^单位[:：]\s*/, '').trim();
  const s = normalizeText(shown);
  if (s === '') return null;
  let mult = 1;
  let rest = s;
  const p = PREFIX[rest[0]];
  if (p !== undefined && rest.length > 1) {
    mult = p;
    rest = rest.slice(1);
  }
  const base = BASE[rest];
  if (!base) return null;
  return { unit: shown, kind: base.kind, factor: mult * base.factor };
}
