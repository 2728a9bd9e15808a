/** The readable summary the command line prints: verdict, CVs against limits, failing schools, problem counts. */
import { roundCv } from '../core/dispersion';
import { indicatorDef } from '../core/indicators/definitions';
import { STAGES, STAGE_ZH, type Evaluation } from '../core/types';

const cv = (v: number | null) => (v == null ? '  —  ' : roundCv(v).toFixed(3));
const mark = (met: boolean | null) => (met === true ? '✓ 达标' : met === false ? '✗ 未达标' : '');

export function formatSummary(ev: Evaluation, opts: { quiet?: boolean } = {}): string {
  const lines: string[] = [];
  const counted = ev.schools.filter((s) => s.counted);
  lines.push(`均衡 Junheng — 工作表“${ev.sheet}”，标准 ${ev.standard}${ev.province ? ` + ${ev.province}` : ''}`);
  lines.push(
    `学校记录 ${ev.schools.length} 个（学段），参与评估 ${counted.length} 个，不计 ${ev.schools.length - counted.length} 个`,
  );
  lines.push('');
  lines.push(`县域结论 / County verdict: ${ev.verdict.passed ? '达标 PASSED' : '未达标 NOT PASSED'}`);
  for (const r of ev.verdict.reasons) lines.push(`  · ${r.zh}`);
  if (opts.quiet) return lines.join('\n');

  for (const stage of STAGES) {
    const sd = ev.dispersion[stage];
    if (sd.schools === 0) continue;
    lines.push('');
    lines.push(`${STAGE_ZH[stage]}差异系数（${sd.schools} 所学校参与）`);
    for (const [id, e] of Object.entries(sd.indicators)) {
      if (!e) continue;
      const def = indicatorDef(id as never);
      lines.push(`  ${cv(e.cv)}${e.limit != null ? ` ≤ ${e.limit.toFixed(2)}` : '       '}  ${mark(e.met).padEnd(6)} ${def.zh}`);
    }
    if (sd.composite) lines.push(`  ${cv(sd.composite.cv)} ≤ ${sd.composite.limit.toFixed(2)}  ${mark(sd.composite.met).padEnd(6)} 综合差异系数`);
  }

  const failing = counted.filter((s) => s.passed === false);
  if (failing.length) {
    lines.push('');
    lines.push(`未达标学校 ${failing.length} 个（学段）：`);
    for (const s of failing.slice(0, 30)) {
      const items = s.failing.map((id) => indicatorDef(id).zh).join('、');
      lines.push(`  第${s.row}行 ${s.name}（${STAGE_ZH[s.stage]}）：${items}`);
    }
    if (failing.length > 30) lines.push(`  …… 另有 ${failing.length - 30} 个，见 JSON 报告`);
  }

  const errors = ev.problems.filter((p) => p.severity === 'error');
  const warnings = ev.problems.filter((p) => p.severity === 'warning');
  lines.push('');
  lines.push(`数据问题：错误 ${errors.length} 个，警告 ${warnings.length} 个`);
  const byCode = new Map<string, number>();
  for (const p of ev.problems) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
  if (byCode.size) lines.push('  ' + [...byCode].map(([c, n]) => `${c} × ${n}`).join('，'));
  for (const p of errors.slice(0, 15)) lines.push(`  ✗ ${p.message}`);
  if (errors.length > 15) lines.push(`  …… 另有 ${errors.length - 15} 个错误`);
  return lines.join('\n');
}
