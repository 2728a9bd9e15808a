/**
 * Plan parameters: dates, lead times per kind of work, owner office per kind, unit costs. Stored in the workbook
 * (JunhengSettings.plan) so a re-run with the same inputs gives the same plan. Every field has a default, so a
 * bureau only writes the ones it wants to change.
 */
import { z } from 'zod';
import { addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { INDICATOR_IDS } from '../indicators/ids';

/** Kinds of remediation work; each has its own steps (schedule.ts). `organise` = the county's campaign tasks. */
export const PLAN_KINDS = [
  'building',
  'site',
  'sports',
  'greening',
  'equipment',
  'computers',
  'multimedia',
  'books',
  'recruitment',
  'rotation',
  'titles',
  'enrolment',
  'organise',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_KIND_ZH: Record<PlanKind, string> = {
  building: '校舍建设',
  site: '校园用地',
  sports: '运动场地',
  greening: '校园绿化',
  equipment: '仪器设备',
  computers: '计算机',
  multimedia: '多媒体教室',
  books: '图书',
  recruitment: '教师招聘',
  rotation: '交流轮岗',
  titles: '培训与职称',
  enrolment: '招生与班额',
  organise: '组织推进',
};

/** Four campaign phases need some room. */
export const MIN_PLAN_DAYS = 30;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD / date must be YYYY-MM-DD')
  .refine((s) => isValid(parseISO(s)), '不是有效日期 / not a valid date');

const months = (d: number) => z.number().min(0).max(60).default(d);
const perM = (d: number) => z.number().min(0).max(24).default(d);
const month = (d: number) => z.number().int().min(1).max(12).default(d);
const monthDay = (d: string) => z.string().regex(/^\d{2}-\d{2}$/, 'MM-DD').default(d);
const yuan = (d: number) => z.number().min(0).default(d);

/** Seed 003's division of labour: 办公室 (site, buildings, sports grounds), 继教处 (equipment, books, teachers), 政教处 (enrolment). */
export const DEFAULT_OWNERS: Record<PlanKind, string> = {
  building: '办公室',
  site: '办公室',
  sports: '办公室',
  greening: '办公室',
  equipment: '继教处',
  computers: '继教处',
  multimedia: '继教处',
  books: '继教处',
  recruitment: '继教处',
  rotation: '继教处',
  titles: '继教处',
  enrolment: '政教处',
  organise: '办公室',
};

/** Besides the kinds: 政教处 leads the publicity, the one-school-one-plan and the self-review; 总务处 the funding. */
export const DEFAULT_CAMPAIGN_OWNERS = { campaign: '政教处', funding: '总务处' } as const;

const ownersSchema = z.object({
  ...(Object.fromEntries(PLAN_KINDS.map((k) => [k, z.string().min(1).default(DEFAULT_OWNERS[k])])) as {
    [K in PlanKind]: z.ZodDefault<z.ZodString>;
  }),
  campaign: z.string().min(1).default(DEFAULT_CAMPAIGN_OWNERS.campaign),
  funding: z.string().min(1).default(DEFAULT_CAMPAIGN_OWNERS.funding),
});

export const PlanParamsSchema = z
  .object({
    /** First day of the plan. */
    startDate: isoDate,
    /** Day of the provincial / national inspection. */
    inspectionDate: isoDate,
    /** Campaign phases (seed 000); 自查整改 takes the rest. Scaled down when the time is short. */
    phases: z
      .object({ mobiliseMonths: months(1), reviewMonths: months(1), acceptanceMonths: months(2) })
      .prefault({}),
    /** Teaching rooms / school buildings: 立项与可研 → 规划设计与审批 → 招投标 → 施工 → 竣工验收. */
    building: z
      .object({
        feasibilityMonths: months(2),
        designMonths: months(2),
        tenderMonths: months(1),
        constructionBaseMonths: months(4),
        constructionMonthsPer1000m2: perM(2),
        constructionMaxMonths: months(24),
        acceptanceMonths: months(1),
      })
      .prefault({}),
    /** Site (征地 / 扩建): building-like, with land acquisition before design. */
    site: z
      .object({
        feasibilityMonths: months(2),
        landMonths: months(4),
        designMonths: months(1),
        tenderMonths: months(1),
        constructionBaseMonths: months(2),
        constructionMonthsPer1000m2: perM(0.25),
        constructionMaxMonths: months(12),
        acceptanceMonths: months(0.5),
      })
      .prefault({}),
    /** Sports grounds and tracks. */
    sports: z
      .object({
        designMonths: months(1),
        tenderMonths: months(1),
        constructionBaseMonths: months(2),
        constructionMonthsPer1000m2: perM(0.5),
        constructionMaxMonths: months(12),
        acceptanceMonths: months(0.5),
      })
      .prefault({}),
    /** Greening: planted in the spring window (months inclusive), seed 000 「紧抓春季大好时节」. */
    greening: z
      .object({
        designMonths: months(1),
        plantingMonths: months(1),
        careMonths: months(1),
        windowStartMonth: month(3),
        windowEndMonth: month(4),
      })
      .refine((g) => g.windowStartMonth <= g.windowEndMonth, { message: '栽植窗口须在同一年内 / the planting window must lie within one year' })
      .prefault({}),
    /** Government procurement of equipment, computers and multimedia rooms. */
    procurement: z
      .object({ planningMonths: months(1), tenderMonths: months(2), deliveryMonths: months(1), acceptanceMonths: months(0.5) })
      .prefault({}),
    /** Books: procurement plus a donation drive (seed 003 「组织各校学生及社会力量捐赠图书」). */
    books: z
      .object({
        selectionMonths: months(1),
        tenderMonths: months(1.5),
        deliveryMonths: months(1),
        donationMonths: months(1),
        /** Share of the missing books expected from donations (not costed). */
        donationShare: z.number().min(0).max(1).default(0.2),
      })
      .prefault({}),
    /** Yearly teacher recruitment: plan in planMonth, then exams, then onboarding; on duty at the autumn term. */
    recruitment: z
      .object({ planMonth: month(3), planMonths: months(1), examMonths: months(4), onboardingMonths: months(1) })
      .prefault({}),
    /** 交流轮岗: teachers arrive at the start of a semester. */
    rotation: z
      .object({
        prepMonths: months(2),
        arrivalMonths: months(0.5),
        semesterStarts: z.array(z.string().regex(/^\d{2}-\d{2}$/, 'MM-DD')).min(1).default(['03-01', '09-01']),
      })
      .prefault({}),
    /** Training and the yearly title review (职称评审). */
    titles: z
      .object({ trainingMonths: months(2), declarationMonth: month(9), declarationMonths: months(1), reviewMonths: months(3) })
      .prefault({}),
    /** Class size and school size: fixed at the next autumn enrolment (划片招生). */
    enrolment: z
      .object({
        prepMonths: months(1),
        publicityMonths: months(1),
        /** The zoning plan must be public by this day (MM-DD) to apply in the autumn. */
        publishBy: monthDay('06-30'),
        autumnStart: monthDay('09-01'),
      })
      .prefault({}),
    /** Owner office (责任单位) per kind; seed 003's division of labour by default. */
    owners: ownersSchema.prefault({}),
    /** Owner per indicator where it differs from its kind's (PE and arts teachers: 政教处, domain brief §4). */
    ownerByIndicator: z.partialRecord(z.enum(INDICATOR_IDS), z.string().min(1)).default({ peArtTeachersPer100: '政教处' }),
    /** Unit costs in 元; equipment is costed at face value, teachers as headcount. */
    costs: z
      .object({
        buildingPerM2: yuan(3000),
        landPerM2: yuan(200),
        sportsPerM2: yuan(300),
        greeningPerM2: yuan(100),
        computer: yuan(5000),
        multimediaRoom: yuan(60000),
        book: yuan(25),
      })
      .prefault({}),
  })
  .refine((p) => differenceInCalendarDays(parseISO(p.inspectionDate), parseISO(p.startDate)) >= MIN_PLAN_DAYS, {
    message: `验收日期须在开始日期 ${MIN_PLAN_DAYS} 天以后 / the inspection date must be at least ${MIN_PLAN_DAYS} days after the start date`,
    path: ['inspectionDate'],
  });

export type PlanParams = z.infer<typeof PlanParamsSchema>;
export type PlanParamsInput = z.input<typeof PlanParamsSchema>;

/** Default inspection date when none is given: twelve months after the start (one full school year). */
export const DEFAULT_HORIZON_MONTHS = 12;

export function defaultInspectionDate(startDate: string): string {
  const d = parseISO(startDate);
  // An invalid start is reported by the schema, not here.
  return isValid(d) ? format(addMonths(d, DEFAULT_HORIZON_MONTHS), 'yyyy-MM-dd') : startDate;
}

export function defaultPlanParams(startDate: string, inspectionDate?: string): PlanParams {
  return PlanParamsSchema.parse({ startDate, inspectionDate: inspectionDate ?? defaultInspectionDate(startDate) });
}

/**
 * Parameters from a stored value (settings of an earlier run) with dates overridden by the caller (command line,
 * task pane). An invalid stored value is reported and replaced by the defaults; invalid overrides throw (ZodError).
 */
export function resolvePlanParams(
  stored: unknown,
  overrides: { startDate?: string; inspectionDate?: string; edits?: unknown },
  today: string,
): { params: PlanParams; problems: string[] } {
  const problems: string[] = [];
  let base: Record<string, unknown> = {};
  if (stored && typeof stored === 'object') {
    const r = PlanParamsSchema.safeParse(stored);
    if (r.success) base = r.data as unknown as Record<string, unknown>;
    else problems.push(`工作簿中保存的推进计划参数无效，已使用默认值 / stored plan parameters are invalid, defaults used: ${r.error.issues[0]?.message ?? ''}`);
  }
  // Edits (e.g. a parameter file) change only the fields they name, group by group.
  if (isRecord(overrides.edits)) base = mergeGroups(base, overrides.edits);
  const startDate = overrides.startDate ?? (base.startDate as string | undefined) ?? today;
  // The inspection date is fixed from outside: a stored one stays when only the start moves (if still later).
  const stored_ = base.inspectionDate as string | undefined;
  const inspectionDate =
    overrides.inspectionDate ?? (stored_ !== undefined && stored_ > startDate ? stored_ : defaultInspectionDate(startDate));
  const params = PlanParamsSchema.parse({ ...base, startDate, inspectionDate });
  return { params, problems };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeGroups(base: Record<string, unknown>, edits: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(edits)) out[k] = isRecord(v) && isRecord(base[k]) ? { ...base[k], ...v } : v;
  return out;
}
