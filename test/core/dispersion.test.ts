import { cvMeets, roundCv, weightedCv } from '../../src/core/dispersion';

describe('weighted CV (domain brief §1.3)', () => {
  test('hand-computed example', () => {
    // A: 2 per student, 100 students; B: 4, 300; C: 6, 100. P = 500.
    // X̄ = (2·100 + 4·300 + 6·100) / 500 = 2000 / 500 = 4
    // S² = (100/500)(2−4)² + (300/500)(4−4)² + (100/500)(6−4)² = 0.8 + 0 + 0.8 = 1.6
    // S = 1.2649110640673518, CV = S / 4 = 0.31622776601683794
    const r = weightedCv([
      { value: 2, weight: 100 },
      { value: 4, weight: 300 },
      { value: 6, weight: 100 },
    ]);
    expect(r.mean).toBeCloseTo(4, 12);
    expect(r.cv).toBeCloseTo(0.31622776601683794, 12);
    expect(r.n).toBe(3);
    // Not the unweighted population CV (0.408) nor the sample CV (0.5): the common mistakes.
    expect(r.cv).not.toBeCloseTo(0.408248, 3);
    expect(r.cv).not.toBeCloseTo(0.5, 3);
  });

  test('mean equals county total ÷ county students', () => {
    const pts = [
      { value: 5.2, weight: 420 },
      { value: 3.9, weight: 1310 },
      { value: 8.75, weight: 66 },
    ];
    const total = 5.2 * 420 + 3.9 * 1310 + 8.75 * 66;
    expect(weightedCv(pts).mean).toBeCloseTo(total / (420 + 1310 + 66), 12);
  });

  test('equal values give 0; no schools or zero mean give null; zero weights are ignored', () => {
    expect(weightedCv([{ value: 3, weight: 10 }, { value: 3, weight: 99 }]).cv).toBe(0);
    expect(weightedCv([]).cv).toBeNull();
    expect(weightedCv([{ value: 0, weight: 10 }]).cv).toBeNull();
    expect(weightedCv([{ value: 3, weight: 10 }, { value: 100, weight: 0 }]).cv).toBe(0);
  });

  test('verdict compares the CV rounded to 3 decimals', () => {
    expect(roundCv(0.6504999)).toBe(0.65);
    expect(roundCv(0.6505)).toBe(0.651);
    expect(cvMeets(0.65049, 0.65)).toBe(true);
    expect(cvMeets(0.6506, 0.65)).toBe(false);
    expect(cvMeets(null, 0.65)).toBeNull();
    expect(cvMeets(0.3, null)).toBeNull();
  });
});
