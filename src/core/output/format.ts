/**
 * Words and number formats shared by every generated sheet: indicator names, units, standard titles, severities.
 * Indicator names follow the domain brief §5; when `indicators/definitions.ts` exists its names should win.
 */
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

const L = (zh: string, en: string, valueFmt: string, gapNoun: string, atMost = false): IndicatorLabel => ({
  zh,
  en,
  valueFmt,
  atMost,
  gapNoun,
});

/** Domain brief §5. */
export const INDICATOR_LABELS: Record<IndicatorId, IndicatorLabel> = {
  teachingAreaPerStudent: L('生均教学及辅助用房面积', 'Teaching rooms per student', '#,##0.00', '教学及辅助用房面积'),
  sportsAreaPerStudent: L('生均体育运动场馆面积', 'Sports area per student', '#,##0.00', '体育运动场馆面积'),
  equipmentValuePerStudent: L('生均教学仪器设备值', 'Equipment value per student', '#,##0.00', '教学仪器设备值'),
  computersPer100: L('每百名学生拥有计算机台数', 'Computers per 100 students', '#,##0.00', '计算机'),
  booksPerStudent: L('生均图书册数', 'Books per student', '#,##0.00', '图书'),
  teachersPerStudent: L('师生比', 'Teachers per student', '0.0000', '专任教师'),
  aboveDegreeTeachersPerStudent: L('生均高于规定学历教师数', 'Teachers above the required degree per student', '0.0000', '高于规定学历教师'),
  seniorTitleTeachersPerStudent: L('生均中级及以上专业技术职务教师数', 'Teachers with an intermediate title per student', '0.0000', '中级及以上职称教师'),
  aboveDegreeTeachersPer100: L('每百名学生拥有高于规定学历教师数', 'Teachers above the required degree per 100 students', '#,##0.00', '高于规定学历教师'),
  backboneTeachersPer100: L('每百名学生拥有县级及以上骨干教师数', 'Backbone teachers per 100 students', '#,##0.00', '县级及以上骨干教师'),
  peArtTeachersPer100: L('每百名学生拥有体育、艺术专任教师数', 'PE and arts teachers per 100 students', '#,##0.00', '体育、艺术专任教师'),
  multimediaRoomsPer100: L('每百名学生拥有网络多媒体教室数', 'Multimedia classrooms per 100 students', '#,##0.00', '网络多媒体教室'),
  landAreaPerStudent: L('生均占地（校园）面积', 'Site area per student', '#,##0.00', '校园总面积'),
  buildingAreaPerStudent: L('生均校舍建筑面积', 'Building area per student', '#,##0.00', '校舍建筑面积'),
  greenAreaRatio: L('绿化用地占校园面积比例', 'Green area share of the site', '0.00%', '绿化面积'),
  schoolSize: L('学校规模', 'School size', '#,##0', '学校规模', true),
  classSize: L('班额', 'Class size', '#,##0.0', '班额', true),
};

export function indicatorLabel(id: IndicatorId): IndicatorLabel {
  return INDICATOR_LABELS[id] ?? L(id, id, '#,##0.00', id);
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

/** Number shown inside a sentence ("相差 2,732 ㎡"), rounded like its cell format. */
export function plainNumber(v: number, fmt: string): string {
  const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
  if (fmt.endsWith('%')) return `${(v * 100).toFixed(decimals)}%`;
  return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
