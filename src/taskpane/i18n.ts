/**
 * UI strings, zh-CN first with English. One table so a missing translation is a type error, not a blank label.
 * `{name}` placeholders are filled by `t(key, {name: …})`.
 */
import { createContext, useContext } from 'react';
import type { IndicatorId } from '../core/indicators/ids';

export type Lang = 'zh' | 'en';

const STRINGS = {
  appTitle: ['均衡评估', 'Junheng'],
  appSubtitle: ['义务教育均衡发展督导评估', 'Balanced education check'],
  switchLang: ['English', '中文'],
  loading: ['正在读取工作簿…', 'Reading the workbook…'],
  census: ['普查表', 'Census table'],
  sheet: ['工作表', 'Sheet'],
  tableFound: ['第 {first}–{last} 行，{schools} 行学校数据，{columns} 列已识别', 'Rows {first}–{last}: {schools} school rows, {columns} columns recognised'],
  noTable: [
    '在此工作表中未找到普查表。普查表需要有“学校名称”“在校生数”等表头；请选择普查表所在的工作表。',
    'No census table on this sheet. A census table has headers such as 学校名称 (school name) and 在校生数 (students); pick the sheet that holds it.',
  ],
  noSheets: ['工作簿中没有可用的工作表。', 'The workbook has no sheet to read.'],
  mapping: ['列映射', 'Column mapping'],
  mappingSummary: ['{mapped} 列已对应字段，{low} 列需核对', '{mapped} columns mapped, {low} to check'],
  mappingHint: ['点击一列可修改它对应的字段；修改在评估时保存到工作簿中，下次打开自动沿用。', 'Click a column to change its field. Changes are saved in the workbook when you evaluate and reused next time.'],
  unmapped: ['（不使用此列）', '(column not used)'],
  userSet: ['手动', 'manual'],
  resetMapping: ['恢复自动识别', 'Reset to automatic'],
  standard: ['评估标准', 'Standard'],
  framework: ['评估办法', 'Framework'],
  cvEach: ['差异系数逐项：小学 ≤ {primary}，初中 ≤ {junior}', 'Each CV ≤ {primary} (primary), ≤ {junior} (junior)'],
  cvComposite: ['综合差异系数：小学 ≤ {primary}，初中 ≤ {junior}', 'Composite CV ≤ {primary} (primary), ≤ {junior} (junior)'],
  figCounted: ['计入学校', 'Counted'],
  figFailing: ['未达标', 'Below std'],
  figCvOver: ['差异系数超标', 'CVs over'],
  figErrors: ['数据错误', 'Data errors'],
  province: ['省级办学基本标准', 'Provincial school standard'],
  provinceNone: ['不加省级标准（只算差异系数）', 'None (coefficients of variation only)'],
  evaluate: ['评估', 'Evaluate'],
  reevaluate: ['重新评估', 'Re-evaluate'],
  evaluating: ['正在评估…', 'Evaluating…'],
  stageRead: ['读取普查表', 'Reading the census table'],
  stageEvaluate: ['计算指标与差异系数', 'Computing indicators and CVs'],
  stageWrite: ['写入标记和汇总表', 'Writing marks and summary sheets'],
  stale: ['评估之后普查表已被修改，下面的结果可能已过时。', 'The census table was edited after the evaluation; the result below may be out of date.'],
  verdictPass: ['县域评估结论：达标', 'County verdict: meets the standard'],
  verdictFail: ['县域评估结论：未达标', 'County verdict: does not meet the standard'],
  standardLine: ['标准：{standard}', 'Standard: {standard}'],
  dispersion: ['差异系数', 'Coefficients of variation'],
  dispersionHint: ['按学生数加权；竖线为标准上限，按三位小数比较。', 'Student-weighted; the tick is the limit, compared at 3 decimals.'],
  composite: ['综合差异系数', 'Composite CV'],
  limit: ['≤ {limit}', '≤ {limit}'],
  notComputed: ['无法计算', 'n/a'],
  noLimit: ['无上限', 'no limit'],
  schoolsInStage: ['{stage}：{n} 所学校计入', '{stage}: {n} schools counted'],
  failingSchools: ['未达标学校', 'Schools below standard'],
  allPass: ['计入评估的学校全部达到办学标准。', 'Every counted school meets the school standard.'],
  noSchoolStandard: ['当前标准没有逐校办学标准（基本均衡未选省级标准），只计算差异系数。', 'No per-school standard applies (basic balance without a provincial standard); only the CVs are computed.'],
  shortBy: ['差 {amount}', '−{amount}'],
  problems: ['数据问题', 'Data problems'],
  errors: ['错误', 'Errors'],
  warnings: ['需核对', 'To check'],
  noProblems: ['未发现数据问题。', 'No data problems found.'],
  showAll: ['显示全部 {n} 条', 'Show all {n}'],
  clickToSelect: ['点击定位到单元格', 'Click to select the cell'],
  actions: ['输出', 'Output'],
  writeSheets: ['写入汇总表', 'Write summary sheets'],
  writePlan: ['生成推进计划', 'Write the plan'],
  clearMarks: ['清除标记', 'Clear marks'],
  planStart: ['计划开始日期', 'Plan starts'],
  planInspection: ['评估验收日期', 'Inspection date'],
  planDatesInvalid: ['验收日期应晚于开始日期。', 'The inspection date must come after the start date.'],
  written: ['已写入：{names}', 'Written: {names}'],
  marksCleared: ['已清除普查表上的标记，数据未改动。', 'Marks cleared; no data was changed.'],
  errorTitle: ['出错了', 'Something went wrong'],
  legend: ['标记说明', 'Marks'],
  excludedSchools: ['不计入评估：{n} 所', 'Not counted: {n}'],
  notInOffice: [
    '此页面需要在 Excel 中作为加载项打开。没有 Excel 时，请使用独立网页版：',
    'This page runs inside Excel as an add-in. Without Excel, use the standalone page:',
  ],
  standalonePage: ['独立网页版', 'Standalone page'],
  // standalone page
  pickFile: ['选择普查表文件（.xlsx）', 'Choose the census workbook (.xlsx)'],
  pickHint: ['文件只在本机浏览器中处理，不会上传。', 'The file is processed in this browser only; nothing is uploaded.'],
  readingFile: ['正在打开 {name}…', 'Opening {name}…'],
  notXlsx: ['无法打开此文件：{reason}。请选择 Excel 2007 及以上版本的 .xlsx 文件（.xls 请先在 Excel/WPS 中另存为 .xlsx）。', 'Cannot open this file: {reason}. Choose an .xlsx workbook (save an .xls as .xlsx first).'],
  download: ['下载评估后的工作簿', 'Download the evaluated workbook'],
  preview: ['普查表预览', 'Census preview'],
  previewEmpty: ['评估后在此显示普查表和标记。', 'The census table and its marks appear here after the evaluation.'],
  otherFile: ['换一个文件', 'Choose another file'],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof STRINGS;

export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const s: string = STRINGS[key][lang === 'zh' ? 0 : 1];
  return params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s;
}

