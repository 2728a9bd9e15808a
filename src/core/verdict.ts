/**
 * The county verdict, with its reasons in zh-CN and English. Only what the census can decide is decided here:
 * schools against their standard, and the CVs against their limits. County-level inputs (government work
 * score, satisfaction, retention, rotation) are named as not computed.
 */
import { roundCv } from './dispersion';
import { indicatorDef } from './indicators/definitions';
import type { ResolvedStandards } from './standards/resolve';
import { STAGES, STAGE_EN, STAGE_ZH, type Reason, type SchoolResult, type Stage, type StageDispersion, type Verdict } from './types';

const fmt = (cv: number | null) => (cv == null ? '—' : roundCv(cv).toFixed(3));

export function countyVerdict(schools: SchoolResult[], dispersion: Record<Stage, StageDispersion>, std: ResolvedStandards): Verdict {
  const reasons: Reason[] = [];
  let passed = true;
  const counted = schools.filter((s) => s.counted);

  if (counted.length === 0) {
    return { passed: false, reasons: [{ zh: '没有参与评估的学校', en: 'no school counted in the evaluation' }] };
  }

  // (a) schools against their standard.
  if (std.groups.length === 0) {
    reasons.push({
      zh: '未指定省级办学基本标准，未评估各校达标情况（可用 --province 指定）',
      en: 'no provincial school standard given, schools were not checked against one (use --province)',
    });
  } else {
    const failing = counted.filter((s) => s.passed === false);
    if (failing.length > 0) {
      passed = false;
      const names = failing.slice(0, 5).map((s) => `${s.name}（${STAGE_ZH[s.stage]}）`).join('、');
      reasons.push({
        zh: `${failing.length} 个学校（学段）未达标：${names}${failing.length > 5 ? ' 等' : ''}`,
        en: `${failing.length} school stage(s) do not meet the standard: ${failing.slice(0, 5).map((s) => `${s.name} (${STAGE_EN[s.stage]})`).join(', ')}${failing.length > 5 ? ' …' : ''}`,
      });
    } else {
      reasons.push({ zh: `全部 ${counted.length} 个学校（学段）达标`, en: `all ${counted.length} school stages meet the standard` });
    }
  }

  // (b) dispersion.
  const d = std.national.dispersion;
  if (d) {
    for (const stage of STAGES) {
      const sd = dispersion[stage];
      if (sd.schools === 0) continue;
      const zh = STAGE_ZH[stage];
      const en = STAGE_EN[stage].toLowerCase();
      if (d.mode === 'composite' && sd.composite) {
        const c = sd.composite;
        if (c.met === true) reasons.push({ zh: `${zh}综合差异系数 ${fmt(c.cv)} ≤ ${c.limit}`, en: `${en} composite CV ${fmt(c.cv)} ≤ ${c.limit}` });
        else {
          passed = false;
          reasons.push(
            c.cv == null
              ? { zh: `${zh}综合差异系数无法计算（缺少数据）`, en: `${en} composite CV cannot be computed (data missing)` }
              : { zh: `${zh}综合差异系数 ${fmt(c.cv)} 超过 ${c.limit}`, en: `${en} composite CV ${fmt(c.cv)} exceeds ${c.limit}` },
          );
        }
      } else if (d.mode === 'each') {
        const bad = d.indicators.filter((id) => sd.indicators[id]?.met !== true);
        if (bad.length === 0) reasons.push({ zh: `${zh}各项差异系数均不超过 ${d.limits[stage]}`, en: `every ${en} CV ≤ ${d.limits[stage]}` });
        for (const id of bad) {
          passed = false;
          const e = sd.indicators[id];
          const def = indicatorDef(id);
          reasons.push(
            e?.cv == null
              ? { zh: `${zh}${def.zh}差异系数无法计算（缺少数据）`, en: `${en} CV of ${def.en} cannot be computed (data missing)` }
              : { zh: `${zh}${def.zh}差异系数 ${fmt(e.cv)} 超过 ${d.limits[stage]}`, en: `${en} CV of ${def.en} ${fmt(e.cv)} exceeds ${d.limits[stage]}` },
          );
        }
      }
    }
  }

  reasons.push(
    std.national.id === 'quality-2017'
      ? {
          zh: '县级资料（巩固率、残疾儿童入学率、教师交流轮岗、一票否决事项、社会认可度）不在普查表中，未计算',
          en: 'county-level inputs (retention, enrolment of disabled children, teacher rotation, veto items, public recognition) are not in the census and were not computed',
        }
      : {
          zh: '县级政府工作评分（≥85分）与公众满意度（≥85%）为县级资料，未计算',
          en: "the county government's work score (≥ 85) and public satisfaction (≥ 85%) are county-level inputs and were not computed",
        },
  );
  return { passed, reasons };
}
