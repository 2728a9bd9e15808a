/**
 * The coefficient of variation (差异系数), exactly as domain brief §1.3: student-weighted mean, student-weighted
 * population standard deviation (divide by P, not n or n − 1), CV = S / X̄. Verdicts compare the CV rounded to
 * 3 decimals, as published tables do; the full value is kept.
 */

export interface WeightedPoint {
  /** The school's indicator value Xᵢ. */
  value: number;
  /** Its students in the stage, Pᵢ. */
  weight: number;
}

export interface CvResult {
  cv: number | null;
  mean: number | null;
  n: number;
}

export function weightedCv(points: readonly WeightedPoint[]): CvResult {
  const values = new Float64Array(points.length);
  const weights = new Float64Array(points.length);
  points.forEach((pt, i) => {
    values[i] = pt.value;
    weights[i] = pt.weight;
  });
  return weightedCvArrays(values, weights, points.length);
}

/** The same over parallel arrays (the engine's hot path: no object per school). */
export function weightedCvArrays(values: Float64Array, weights: Float64Array, length: number): CvResult {
  let p = 0;
  let px = 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    const weight = weights[i];
    if (!(weight > 0) || !Number.isFinite(value)) continue;
    p += weight;
    px += weight * value;
    n++;
  }
  if (n === 0 || p === 0) return { cv: null, mean: null, n };
  const mean = px / p;
  let ss = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i];
    const weight = weights[i];
    if (!(weight > 0) || !Number.isFinite(value)) continue;
    const d = value - mean;
    ss += (weight / p) * d * d;
  }
  const s = Math.sqrt(ss);
  return { cv: mean === 0 ? null : s / mean, mean, n };
}

/** Published precision: 3 decimals; ties away from zero, like Excel's ROUND. */
export function roundCv(cv: number): number {
  return Math.round((cv + Number.EPSILON) * 1000) / 1000;
}

export function cvMeets(cv: number | null, limit: number | null): boolean | null {
  if (cv == null || limit == null) return null;
  return roundCv(cv) <= limit;
}
