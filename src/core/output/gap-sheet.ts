/**
 * 差距值一览表: per school and stage, each unmet indicator with 标准值, 现有值, 差距 and the amount missing in the
 * unit a principal acts on, grouped by school like seed 003's list ("一、擂鼓中学：学生652人，1、教学及辅助用房面积相差
 * 2732平米"). Passing schools are listed as 达标; schools left out of the evaluation are listed with the reason.
 */
import type { IndicatorId } from '../indicators/ids';
import type { SheetModel } from '../sheet/model';
import type { Evaluation, IndicatorResult, SchoolResult } from '../types';
import { FMT, indicatorLabel, plainNumber, shortfallFmt, stageZh, zhOrdinal } from './format';
import { GROUP_FILL, SheetBuilder, num, text, type SheetContext } from './sheet-kit';

export const GAP_SHEET = { id: 'gaps', name: '差距值一览表' } as const;

const WIDTHS = [6, 30, 11, 11, 11, 9, 14, 8, 36];

/** Per-student gap: how far the value is from the standard, in the value's unit. */
export function perStudentGap(id: IndicatorId, r: IndicatorResult): number | null {
  if (r.value === null || r.standard === null || r.met !== false) return null;
  return indicatorLabel(id).atMost ? r.value - r.standard : r.standard - r.value;
}

/** The seed's wording: "图书相差 12,720 册", "超班额（12 个班）". */
export function gapSentence(id: IndicatorId, r: IndicatorResult): string {
  const label = indicatorLabel(id);
  if (r.value === null) return `${label.zh}：数据缺失或有误，无法计算`;
  if (r.shortfall === null) return `${label.zh}未达标`;
  const amount = plainNumber(r.shortfall, shortfallFmt(r.shortfallUnit));
  if (id === 'classSize') return `超班额（${amount} ${r.shortfallUnit}）`;
  if (id === 'schoolSize') return `学校规模超出 ${amount} ${r.shortfallUnit}`;
  return `${label.gapNoun}相差 ${amount} ${r.shortfallUnit}`;
}

function schoolHeading(n: number, s: SchoolResult, failing: IndicatorId[]): string {
  const students = s.students === null ? '学生数不详' : `学生 ${plainNumber(s.students, FMT.int)} 人`;
  let status: string;
  if (s.passed === true) status = failing.length ? `达标（${failing.length} 项未达标，在允许范围内）` : '达标';
  else if (s.passed === false) status = `未达标（${failing.length} 项）`;
  else status = failing.length ? `${failing.length} 项未达标` : '无适用的学校标准';
  return `${zhOrdinal(n)}、${s.name}（${stageZh(s.stage)}）：${students}　${status}`;
}

/** Unmet indicators of a school in the evaluation's display order. */
export function failingIndicators(ev: Evaluation, s: SchoolResult): IndicatorId[] {
  return ev.indicatorOrder.filter((id) => s.indicators[id]?.met === false);
}

export function sortedSchools(schools: SchoolResult[]): SchoolResult[] {
  return [...schools].sort((a, b) => a.row - b.row || (a.stage === b.stage ? 0 : a.stage === 'primary' ? -1 : 1));
}

export function buildGapSheet(ev: Evaluation, ctx: SheetContext): SheetModel {
  const b = new SheetBuilder(WIDTHS.length);
  b.addTitle('义务教育学校评估指标差距值一览表', ctx);
  b.addHeader(['序号', '指标', '标准值', '现有值', '差距（生均）', '指标单位', '需补足', '补足单位', '说明']);

  const counted = sortedSchools(ev.schools.filter((s) => s.counted));
  if (counted.length === 0) b.addSpanning(text('没有参加评估的学校', { align: 'center' }));
  counted.forEach((s, i) => {
    const failing = failingIndicators(ev, s);
    const ok = s.passed === true && failing.length === 0;
    b.addSpanning(text(schoolHeading(i + 1, s, failing), { bold: true, fill: GROUP_FILL, color: ok ? '006100' : undefined }));
    failing.forEach((id, k) => {
      const r = s.indicators[id]!;
      const label = indicatorLabel(id);
      b.add([
        num(k + 1, '0', { align: 'center' }),
        text(label.zh),
        num(r.standard, label.valueFmt),
        num(r.value, label.valueFmt),
        num(perStudentGap(id, r), label.valueFmt),
        text(r.unit, { align: 'center' }),
        num(r.value === null ? null : r.shortfall, shortfallFmt(r.shortfallUnit), { bold: true }),
        text(r.shortfallUnit, { align: 'center' }),
        text(gapSentence(id, r), { wrap: true }),
      ]);
    });
  });

  const excluded = sortedSchools(ev.schools.filter((s) => !s.counted));
  if (excluded.length) {
    b.blank();
    b.addSpanning(text(`不参加评估的学校（${excluded.length} 个学段）`, { bold: true, fill: GROUP_FILL }));
    excluded.forEach((s, i) => {
      b.add([num(i + 1, '0', { align: 'center' }), text(`${s.name}（${stageZh(s.stage)}）`), null, null, null, null, null, null, null]);
      const r = b.rows.length - 1;
      b.rows[r][2] = text(s.excludedReason ?? '不计入', { wrap: true });
      for (let c = 3; c < WIDTHS.length; c++) b.rows[r][c] = { v: null, border: true };
      b.merge(r, 2, r, WIDTHS.length - 1);
    });
  }
  return b.sheet({ ...GAP_SHEET, columnWidths: WIDTHS });
}
