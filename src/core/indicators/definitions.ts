/**
 * Every indicator, declared once as data (domain brief §1, §5): names, units, how the value is measured, and per
 * framework the formula over census fields and whether a mixed school's amount is split by weighted shares.
 * `compute.ts` turns one definition into a value with a single generic routine — no per-indicator branches.
 */
import { z } from 'zod';
import type { NumberFieldId } from '../fields';
import { FIELDS } from '../fields';
import { INDICATOR_IDS, type IndicatorId } from './ids';

export type Framework = 'basic' | 'quality';

/**
 * How the value is made from the amount (the formula's sum):
 * - perStudent: amount ÷ stage students; per100: amount ÷ students × 100;
 * - shareOf: amount ÷ the `of` field (green area ÷ site area);
 * - schoolStudents: the school's compulsory-stage students (school size);
 * - classSize: stage students ÷ stage classes (classes over the limit taken from 超标准班额 where given).
 */
export type Measure = 'perStudent' | 'per100' | 'shareOf' | 'schoolStudents' | 'classSize';

const numberFieldIds = FIELDS.filter((f) => f.kind !== 'text').map((f) => f.id) as [NumberFieldId, ...NumberFieldId[]];

const TermSchema = z.object({
  field: z.enum(numberFieldIds),
  sign: z.union([z.literal(1), z.literal(-1)]).default(1),
  /** A blank cell counts as 0 (a school without a gym leaves 室内体育用房 blank); otherwise blank = unknown. */
  blankIsZero: z.boolean().default(false),
});

const VariantSchema = z.object({
  /** Alternatives tried in order; the first whose fields all have a column is used. Each is a signed sum. */
  formula: z.array(z.array(TermSchema).min(1)).min(1),
  /** Split a mixed school's amount by the weighted student shares (§1.4); else by plain shares. */
  split: z.boolean(),
});

export const IndicatorDefSchema = z.object({
  id: z.enum(INDICATOR_IDS),
  zh: z.string(),
  en: z.string(),
  /** Unit of the value as displayed. */
  unitZh: z.string(),
  unitEn: z.string(),
  /** Unit of the shortfall (what a principal acts on). */
  shortfallUnit: z.string(),
  measure: z.enum(['perStudent', 'per100', 'shareOf', 'schoolStudents', 'classSize']),
  /** For shareOf: the denominator field. */
  of: z.enum(numberFieldIds).optional(),
  /** min: value ≥ standard; max: value ≤ standard. */
  direction: z.enum(['min', 'max']),
  /** Shortfalls in countable things (teachers, books, rooms, 台) are rounded up. */
  countable: z.boolean(),
  /** Display decimals of the value. */
  decimals: z.number().int().min(0).max(6),
  variants: z.object({ basic: VariantSchema.optional(), quality: VariantSchema.optional() }),
});

export type IndicatorDef = z.infer<typeof IndicatorDefSchema>;
export type IndicatorVariant = z.infer<typeof VariantSchema>;
export type Term = z.infer<typeof TermSchema>;

type TermIn = { field: NumberFieldId; sign?: 1 | -1; blankIsZero?: boolean };
const f = (field: NumberFieldId, more: Omit<TermIn, 'field'> = {}): TermIn => ({ field, ...more });
const both = (formula: TermIn[][], split: boolean) => ({ basic: { formula, split }, quality: { formula, split } });

const teachingBasic = [[f('teachingArea')]];
// quality-2017: 室内体育用房 is taken out of teaching rooms and counted as sports area.
const teachingQuality = [[f('teachingArea'), f('indoorSportsArea', { sign: -1, blankIsZero: true })], [f('teachingArea')]];
const sports = [[f('sportsArea')], [f('fieldArea'), f('indoorSportsArea', { blankIsZero: true })], [f('fieldArea')]];
const optional = (field: NumberFieldId) => f(field, { blankIsZero: true });

