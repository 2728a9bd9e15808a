/**
 * Standards are data: a zod schema every built-in and every bureau's own JSON file must pass. One rule shape —
 * "at least k of n met, and every unmet one at least f × its standard" — covers 2017 (6 of 7, 0.85), Hebei
 * (8 of 10, 0.6) and all-must-pass (k = n).
 */
import { z } from 'zod';
import { INDICATOR_IDS } from '../indicators/ids';

const SCHOOL_TYPES = ['小学', '初级中学', '九年一贯制学校', '十二年一贯制学校', '完全中学', '小学教学点'] as const;
const LOCATIONS = ['城区', '镇区', '乡村'] as const;

/** A number, or one that depends on the school's location (城乡分类) or type. */
export const ThresholdSchema = z.union([
  z.number().finite(),
  z
    .object({
      value: z.number().finite().optional(),
      byLocation: z.partialRecord(z.enum(LOCATIONS), z.number().finite()).optional(),
      byType: z.partialRecord(z.enum(SCHOOL_TYPES), z.number().finite()).optional(),
    })
    .refine((t) => t.value !== undefined || t.byLocation !== undefined || t.byType !== undefined, {
      message: 'a threshold needs value, byLocation or byType',
    }),
]);

export const StandardIndicatorSchema = z.object({
  id: z.enum(INDICATOR_IDS),
  /** null: no standard for that stage. */
  primary: ThresholdSchema.nullable(),
  junior: ThresholdSchema.nullable(),
});

export const GroupSchema = z
  .object({
    id: z.string().min(1),
    zh: z.string(),
    en: z.string(),
    indicators: z.array(StandardIndicatorSchema).min(1),
    rule: z
      .object({
        /** k: at least this many met; default all. */
        minMet: z.number().int().min(0).optional(),
        /** f: every unmet one reaches at least this share of its standard; default 1 (no tolerance). */
        minFraction: z.number().min(0).max(1).default(1),
      })
      .default({ minFraction: 1 }),
  })
  .refine((g) => g.rule.minMet === undefined || g.rule.minMet <= g.indicators.length, {
    message: 'rule.minMet cannot exceed the number of indicators',
  });

export const DispersionSchema = z.object({
  /** composite: the mean of the single CVs is compared (basic-2012); each: every CV is compared (quality-2017). */
  mode: z.enum(['composite', 'each']),
  indicators: z.array(z.enum(INDICATOR_IDS)).min(1),
  limits: z.object({ primary: z.number().positive(), junior: z.number().positive() }),
});

export const StandardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and -'),
    zh: z.string().min(1),
    en: z.string().min(1),
    kind: z.enum(['national', 'provincial']),
    /** Which indicator formulas apply (basic-2012 or quality-2017 definitions). */
    framework: z.enum(['basic', 'quality']),
    /** A provincial standard adds its school groups to this national one. */
    extends: z.string().optional(),
    source: z.string().default(''),
    groups: z.array(GroupSchema).default([]),
    dispersion: DispersionSchema.nullable().default(null),
    /** 小学教学点: 'all' excluded (basic-2012) or those below a student count (quality-2017: 50). */
    teachingPoints: z.union([z.literal('all'), z.object({ below: z.number().int().positive() })]).default('all'),
  })
  .refine((s) => s.kind === 'national' || s.extends !== undefined, {
    message: 'a provincial standard must name the national standard it extends',
    path: ['extends'],
  });

export type Threshold = z.infer<typeof ThresholdSchema>;
export type StandardIndicator = z.infer<typeof StandardIndicatorSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Standard = z.infer<typeof StandardSchema>;
