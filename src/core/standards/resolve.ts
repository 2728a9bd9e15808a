/**
 * Standard id(s) or loaded definitions → what an evaluation uses: the national framework (formulas, dispersion,
 * exclusions) and the school groups (the national one's and the province's), with thresholds by indicator.
 */
import { JunhengError } from '../errors';
import type { Framework } from '../indicators/definitions';
import type { IndicatorId } from '../indicators/ids';
import { builtinStandard, parseStandard } from './index';
import type { Group, Standard, Threshold } from './schema';

export interface ResolvedStandards {
  national: Standard;
  province: Standard | null;
  framework: Framework;
  groups: Group[];
  /** Per indicator: the per-stage threshold of the first group that names it. */
  thresholds: Map<IndicatorId, { primary: Threshold | null; junior: Threshold | null }>;
  /** School-standard indicators first (in group order), then dispersion-only ones. */
  indicatorOrder: IndicatorId[];
}

function load(spec: unknown, role: string): Standard {
  if (typeof spec === 'string') {
    const s = builtinStandard(spec);
    if (!s)
      throw new JunhengError(
        'bad-standard',
        `未知的${role}“${spec}”，可选 basic-2012、quality-2017、hubei、hebei 或 JSON 文件`,
        `unknown ${role === '标准' ? 'standard' : 'province'} "${spec}"; use basic-2012, quality-2017, hubei, hebei or a JSON file`,
      );
    return s;
  }
  const r = parseStandard(spec);
  if (!r.ok) throw new JunhengError('bad-standard', `${role}文件不符合格式：${r.errors.join('；')}`, `the ${role === '标准' ? 'standard' : 'province'} file is not valid: ${r.errors.join('; ')}`);
  return r.standard;
}

export function resolveStandards(standardSpec: unknown, provinceSpec: unknown | null): ResolvedStandards {
  let national = load(standardSpec, '标准');
  let province = provinceSpec == null ? null : load(provinceSpec, '省级标准');
  if (national.kind === 'provincial') {
    if (province) throw new JunhengError('bad-standard', '已用省级标准作为 --standard，不能再指定 --province', 'a provincial --standard cannot be combined with --province');
    province = national;
    national = load(national.extends ?? 'basic-2012', '标准');
  }
  if (province && province.kind !== 'provincial') {
    throw new JunhengError('bad-standard', `“${province.id}”不是省级标准`, `"${province.id}" is not a provincial standard`);
  }
  if (province && province.extends && province.extends !== national.id) {
    throw new JunhengError(
      'bad-standard',
      `省级标准“${province.id}”适用于 ${province.extends}，不能与 ${national.id} 同用`,
      `provincial standard "${province.id}" extends ${province.extends}, not ${national.id}`,
    );
  }
  const groups = [...national.groups, ...(province?.groups ?? [])];
  const thresholds = new Map<IndicatorId, { primary: Threshold | null; junior: Threshold | null }>();
  const order: IndicatorId[] = [];
  for (const g of groups)
    for (const i of g.indicators) {
      if (!thresholds.has(i.id)) thresholds.set(i.id, { primary: i.primary, junior: i.junior });
      if (!order.includes(i.id)) order.push(i.id);
    }
  for (const id of national.dispersion?.indicators ?? []) if (!order.includes(id)) order.push(id);
  return { national, province, framework: national.framework, groups, thresholds, indicatorOrder: order };
}
