/** The short plan summary the command line prints (and the task pane may show). */
import { COST_CATEGORIES, COST_CATEGORY_ZH, fmtWan } from './kinds';
import type { Plan } from './types';

export function formatPlanSummary(plan: Plan): string {
  const s = plan.summary;
  const lines = [
    `推进计划 / Remediation plan: ${plan.startDate} → ${plan.inspectionDate}（迎接评估验收 / inspection）`,
    `  整改任务 ${s.gapTasks} 项，组织推进任务 ${s.tasks - s.gapTasks} 项 / ${s.gapTasks} gap tasks, ${s.tasks - s.gapTasks} campaign tasks`,
    s.atRisk
      ? `  ✗ 有风险 ${s.atRisk} 项：验收日期前无法完成，最晚 ${s.latestEnd} 完成 / ${s.atRisk} at risk (latest end ${s.latestEnd})`
      : '  ✓ 全部任务可在验收日期前完成 / every task can finish before the inspection',
    `  测算资金 ${fmtWan(s.totalCostAll)} / estimated cost ¥${Math.round(s.totalCostAll).toLocaleString('en-US')}`,
  ];
  const parts = COST_CATEGORIES.filter((c) => s.totalCost[c] > 0).map((c) => `${COST_CATEGORY_ZH[c]} ${fmtWan(s.totalCost[c])}`);
  if (parts.length) lines.push(`    ${parts.join('，')}`);
  const t = s.teachers;
  if (t.recruitment + t.rotation + t.titles > 0) lines.push(`  教师：招聘 ${t.recruitment} 人，交流轮岗 ${t.rotation} 人，职称晋升 ${t.titles} 人`);
  if (s.unknownQuantity) lines.push(`  ${s.unknownQuantity} 项缺口因数据缺失未测算 / ${s.unknownQuantity} gaps not costed (missing data)`);
  for (const ph of plan.phases) lines.push(`  ${ph.zh.padEnd(6, '　')} ${ph.start} — ${ph.end}`);
  return lines.join('\n');
}