const RAW: unknown[] = [
  {
    id: 'teachingAreaPerStudent', zh: '生均教学及辅助用房面积', en: 'Teaching and auxiliary rooms per student',
    unitZh: '㎡/生', unitEn: 'm²/student', shortfallUnit: '㎡', measure: 'perStudent', direction: 'min', countable: false, decimals: 2,
    variants: { basic: { formula: teachingBasic, split: true }, quality: { formula: teachingQuality, split: true } },
  },
  {
    id: 'sportsAreaPerStudent', zh: '生均体育运动场馆面积', en: 'Sports grounds and halls per student',
    unitZh: '㎡/生', unitEn: 'm²/student', shortfallUnit: '㎡', measure: 'perStudent', direction: 'min', countable: false, decimals: 2,
    variants: both(sports, true),
  },
  {
    id: 'equipmentValuePerStudent', zh: '生均教学仪器设备值', en: 'Teaching equipment value per student',
    unitZh: '元/生', unitEn: 'CNY/student', shortfallUnit: '元', measure: 'perStudent', direction: 'min', countable: false, decimals: 2,
    variants: both([[f('equipmentValue')]], true),
  },
  {
    id: 'computersPer100', zh: '每百名学生拥有计算机台数', en: 'Computers per 100 students',
    unitZh: '台/百生', unitEn: 'per 100 students', shortfallUnit: '台', measure: 'per100', direction: 'min', countable: true, decimals: 2,
    variants: { basic: { formula: [[f('computers')]], split: true }, quality: { formula: [[f('computers')]], split: false } },
  },
  {
    id: 'booksPerStudent', zh: '生均图书册数', en: 'Books per student',
    unitZh: '册/生', unitEn: 'books/student', shortfallUnit: '册', measure: 'perStudent', direction: 'min', countable: true, decimals: 2,
    variants: { basic: { formula: [[f('books')]], split: true }, quality: { formula: [[f('books')]], split: false } },
  },
  {
    id: 'teachersPerStudent', zh: '师生比', en: 'Teachers per student',
    unitZh: '人/生', unitEn: 'teachers/student', shortfallUnit: '人', measure: 'perStudent', direction: 'min', countable: true, decimals: 4,
    variants: both([[f('teachers')]], false),
  },
  {
    id: 'aboveDegreeTeachersPerStudent', zh: '生均高于规定学历教师数', en: 'Teachers above the required degree per student',
    unitZh: '人/生', unitEn: 'teachers/student', shortfallUnit: '人', measure: 'perStudent', direction: 'min', countable: true, decimals: 4,
    variants: both([[f('aboveDegreeTeachers')]], false),
  },
  {
    id: 'seniorTitleTeachersPerStudent', zh: '生均中级及以上专业技术职务教师数', en: 'Teachers with an intermediate or higher title per student',
    unitZh: '人/生', unitEn: 'teachers/student', shortfallUnit: '人', measure: 'perStudent', direction: 'min', countable: true, decimals: 4,
    variants: both([[f('seniorTitleTeachers')]], false),
  },
  {
    id: 'aboveDegreeTeachersPer100', zh: '每百名学生拥有高于规定学历教师数', en: 'Teachers above the required degree per 100 students',
    unitZh: '人/百生', unitEn: 'per 100 students', shortfallUnit: '人', measure: 'per100', direction: 'min', countable: true, decimals: 2,
    variants: both([[f('aboveDegreeTeachers')]], false),
  },
  {
    id: 'backboneTeachersPer100', zh: '每百名学生拥有县级及以上骨干教师数', en: 'County-level or higher backbone teachers per 100 students',
    unitZh: '人/百生', unitEn: 'per 100 students', shortfallUnit: '人', measure: 'per100', direction: 'min', countable: true, decimals: 2,
    variants: both([[optional('backboneTeachers')]], false),
  },
  {
    id: 'peArtTeachersPer100', zh: '每百名学生拥有体育、艺术专任教师数', en: 'PE and arts teachers per 100 students',
    unitZh: '人/百生', unitEn: 'per 100 students', shortfallUnit: '人', measure: 'per100', direction: 'min', countable: true, decimals: 2,
    variants: both(
      [
        [optional('peTeachers'), optional('artTeachers')],
        [optional('peTeachers'), optional('musicTeachers'), optional('fineArtTeachers')],
      ],
      false,
    ),
  },
  {
    id: 'multimediaRoomsPer100', zh: '每百名学生拥有网络多媒体教室数', en: 'Networked multimedia classrooms per 100 students',
    unitZh: '间/百生', unitEn: 'per 100 students', shortfallUnit: '间', measure: 'per100', direction: 'min', countable: true, decimals: 2,
    variants: { basic: { formula: [[f('multimediaRooms')]], split: false }, quality: { formula: [[f('multimediaRooms')]], split: true } },
  },
  {
    id: 'landAreaPerStudent', zh: '生均占地（校园）面积', en: 'Site area per student',
    unitZh: '㎡/生', unitEn: 'm²/student', shortfallUnit: '㎡', measure: 'perStudent', direction: 'min', countable: false, decimals: 2,
    variants: both([[f('landArea')]], false),
  },
  {
    id: 'buildingAreaPerStudent', zh: '生均校舍建筑面积', en: 'Building floor area per student',
    unitZh: '㎡/生', unitEn: 'm²/student', shortfallUnit: '㎡', measure: 'perStudent', direction: 'min', countable: false, decimals: 2,
    variants: both([[f('buildingArea')]], false),
  },
  {
    id: 'greenAreaRatio', zh: '绿化用地占校园面积比例', en: 'Green area as a share of the site',
    unitZh: '%', unitEn: '%', shortfallUnit: '㎡', measure: 'shareOf', of: 'landArea', direction: 'min', countable: false, decimals: 4,
    variants: both([[f('greenArea')]], false),
  },
  {
    id: 'schoolSize', zh: '学校规模', en: 'School size',
    unitZh: '人', unitEn: 'students', shortfallUnit: '人', measure: 'schoolStudents', direction: 'max', countable: true, decimals: 0,
    variants: both([[f('students')]], false),
  },
  {
    id: 'classSize', zh: '班额', en: 'Class size',
    unitZh: '人/班', unitEn: 'students/class', shortfallUnit: '个班', measure: 'classSize', direction: 'max', countable: true, decimals: 1,
    variants: both([[f('classes')]], false),
  },
];

/** Validated at load: a malformed definition fails fast in every test run. */
export const INDICATORS: readonly IndicatorDef[] = RAW.map((d) => IndicatorDefSchema.parse(d));

export const INDICATOR_BY_ID: ReadonlyMap<IndicatorId, IndicatorDef> = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicatorDef(id: IndicatorId): IndicatorDef {
  const d = INDICATOR_BY_ID.get(id);
  if (!d) throw new Error(`unknown indicator ${id}`);
  return d;
}
