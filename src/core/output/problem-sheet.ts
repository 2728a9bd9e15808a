/**
 * 问题清单: the legend of the census marks, then every problem with severity, cell (a link that jumps to it),
 * field and message in zh-CN and English. Errors first, then warnings, each in sheet order.
 */
import { fieldDef } from '../fields';
import { parseA1 } from '../grid';
import type { Problem } from '../problems';
import { MARK_STYLE, type MarkKind, type SheetModel } from '../sheet/model';
import type { Evaluation } from '../types';
import { SEVERITY_ZH } from './format';
import { GROUP_FILL, SheetBuilder, num, text, type SheetContext } from './sheet-kit';

export const PROBLEM_SHEET = { id: 'problems', name: '问题清单' } as const;

const WIDTHS = [6, 8, 9, 7, 18, 56, 50];

function order(p: Problem): [number, number, number] {
  const at = p.cell ? parseA1(p.cell) : null;
  return [p.severity === 'error' ? 0 : 1, at?.row ?? (p.row ?? 0) - 1, at?.col ?? -1];
}

export function sortedProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, k: order(p), i }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.p);
}

export function buildProblemSheet(ev: Evaluation, ctx: SheetContext): SheetModel {
  const b = new SheetBuilder(WIDTHS.length);
  b.addTitle('数据问题清单', ctx);
  const errors = ev.problems.filter((p) => p.severity === 'error').length;
  const warnings = ev.problems.length - errors;

  // Legend of the marks on the census sheet, on top so it is seen before the list.
  b.addSpanning({ v: `统计表“${ev.sheet}”中的标记（重新运行时替换；清除标记后单元格恢复原样）：`, bold: true });
  for (const kind of ['fail', 'error', 'warning'] as MarkKind[]) {
    const s = MARK_STYLE[kind];
    const r = b.add([null, text('示例', { fill: s.fill, color: s.color, align: 'center' }), text(`${s.zh}　${s.en}`)]);
    for (let c = 3; c < WIDTHS.length; c++) b.rows[r][c] = { v: null, border: true };
    b.merge(r, 2, r, WIDTHS.length - 1);
  }
  b.addSpanning({
    v: `共 ${ev.problems.length} 条：错误 ${errors} 条，警告 ${warnings} 条。点击“单元格”栏可跳转到统计表中的对应单元格。`,
    size: 10,
  });

  b.addHeader(['序号', '严重程度', '单元格', '行', '字段', '问题说明', 'Message']);
  sortedProblems(ev.problems).forEach((p, i) => {
    const kind: MarkKind = p.severity;
    b.add([
      num(i + 1, '0', { align: 'center' }),
      text(SEVERITY_ZH[p.severity], { align: 'center', fill: MARK_STYLE[kind].fill }),
      p.cell
        ? text(p.cell, { align: 'center', color: '0563C1', link: { sheet: ev.sheet, cell: p.cell } })
        : text('—', { align: 'center' }),
      p.row === null ? text('—', { align: 'center' }) : num(p.row, '0', { align: 'center' }),
      text(p.field ? fieldDef(p.field).zh : '—'),
      text(p.message, { wrap: true }),
      text(p.messageEn, { wrap: true, size: 9 }),
    ]);
  });
  if (ev.problems.length === 0) b.addSpanning(text('未发现数据问题。', { align: 'center', fill: GROUP_FILL }));
  return b.sheet({ ...PROBLEM_SHEET, columnWidths: WIDTHS });
}
