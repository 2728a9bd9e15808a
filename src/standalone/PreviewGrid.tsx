/**
 * The census sheet as a plain grid, with Junheng's marks in their sheet colours and the selected cell outlined.
 * Read-only: the standalone page never edits census values.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef } from 'react';
import type { CellValue, SheetGrid } from '../core/grid';
import { columnName, isCellError, parseA1 } from '../core/grid';
import { MARK_STYLE, type MarkKind, type MarkSet } from '../core/sheet/model';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: 'calc(100vh - 140px)', border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontVariantNumeric: 'tabular-nums' },
  th: {
    position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3,
    fontWeight: 'normal', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', minWidth: '40px',
  },
  rowNum: { position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px' },
  td: { border: `1px solid ${tokens.colorNeutralStroke3}`, padding: '1px 4px', whiteSpace: 'nowrap', maxWidth: '220px', overflow: 'hidden', textOverflow: 'ellipsis' },
  num: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

function show(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 10000) / 10000);
  return String(v);
}

export function PreviewGrid({ grid, marks, selected }: { grid: SheetGrid; marks: MarkSet | null; selected: string | null }) {
  const s = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const r0 = grid.originRow ?? 0;
  const c0 = grid.originCol ?? 0;
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const markAt = useMemo(() => {
    const m = new Map<string, { kind: MarkKind; reason: string }>();
    for (const x of marks?.marks ?? []) if (!m.has(x.cell)) m.set(x.cell, { kind: x.kind, reason: x.reason });
    return m;
  }, [marks]);
  // Merged ranges: the top-left cell spans, the others are not drawn.
  const { span, hidden } = useMemo(() => {
    const span = new Map<string, { rowSpan: number; colSpan: number }>();
    const hidden = new Set<string>();
    for (const m of grid.merges) {
      span.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
    }
    return { span, hidden };
  }, [grid]);

  useEffect(() => {
    if (!selected) return;
    ref.current?.querySelector(`[data-cell="${selected}"]`)?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [selected]);

  const sel = selected ? (() => { try { return parseA1(selected); } catch { return null; } })() : null;
  return (
    <div className={s.wrap} ref={ref} data-testid="preview">
      <table className={s.table}>
        <thead>
          <tr>
            <th className={s.th} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} className={s.th}>
                {columnName(c + c0)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, r) => (
            <tr key={r}>
              <th className={s.rowNum}>{r + r0 + 1}</th>
              {Array.from({ length: width }, (_, c) => {
                if (hidden.has(`${r},${c}`)) return null;
                const addr = `${columnName(c + c0)}${r + r0 + 1}`;
                const v = row[c] ?? null;
                const mark = markAt.get(addr);
                const style = mark ? { backgroundColor: `#${MARK_STYLE[mark.kind].fill}`, color: `#${MARK_STYLE[mark.kind].color}` } : undefined;
                const isSel = sel !== null && sel.row === r + r0 && sel.col === c + c0;
                const cls = [s.td, typeof v === 'number' ? s.num : '', isSel ? s.selected : ''].join(' ');
                return (
                  <td key={c} className={cls} style={style} data-cell={addr} data-mark={mark?.kind} data-selected={isSel ? 'true' : undefined} title={mark ? `${addr}: ${mark.reason}` : show(v)} {...span.get(`${r},${c}`)}>
                    {show(v)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