/** Short display names of the indicators (the sheets use the full official wording). */
export const INDICATOR_LABEL: Record<IndicatorId, readonly [string, string]> = {
  teachingAreaPerStudent: ['生均教学及辅助用房面积', 'Teaching rooms per student'],
  sportsAreaPerStudent: ['生均体育运动场馆面积', 'Sports area per student'],
  equipmentValuePerStudent: ['生均教学仪器设备值', 'Equipment value per student'],
  computersPer100: ['每百名学生拥有计算机台数', 'Computers per 100 students'],
  booksPerStudent: ['生均图书册数', 'Books per student'],
  teachersPerStudent: ['师生比', 'Teachers per student'],
  aboveDegreeTeachersPerStudent: ['生均高于规定学历教师数', 'Above-degree teachers per student'],
  seniorTitleTeachersPerStudent: ['生均中级及以上职称教师数', 'Senior-title teachers per student'],
  aboveDegreeTeachersPer100: ['每百名学生高于规定学历教师数', 'Above-degree teachers per 100'],
  backboneTeachersPer100: ['每百名学生县级以上骨干教师数', 'Backbone teachers per 100'],
  peArtTeachersPer100: ['每百名学生体育艺术专任教师数', 'PE and arts teachers per 100'],
  multimediaRoomsPer100: ['每百名学生网络多媒体教室数', 'Multimedia rooms per 100'],
  landAreaPerStudent: ['生均占地面积', 'Site area per student'],
  buildingAreaPerStudent: ['生均校舍建筑面积', 'Building area per student'],
  greenAreaRatio: ['绿化用地占比', 'Green share of the site'],
  schoolSize: ['学校规模', 'School size'],
  classSize: ['班额', 'Class size'],
};

/** Short names for narrow lists (the usual abbreviations in county reports); full names go in tooltips. */
export const INDICATOR_SHORT: Record<IndicatorId, readonly [string, string]> = {
  teachingAreaPerStudent: ['生均教辅用房', 'Teaching rm/st'],
  sportsAreaPerStudent: ['生均体育场馆', 'Sports/st'],
  equipmentValuePerStudent: ['生均仪器设备值', 'Equipment/st'],
  computersPer100: ['百生计算机', 'PCs/100'],
  booksPerStudent: ['生均图书', 'Books/st'],
  teachersPerStudent: ['师生比', 'Teacher ratio'],
  aboveDegreeTeachersPerStudent: ['生均高学历教师', 'Degree tch/st'],
  seniorTitleTeachersPerStudent: ['生均中高级职称教师', 'Senior tch/st'],
  aboveDegreeTeachersPer100: ['百生高学历教师', 'Degree tch/100'],
  backboneTeachersPer100: ['百生骨干教师', 'Backbone/100'],
  peArtTeachersPer100: ['百生体艺教师', 'PE+arts/100'],
  multimediaRoomsPer100: ['百生多媒体教室', 'Media rm/100'],
  landAreaPerStudent: ['生均占地', 'Site/st'],
  buildingAreaPerStudent: ['生均校舍', 'Building/st'],
  greenAreaRatio: ['绿化率', 'Green share'],
  schoolSize: ['学校规模', 'School size'],
  classSize: ['班额', 'Class size'],
};

export interface I18n {
  lang: Lang;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
  /** Pick the zh or en member of a pair. */
  pick: (zh: string, en: string) => string;
  setLang: (lang: Lang) => void;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void = () => {}): I18n {
  return { lang, t: (k, p) => translate(lang, k, p), pick: (zh, en) => (lang === 'zh' ? zh : en), setLang };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The saved language choice (per browser profile), zh-CN by default. */
export function initialLang(): Lang {
  try {
    const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
    if (fromUrl === 'zh' || fromUrl === 'en') return fromUrl;
    const saved = globalThis.localStorage?.getItem('junheng.lang');
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage blocked (some Office hosts): fall back to the default
  }
  return 'zh';
}

export function saveLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem('junheng.lang', lang);
  } catch {
    // not remembered; harmless
  }
}
