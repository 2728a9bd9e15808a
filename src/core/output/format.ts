/**
 * Words and number formats shared by every generated sheet: indicator names, units, standard titles, severities.
 * Indicator names, units and decimals come from `indicators/definitions.ts`; only the seed's wording of a gap is here.
 */
import { INDICATOR_BY_ID, type IndicatorDef } from '../indicators/definitions';
import type { IndicatorId } from '../indicators/ids';
import type { Severity } from '../problems';
import type { Stage } from '../types';
import { STAGE_ZH } from '../types';

export interface IndicatorLabel {
  zh: string;
  en: string;
  /** Number format of the indicator's value. */
  valueFmt: string;
  /** "≤" indicators (school size, class size) fail when the value is above the standard. */
  atMost: boolean;
  /** What is missing, as the seed's gap list says it ("图书相差 12720 册"). */
  gapNoun: string;
}

/** The seed's words for what is missing, by indicator. */
const GAP_NOUN: Record<IndicatorId, string> = {
  teachingAreaPerStudent: '教学及辅助用房面积',
  sportsAreaPerStudent: '体育运动场馆面积',
  equipmentValuePerStudent: '教学仪器设备值',
  computersPer100: '计算机',
  booksPerStudent: '图书',
  teachersPerStudent: '专任教师',
  aboveDegreeTeachersPerStudent: '高于规定学历教师',
  seniorTitleTeachersPerStudent: '中级及以上职称教师',
  aboveDegreeTeachersPer100: '高于规定学历教师',
  backboneTeachersPer100: '县级及以上骨干教师',
  peArtTeachersPer100: '体育、艺术专任教师',
  multimediaRoomsPer100: '网络多媒体教室',
  landAreaPerStudent: '校园总面积',
  buildingAreaPerStudent: '校舍建筑面积',
  greenAreaRatio: '绿化面积',
  schoolSize: '学校规模',
  classSize: '班额',
};

/** Excel format with thousands separators and the indicator's decimals; a share shows as a percentage. */
function valueFormat(def: IndicatorDef): string {
  if (def.measure === 'shareOf') return '0.00%';
  const decimals = def.decimals > 0 ? '.' + '0'.repeat(def.decimals) : '';
  return def.decimals >= 3 ? `0${decimals}` : `#,##0${decimals}`;
}

const LABELS = new Map<IndicatorId, IndicatorLabel>();

/** Names, direction and decimals come from the indicator definitions (indicators/definitions.ts). */
export function indicatorLabel(id: IndicatorId): IndicatorLabel {
  let l = LABELS.get(id);
  if (!l) {
    const def = INDICATOR_BY_ID.get(id);
    l = def
      ? { zh: def.zh, en: def.en, valueFmt: valueFormat(def), atMost: def.direction === 'max', gapNoun: GAP_NOUN[id] ?? def.zh }
      : { zh: id, en: id, valueFmt: '#,##0.00', atMost: false, gapNoun: id };
    LABELS.set(id, l);
  }
  return l;
}

/** Countable shortfalls are whole numbers; areas and money keep two decimals. */
export function shortfallFmt(unit: string): string {
  return /㎡|平方米|元/.test(unit) ? '#,##0.00' : '#,##0';
}

export const FMT = {
  int: '#,##0',
  dec2: '#,##0.00',
  cv: '0.000',
  pct: '0.00%',
} as const;

const STANDARD_TITLES: Record<string, string> = {
  'basic-2012': '县域义务教育均衡发展督导评估（基本均衡，教督〔2012〕3号）',
  'quality-2017': '县域义务教育优质均衡发展督导评估（优质均衡，教督〔2017〕6号）',
  hubei: '湖北省义务教育学校办学基本标准',
  hebei: '河北省义务教育学校办学基本标准',
};

/** Human title of a standard id; unknown ids are shown as they are. */
export function standardTitle(standard: string, province: string | null): string {
  const main = STANDARD_TITLES[standard] ?? standard;
  if (!province || province === standard) return main;
  return `${main} + ${STANDARD_TITLES[province] ?? province}`;
}

export function stageZh(stage: Stage): string {
  return STAGE_ZH[stage];
}

export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告' };

/** Chinese ordinal for group headings: 1 → 一, 12 → 十二, 105 → 105 (beyond 99 plain digits read better). */
export function zhOrdinal(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
}

/** toLocaleString builds a formatter per call (seconds for 10 000 schools); one per precision is enough. */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** Number shown inside a sentence ("相差 2,732 ㎡"), rounded like its cell format. */
export function plainNumber(v: number, fmt: string): string {
  const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
  if (fmt.endsWith('%')) return `${(v * 100).toFixed(decimals)}%`;
  let f = NUMBER_FORMATS.get(decimals);
  if (!f) NUMBER_FORMATS.set(decimals, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(v);
}
