/**
 * 差异系数 (申报表 表Ⅲ style): per stage, each indicator's student-weighted county mean, CV, limit and verdict; the
 * composite CV for basic balance; then the county verdict with its reasons. CVs keep full precision in the cell
 * and show 3 decimals, as published tables do.
 */
import type { IndicatorId } from '../indicators/ids';
import type { SheetModel } from '../sheet/model';
import { STAGES, type Evaluation } from '../types';
import { FMT, indicatorLabel, stageZh } from './format';
import { GROUP_FILL, SheetBuilder, num, text, type SheetContext } from './sheet-kit';

export const DISPERSION_SHEET = { id: 'dispersion', name: '差异系数' } as const;

const WIDTHS = [6, 40, 12, 16, 12, 12, 12];

const verdictCell = (met: boolean | null) =>
  text(met === null ? '—' : met ? '达标' : '未达标', { align: 'center', bold: met === false, color: met === false ? 'C00000' : undefined });

export function buildDispersionSheet(ev: Evaluation, ctx: SheetContext): SheetModel {
  const b = new SheetBuilder(WIDTHS.length);
  b.addTitle('县域义务教育学校间差异系数（表Ⅲ）', ctx);
  b.addHeader(['序号', '指标', '参评学校数', '县均值（按学生数加权）', '差异系数', '标准（≤）', '是否达标']);

  for (const st of STAGES) {
    const d = ev.dispersion[st];
    const ids = ev.indicatorOrder.filter((id): id is IndicatorId => !!d?.indicators[id]);
    if (!d || ids.length === 0) continue;
    b.addSpanning(text(`${stageZh(st)}（参评学校 ${d.schools} 所）`, { bold: true, fill: GROUP_FILL }));
    ids.forEach((id, i) => {
      const e = d.indicators[id]!;
      const label = indicatorLabel(id);
      b.add([
        num(i + 1, '0', { align: 'center' }),
        text(label.zh),
        num(e.schools, FMT.int, { align: 'center' }),
        num(e.mean, label.valueFmt),
        num(e.cv, FMT.cv),
        num(e.limit, FMT.cv),
        verdictCell(e.met),
      ]);
    });
    if (d.composite) {
      b.add([
        text('', {}),
        text('综合差异系数（各项差异系数的平均值）', { bold: true }),
        text('', {}),
        text('', {}),
        num(d.composite.cv, FMT.cv, { bold: true }),
        num(d.composite.limit, FMT.cv, { bold: true }),
        verdictCell(d.composite.met),
      ]);
    }
  }

  b.blank();
  const v = ev.verdict;
  b.addSpanning(
    text(`县域结论：${v.passed ? '达标' : '未达标'}`, { bold: true, size: 12, fill: GROUP_FILL, color: v.passed ? '006100' : 'C00000' }),
  );
  v.reasons.forEach((r, i) => b.addSpanning(text(`${i + 1}. ${r.zh}`, { wrap: true })));
  b.blank();
  b.addSpanning({
    v: '注：差异系数按学生数加权计算（总体标准差 ÷ 加权平均值），与标准比较时取三位小数；单元格保留完整数值。',
    size: 9,
  });
  return b.sheet({ ...DISPERSION_SHEET, columnWidths: WIDTHS });
}
