/** Reading the census's words: 办学类型, 办学性质, 城乡分类, 学段. */
import type { SchoolType, Stage, UrbanRural } from '../types';

const TYPE_PATTERNS: [RegExp, SchoolType][] = [
  [/教学点/, '小学教学点'],
  [/九年一贯|九年制/, '九年一贯制学校'],
  [/十二年一贯|十二年制/, '十二年一贯制学校'],
  [/完全中学|完中/, '完全中学'],
  [/特殊教育|特教|培智|聋哑|启智/, '特殊教育学校'],
  [/职业|职校|职高|中职|技工/, '职业学校'],
  [/初级中学|初中/, '初级中学'],
  [/小学/, '小学'],
];

/** null when the text names no type we know. */
export function parseSchoolType(text: string): SchoolType | null {
  const t = text.replace(/\s+/g, '');
  for (const [re, type] of TYPE_PATTERNS) if (re.test(t)) return type;
  return null;
}

/** The stages a school type teaches in compulsory education. */
const P: readonly Stage[] = Object.freeze(['primary']);
const J: readonly Stage[] = Object.freeze(['junior']);
const PJ: readonly Stage[] = Object.freeze(['primary', 'junior']);
const NONE: readonly Stage[] = Object.freeze([]);

export function stagesOf(type: SchoolType): readonly Stage[] {
  switch (type) {
    case '小学':
    case '小学教学点':
      return P;
    case '初级中学':
    case '完全中学':
      return J;
    case '九年一贯制学校':
    case '十二年一贯制学校':
      return PJ;
    default:
      return NONE;
  }
}

/** Why a school is out of the standards and CVs whatever the framework (§1.4), or null. */
export function permanentExclusion(type: SchoolType | null, ownership: string | null): { zh: string; en: string } | null {
  const o = (ownership ?? '').replace(/\s+/g, '');
  if (/民办|私立|民营/.test(o)) return { zh: '民办学校，不参与评估', en: 'private school, not evaluated' };
  if (/省直|省属|市直|市属|高校|大学|学院附|企业|厂办|部队|中央|部属/.test(o))
    return { zh: '非县级政府举办，不参与评估', en: 'not run by the county government, not evaluated' };
  if (type === '特殊教育学校') return { zh: '特殊教育学校，不参与评估', en: 'special-education school, not evaluated' };
  if (type === '职业学校') return { zh: '职业学校，不参与评估', en: 'vocational school, not evaluated' };
  return null;
}

export function parseUrbanRural(text: string | null): UrbanRural | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, '');
  if (/城区|主城|中心城|城市|^城$/.test(t)) return '城区';
  if (/镇区|^镇$|县镇|镇/.test(t)) return '镇区';
  if (/乡村|农村|^乡$|村/.test(t)) return '乡村';
  return null;
}

/** A stage given by a 学段 column or by the name's suffix (XX学校小学部). */
export function parseStageLabel(text: string | null): Stage | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, '');
  if (/小学部$|^小学$|^小学段$|（小学）$|\(小学\)$/.test(t)) return 'primary';
  if (/初中部$|^初中$|^初中段$|（初中）$|\(初中\)$/.test(t)) return 'junior';
  return null;
}
