/**
 * Problems found in the census: one shape for all of them (like zod's issues): a stable code, a severity, where
 * it is (cell, row, field) and params; the words come from the message catalogue in zh-CN and en.
 */
import type { FieldId } from './fields';
import { fieldDef } from './fields';

export type Severity = 'error' | 'warning';

/** Stable codes: reports and tests name problems by these. Add a message below for every new code. */
export type ProblemCode =
  // reading a cell
  | 'number-as-text' // warning: a number stored as text (incl. thousands separators, full-width digits)
  | 'unit-in-cell' // warning: the column's unit typed into the cell ("2732平米")
  | 'error-value' // error: #DIV/0!, #N/A …
  | 'not-a-number' // error: free text such as 不详
  | 'negative' // error
  | 'fractional-count' // error: 12.5 teachers
  | 'missing-value' // warning: blank cell in a mapped column that an indicator needs
  // the table
  | 'no-name' // error: a data row without a school name
  | 'field-not-found' // warning: a field an indicator needs has no column
  | 'low-confidence-column' // warning: a column mapped with low confidence
  // cross-field rules
  | 'subset-exceeds-total' // error: e.g. backbone teachers > teachers
  | 'indoor-exceeds-teaching' // error: 室内体育用房 > 教学及辅助用房
  | 'green-exceeds-site' // error: 绿化 > 占地
  | 'no-students' // error: students missing or 0
  | 'stage-sum-mismatch' // error: stage students do not add up to the total
  | 'duplicate-school' // error: same code, or same name and type, twice
  | 'unknown-school-type' // error: 办学类型 not recognised
  | 'outlier' // warning: ×10 / ×10 000 slip suspected
  | 'teachers-approximated'; // warning: mixed school's teachers split by student shares

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** A1 address in the census sheet, e.g. "H12"; null when the problem is about the whole table. */
  cell: string | null;
  /** 1-based sheet row; null when not about a row. */
  row: number | null;
  field: FieldId | null;
  /** zh-CN message. */
  message: string;
  messageEn: string;
  params: Record<string, string | number>;
}

type Params = Record<string, string | number>;
type Render = (p: Params, field: { zh: string; en: string }) => string;

