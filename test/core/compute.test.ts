import { computeIndicator, resolveThreshold } from '../../src/core/indicators/compute';
import { INDICATORS, indicatorDef } from '../../src/core/indicators/definitions';
import { INDICATOR_IDS } from '../../src/core/indicators/ids';
import type { StageRecord } from '../../src/core/types';

function rec(values: StageRecord['values'], more: Partial<StageRecord> = {}): StageRecord {
  const cells: StageRecord['cells'] = {};
  for (const k of Object.keys(values)) cells[k as keyof typeof cells] = `X${k.length}`;
  return {
    row: 9, name: 'S', code: null, type: '小学', stage: 'primary', urbanRural: '乡村', township: null,
    students: values.students ?? null, weightedShare: 1, plainShare: 1, values, cells, blank: {}, alwaysExcluded: null, hasErrors: false,
    ...more,
  };
}
const ctx = (id: string, split = true) => ({ terms: indicatorDef(id as never).variants.quality!.formula[0], split });

test('every indicator id has exactly one definition', () => {
  expect(INDICATORS.map((d) => d.id).sort()).toEqual([...INDICATOR_IDS].sort());
});

test('per-student indicator: value, met, shortfall in ㎡ for the whole stage', () => {
  // quality-2017 teaching rooms: (2000 − 200 indoor sports) / 450 = 4.0 < 4.5 → 0.5 × 450 = 225 ㎡ missing
  const r = computeIndicator(indicatorDef('teachingAreaPerStudent'), rec({ students: 450, teachingArea: 2000, indoorSportsArea: 200 }), 4.5, ctx('teachingAreaPerStudent'));
  expect(r.value).toBeCloseTo(4, 12);
  expect(r.met).toBe(false);
  expect(r.shortfall).toBeCloseTo(225, 9);
  expect(r.ratio).toBeCloseTo(4 / 4.5, 12);
  expect(r.shortfallUnit).toBe('㎡');
});

test('per-100 countable shortfall is rounded up (teachers, rooms)', () => {
  // 3 backbone teachers for 420 students = 0.714 per 100 < 1.0 → need 4.2 → 1.2 more → 2 teachers
  const r = computeIndicator(indicatorDef('backboneTeachersPer100'), rec({ students: 420, backboneTeachers: 3 }), 1.0, ctx('backboneTeachersPer100', false));
  expect(r.value).toBeCloseTo(300 / 420, 12);
  expect(r.shortfall).toBe(2);
});

test('a weighted share applies to split facilities only, not to stage teachers', () => {
  const r = computeIndicator(indicatorDef('equipmentValuePerStudent'), rec({ students: 600, equipmentValue: 2_080_000 }, { students: 600, weightedShare: 600 / 1040 }), 2000, ctx('equipmentValuePerStudent'));
  expect(r.value).toBeCloseTo((2_080_000 * (600 / 1040)) / 600, 9);
  expect(r.met).toBe(true);
  expect(r.shortfall).toBe(0);
});

test('unknown value → null and not met, so the school cannot pass until the cell is fixed', () => {
  const r = computeIndicator(indicatorDef('equipmentValuePerStudent'), rec({ students: 300, equipmentValue: null }), 2000, ctx('equipmentValuePerStudent'));
  expect(r).toMatchObject({ value: null, met: false, shortfall: null });
});

test('a blank indoor-sports cell counts as 0; a blank teaching-rooms cell does not', () => {
  const blankIndoor = rec({ students: 100, teachingArea: 500, indoorSportsArea: null }, { blank: { indoorSportsArea: true } });
  expect(computeIndicator(indicatorDef('teachingAreaPerStudent'), blankIndoor, 4.5, ctx('teachingAreaPerStudent')).value).toBe(5);
  const seen: string[] = [];
  const blankTeaching = rec({ students: 100, teachingArea: null, indoorSportsArea: 10 }, { blank: { teachingArea: true } });
  const r = computeIndicator(indicatorDef('teachingAreaPerStudent'), blankTeaching, 4.5, { ...ctx('teachingAreaPerStudent'), onBlank: (_r, f) => seen.push(f) });
  expect(r.value).toBeNull();
  expect(seen).toEqual(['teachingArea']);
});

test('green share and its shortfall in ㎡ of green area', () => {
  const r = computeIndicator(indicatorDef('greenAreaRatio'), rec({ students: 300, greenArea: 2000, landArea: 10000 }), 0.3, { terms: indicatorDef('greenAreaRatio').variants.basic!.formula[0], split: false });
  expect(r.value).toBeCloseTo(0.2, 12);
  expect(r.shortfall).toBeCloseTo(1000, 9);
});

test('class size: average against the limit; over-limit classes from the census where given', () => {
  const d = indicatorDef('classSize');
  const c = { terms: d.variants.basic!.formula[0], split: false };
  const avg = computeIndicator(d, rec({ students: 500, classes: 10 }), 45, c);
  expect(avg.value).toBe(50);
  expect(avg.met).toBe(false);
  expect(avg.shortfall).toBe(2); // 500 students need 12 classes of ≤ 45
  const given = computeIndicator(d, rec({ students: 400, classes: 10, oversizeClasses: 3 }), 45, c);
  expect(given.met).toBe(false);
  expect(given.shortfall).toBe(3);
});

test('school size: a cap, by type where the standard says so', () => {
  const d = indicatorDef('schoolSize');
  const t = { value: 2000, byType: { 九年一贯制学校: 2500 } };
  expect(resolveThreshold(t, rec({}, { type: '九年一贯制学校' }))).toBe(2500);
  expect(resolveThreshold(t, rec({}, { type: '小学' }))).toBe(2000);
  expect(resolveThreshold({ value: 20, byLocation: { 城区: 15 } }, rec({}, { urbanRural: '城区' }))).toBe(15);
  const r = computeIndicator(d, rec({ students: 2150 }), 2000, { terms: d.variants.basic!.formula[0], split: false });
  expect(r).toMatchObject({ met: false, shortfall: 150 });
});
