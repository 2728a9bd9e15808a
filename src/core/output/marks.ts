/**
 * The census cells to mark and why: inputs of unmet indicators (dark, as the declaration form asks), unreadable
 * cells (errors) and cells to check (warnings). One mark per cell: an error outranks a failing value, which
 * outranks a warning; the reasons of all are kept.
 */
import type { NumberFieldId } from '../fields';
import { a1, parseA1 } from '../grid';
import type { Mark, MarkKind, MarkSet } from '../sheet/model';
import type { Evaluation, StageRecord } from '../types';
import { indicatorLabel, plainNumber, stageZh } from './format';

const RANK: Record<MarkKind, number> = { error: 0, fail: 1, warning: 2 };

/** Student counts are inputs of every per-student indicator; shading them would not say what is missing. */
const STUDENT_FIELDS: NumberFieldId[] = ['students', 'studentsPrimary', 'studentsJunior', 'studentsSenior'];

function studentCells(rec: StageRecord | undefined): Set<string> {
  const out = new Set<string>();
  for (const f of STUDENT_FIELDS) {
    const c = rec?.cells[f];
    if (c) out.add(c);
  }
  return out;
}

export function buildMarks(ev: Evaluation): MarkSet {
  const byCell = new Map<string, { kind: MarkKind; reasons: string[] }>();
  const put = (cell: string, kind: MarkKind, reason: string) => {
    const key = cell.replace(/\$/g, '').toUpperCase();
    const m = byCell.get(key);
    if (!m) byCell.set(key, { kind, reasons: [reason] });
    else {
      if (RANK[kind] < RANK[m.kind]) m.kind = kind;
      if (!m.reasons.includes(reason)) m.reasons.push(reason);
    }
  };

  const records = new Map(ev.records.map((r) => [`${r.row}:${r.stage}`, r]));
  for (const s of ev.schools) {
    const skip = studentCells(records.get(`${s.row}:${s.stage}`));
    for (const id of ev.indicatorOrder) {
      const r = s.indicators[id];
      if (!r || r.met !== false) continue;
      const label = indicatorLabel(id);
      const now = r.value === null ? '无法计算' : plainNumber(r.value, label.valueFmt);
      const std = r.standard === null ? '—' : plainNumber(r.standard, label.valueFmt);
      const reason = `${s.name}（${stageZh(s.stage)}）${label.zh}未达标：现有 ${now}，标准 ${std}`;
      const own = id === 'schoolSize' || id === 'classSize';
      const cells = r.cells.filter((c) => own || !skip.has(c));
      for (const c of cells.length ? cells : r.cells) put(c, 'fail', reason);
    }
  }
  for (const p of ev.problems) if (p.cell) put(p.cell, p.severity, p.message);

  const marks: Mark[] = [...byCell.entries()]
    .map(([cell, m]) => ({ cell, kind: m.kind, reason: m.reasons.join('；'), at: parseA1(cell) }))
    .sort((x, y) => x.at.row - y.at.row || x.at.col - y.at.col)
    .map(({ cell, kind, reason }) => ({ cell, kind, reason }));

  return { sheet: ev.sheet, range: censusRange(ev, marks), marks };
}

/** Header + data of the census table, grown to hold every mark (the mirror and the rules cover this range). */
export function censusRange(ev: Evaluation, marks: Mark[]): string {
  const t = ev.table;
  const cols = t.columns.map((c) => c.column);
  let top = t.headerTop;
  let left = cols.length ? Math.min(...cols) : 0;
  let bottom = t.dataRows.reduce((m, r) => Math.max(m, r), t.headerTop + t.headerRows - 1);
  let right = Math.max(t.lastColumn, left);
  for (const m of marks) {
    const at = parseA1(m.cell);
    top = Math.min(top, at.row);
    left = Math.min(left, at.col);
    bottom = Math.max(bottom, at.row);
    right = Math.max(right, at.col);
  }
  return `${a1(top, left)}:${a1(bottom, right)}`;
}
