/**
 * 达标情况 (申报表 表Ⅱ-2 style): one row per school stage under its stage's standard, indicator values with the
 * failing ones on a dark background, and 该校综合评估是否达标 = 1 for a passing school (0 when it fails).
 */
import type { IndicatorId } from '../indicators/ids';
import { MARK_STYLE, type CellSpec, type SheetModel } from '../sheet/model';
import { STAGES, type Evaluation, type SchoolResult, type Stage } from '../types';
import { FMT, indicatorLabel, plainNumber, stageZh } from './format';
import { failingIndicators, sortedSchools } from './gap-sheet';
import { GROUP_FILL, SheetBuilder, head, num, text, type SheetContext } from './sheet-kit';

export const COMPLIANCE_SHEET = { id: 'compliance', name: '达标情况' } as const;

/** Indicators that carry a per-school standard somewhere in this evaluation. */
export function standardIndicators(ev: Evaluation): IndicatorId[] {
  return ev.indicatorOrder.filter((id) => ev.schools.some((s) => s.counted && s.indicators[id] && s.indicators[id]!.met !== null));
}

/** The stage's standard for an indicator: a number when all schools share it, else the range as text. */
function stageStandard(schools: SchoolResult[], id: IndicatorId): CellSpec {
  const values = [...new Set(schools.map((s) => s.indicators[id]?.standard).filter((v): v is number => typeof v === 'number'))];
  const label = indicatorLabel(id);
  const extra: Partial<CellSpec> = { bold: true, fill: GROUP_FILL };
  if (values.length === 0) return text('—', { ...extra, align: 'center' });
  if (values.length === 1) return num(values[0], label.valueFmt, extra);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return text(`${plainNumber(lo, label.valueFmt)}～${plainNumber(hi, label.valueFmt)}`, { ...extra, align: 'center' });
}

export function buildComplianceSheet(ev: Evaluation, ctx: SheetContext): SheetModel {
  const ids = standardIndicators(ev);
  const widths = [6, 24, 6, 10, ...ids.map(() => 12), 8, 12];
  const b = new SheetBuilder(widths.length);
  b.addTitle('义务教育学校办学标准达标情况（表Ⅱ-2）', ctx);
  b.addHeader([
    head('序号'),
    head('学校名称'),
    head('学段'),
    head('学生数（人）'),
    ...ids.map((id) => {
      const unit = ev.schools.find((s) => s.indicators[id])?.indicators[id]?.unit;
      return head(unit ? `${indicatorLabel(id).zh}（${unit}）` : indicatorLabel(id).zh, { size: 9 });
    }),
    head('未达标项数'),
    head('该校综合评估是否达标'),
  ]);

  const byStage = (st: Stage) => sortedSchools(ev.schools.filter((s) => s.counted && s.stage === st));
  let any = false;
  for (const st of STAGES) {
    const schools = byStage(st);
    if (!schools.length) continue;
    any = true;
    b.add([
      text(`${stageZh(st)}（${schools.length} 所）`, { bold: true, fill: GROUP_FILL }),
      null,
      null,
      text('标准值', { bold: true, fill: GROUP_FILL, align: 'center' }),
      ...ids.map((id) => stageStandard(schools, id)),
      text('', { fill: GROUP_FILL }),
      text('', { fill: GROUP_FILL }),
    ]);
    const r = b.rows.length - 1;
    b.rows[r][1] = { v: null, border: true, fill: GROUP_FILL };
    b.rows[r][2] = { v: null, border: true, fill: GROUP_FILL };
    b.merge(r, 0, r, 2);
    schools.forEach((s, i) => {
      const failing = failingIndicators(ev, s);
      b.add([
        num(i + 1, '0', { align: 'center' }),
        text(s.name),
        text(stageZh(s.stage), { align: 'center' }),
        num(s.students, FMT.int),
        ...ids.map((id) => {
          const res = s.indicators[id];
          if (!res) return text('', { align: 'center' });
          const dark = res.met === false ? { fill: MARK_STYLE.fail.fill, color: MARK_STYLE.fail.color } : {};
          return num(res.value, indicatorLabel(id).valueFmt, dark);
        }),
        num(failing.length, FMT.int, { align: 'center' }),
        s.passed === null ? text('—', { align: 'center' }) : num(s.passed ? 1 : 0, '0', { align: 'center', bold: s.passed }),
      ]);
    });
  }
  if (!any) b.addSpanning(text('没有参加评估的学校', { align: 'center' }));
  b.blank();
  b.addSpanning({ v: `注：深色底为未达标的指标值；“该校综合评估是否达标”栏达标填 1，未达标填 0。`, size: 9 });
  return b.sheet({ ...COMPLIANCE_SHEET, columnWidths: widths });
}