const MESSAGES: Record<ProblemCode, { severity: Severity; zh: Render; en: Render }> = {
  'number-as-text': {
    severity: 'warning',
    zh: (p, f) => `${f.zh}：数字以文本形式存储（“${p.text}”），已按 ${p.value} 读取`,
    en: (p, f) => `${f.en}: number stored as text ("${p.text}"), read as ${p.value}`,
  },
  'unit-in-cell': {
    severity: 'warning',
    zh: (p, f) => `${f.zh}：单元格内带单位（“${p.text}”），已按 ${p.value} 读取`,
    en: (p, f) => `${f.en}: unit typed into the cell ("${p.text}"), read as ${p.value}`,
  },
  'error-value': {
    severity: 'error',
    zh: (p, f) => `${f.zh}：单元格为错误值 ${p.text}，应为数字`,
    en: (p, f) => `${f.en}: the cell holds the error value ${p.text}; a number was expected`,
  },
  'not-a-number': {
    severity: 'error',
    zh: (p, f) => `${f.zh}：“${p.text}”不是数字，应填写数值`,
    en: (p, f) => `${f.en}: "${p.text}" is not a number; a number was expected`,
  },
  negative: {
    severity: 'error',
    zh: (p, f) => `${f.zh}：${p.value} 为负数，应为不小于 0 的数`,
    en: (p, f) => `${f.en}: ${p.value} is negative; a number ≥ 0 was expected`,
  },
  'fractional-count': {
    severity: 'error',
    zh: (p, f) => `${f.zh}：${p.value} 不是整数，人数、册数、台数、间数应为整数`,
    en: (p, f) => `${f.en}: ${p.value} is not a whole number; counts must be whole numbers`,
  },
  'missing-value': {
    severity: 'warning',
    zh: (_p, f) => `${f.zh}：未填写，相关指标无法计算`,
    en: (_p, f) => `${f.en}: blank; the indicators that need it cannot be computed`,
  },
  'no-name': {
    severity: 'error',
    zh: () => `该行有数据但学校名称为空`,
    en: () => `this row has data but no school name`,
  },
  'field-not-found': {
    severity: 'warning',
    zh: (_p, f) => `未找到“${f.zh}”列，需要它的指标无法计算；可在列映射中指定`,
    en: (_p, f) => `no column found for "${f.en}"; the indicators that need it cannot be computed; set it in the column mapping`,
  },
  'low-confidence-column': {
    severity: 'warning',
    zh: (p, f) => `列 ${p.column}（“${p.header}”）识别为“${f.zh}”，把握不大，请核对列映射`,
    en: (p, f) => `column ${p.column} ("${p.header}") was taken as "${f.en}" with low confidence; please check the mapping`,
  },
  'subset-exceeds-total': {
    severity: 'error',
    zh: (p, f) => `${f.zh}（${p.value}）大于${p.totalZh}（${p.total}）`,
    en: (p, f) => `${f.en} (${p.value}) exceeds ${p.totalEn} (${p.total})`,
  },
  'indoor-exceeds-teaching': {
    severity: 'error',
    zh: (p) => `室内体育用房面积（${p.value}）大于教学及辅助用房面积（${p.total}）`,
    en: (p) => `indoor sports rooms (${p.value}) exceed teaching and auxiliary rooms (${p.total})`,
  },
  'green-exceeds-site': {
    severity: 'error',
    zh: (p) => `绿化用地面积（${p.value}）大于占地面积（${p.total}）`,
    en: (p) => `green area (${p.value}) exceeds the site area (${p.total})`,
  },
  'no-students': {
    severity: 'error',
    zh: () => `在校生数为空或为 0，无法计算生均指标`,
    en: () => `students blank or 0; per-student indicators cannot be computed`,
  },
  'stage-sum-mismatch': {
    severity: 'error',
    zh: (p) => `各学段在校生数之和（${p.sum}）与合计（${p.total}）不符`,
    en: (p) => `stage students add up to ${p.sum}, but the total is ${p.total}`,
  },
  'duplicate-school': {
    severity: 'error',
    zh: (p) => `学校“${p.name}”重复出现（另见第 ${p.otherRow} 行）`,
    en: (p) => `school "${p.name}" appears twice (see also row ${p.otherRow})`,
  },
  'unknown-school-type': {
    severity: 'error',
    zh: (p) => `无法识别的办学类型“${p.text}”，应为 小学 / 初级中学 / 九年一贯制学校 / 十二年一贯制学校 / 完全中学 / 小学教学点`,
    en: (p) => `unknown school type "${p.text}"; expected 小学 / 初级中学 / 九年一贯制学校 / 十二年一贯制学校 / 完全中学 / 小学教学点`,
  },
  outlier: {
    severity: 'warning',
    zh: (p, f) => `${f.zh}：${p.value} 与全县其他学校相差悬殊（约为中位数的 ${p.ratio} 倍），请核对单位（元/万元）或小数点`,
    en: (p, f) => `${f.en}: ${p.value} is implausible against the rest of the county (about ${p.ratio}× the median); check the unit (元/万元) or the decimal point`,
  },
  'teachers-approximated': {
    severity: 'warning',
    zh: (p) => `一贯制学校的${p.fieldsZh}只填了全校合计，已按各学段学生数比例估算（近似值）`,
    en: (p) => `mixed school: ${p.fieldsEn} given only as school totals; split by the stages' student shares (approximate)`,
  },
};

export interface ProblemAt {
  cell?: string | null;
  row?: number | null;
  field?: FieldId | null;
  params?: Params;
  /** Override the catalogue's severity (rare: e.g. a missing value that blocks a school standard). */
  severity?: Severity;
}

export function problem(code: ProblemCode, at: ProblemAt = {}): Problem {
  const m = MESSAGES[code];
  const params = at.params ?? {};
  const field = at.field ? fieldDef(at.field) : { zh: '', en: '' };
  const prefixZh = at.cell ? `${at.cell}：` : at.row ? `第 ${at.row} 行：` : '';
  const prefixEn = at.cell ? `${at.cell}: ` : at.row ? `row ${at.row}: ` : '';
  return {
    severity: at.severity ?? m.severity,
    code,
    cell: at.cell ?? null,
    row: at.row ?? null,
    field: at.field ?? null,
    message: prefixZh + m.zh(params, field),
    messageEn: prefixEn + m.en(params, field),
    params,
  };
}

export const PROBLEM_CODES = Object.keys(MESSAGES) as ProblemCode[];
