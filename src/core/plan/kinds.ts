/**
 * What each unmet indicator asks for: its kind of work, the task title with the quantity (seed 003's wording,
 * "新建或改扩建教学及辅助用房 2 732 ㎡"), and its cost category.
 */
import type { IndicatorId } from '../indicators/ids';
import type { PlanKind, PlanParams } from './params';

export const COST_CATEGORIES = ['building', 'site', 'sports', 'greening', 'equipment', 'computers', 'multimedia', 'books'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_CATEGORY_ZH: Record<CostCategory, string> = {
  building: '校舍建设',
  site: '征地扩建',
  sports: '运动场地',
  greening: '校园绿化',
  equipment: '仪器设备',
  computers: '计算机',
  multimedia: '多媒体教室',
  books: '图书',
};

export const INDICATOR_KIND: Record<IndicatorId, PlanKind> = {
  teachingAreaPerStudent: 'building',
  buildingAreaPerStudent: 'building',
  landAreaPerStudent: 'site',
  sportsAreaPerStudent: 'sports',
  greenAreaRatio: 'greening',
  equipmentValuePerStudent: 'equipment',
  computersPer100: 'computers',
  multimediaRoomsPer100: 'multimedia',
  booksPerStudent: 'books',
  teachersPerStudent: 'recruitment',
  peArtTeachersPer100: 'recruitment',
  aboveDegreeTeachersPerStudent: 'rotation',
  aboveDegreeTeachersPer100: 'rotation',
  backboneTeachersPer100: 'rotation',
  seniorTitleTeachersPerStudent: 'titles',
  classSize: 'enrolment',
  schoolSize: 'enrolment',
};

/** Teacher kinds: reported as headcount, not money. */
export const TEACHER_KINDS: readonly PlanKind[] = ['recruitment', 'rotation', 'titles'];

export function costCategory(kind: PlanKind): CostCategory | null {
  return (COST_CATEGORIES as readonly string[]).includes(kind) ? (kind as CostCategory) : null;
}

/** "2732" → "2 732" (the issue's and the official tables' grouping); decimals kept when given. */
export function fmtQty(n: number, decimals = 0): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** 元 → "35.20 万元". */
export const fmtWan = (yuan: number): string => `${fmtQty(yuan / 10000, 2)} 万元`;

const WHAT: Record<IndicatorId, string> = {
  teachingAreaPerStudent: '新建或改扩建教学及辅助用房',
  buildingAreaPerStudent: '新建或改扩建校舍',
  landAreaPerStudent: '征地或扩建校园',
  sportsAreaPerStudent: '新建或改扩建体育运动场地（田径场、球场）',
  greenAreaRatio: '新增校园绿化',
  equipmentValuePerStudent: '购置教学仪器设备',
  computersPer100: '购置学生用计算机',
  multimediaRoomsPer100: '建设网络多媒体教室',
  booksPerStudent: '采购和募集图书',
  teachersPerStudent: '招聘补充专任教师',
  peArtTeachersPer100: '招聘补充体育、艺术专任教师',
  aboveDegreeTeachersPerStudent: '交流轮岗补充高于规定学历教师',
  aboveDegreeTeachersPer100: '交流轮岗补充高于规定学历教师',
  backboneTeachersPer100: '交流轮岗补充县级及以上骨干教师',
  seniorTitleTeachersPerStudent: '培训与职称评审增加中级及以上职称教师',
  classSize: '划片招生、平行分班，消除超标准班额',
  schoolSize: '划片招生、分流学生，控制学校规模',
};

/** Task title with its quantity; null quantity = the census value is missing. */
export function taskTitle(id: IndicatorId, quantity: number | null, unit: string): string {
  const what = WHAT[id];
  if (quantity === null) return `${what}（缺口待核实）`;
  if (unit === '元') return `${what} ${fmtWan(quantity)}`;
  if (id === 'classSize') return `${what} ${fmtQty(quantity)} 个`;
  return `${what} ${fmtQty(quantity)} ${unit}`;
}

/** Kind-specific words after the quantified target. */
export function kindNote(kind: PlanKind, id: IndicatorId, quantity: number | null, params: PlanParams): string {
  switch (kind) {
    case 'building':
      return '完成立项、可研、环评、选址、设计、用地与施工许可、招投标，竣工验收后投入使用';
    case 'site':
      return '完成用地报批和土地划拨，场地平整并纳入校园';
    case 'sports':
      return '建成达标田径场（直跑道）及篮球场或排球场，验收后投入使用';
    case 'greening':
      return '春季栽植，绿化面积达标';
    case 'equipment':
    case 'computers':
    case 'multimedia':
      return '按政府采购程序购置，安装调试、登记入账建档';
    case 'books': {
      if (quantity === null || params.books.donationShare <= 0) return '按政府采购程序采购，编目上架，建好图书室、阅览室';
      const donated = Math.round(quantity * params.books.donationShare);
      return `组织师生及社会力量捐赠约 ${fmtQty(donated)} 册，采购 ${fmtQty(quantity - donated)} 册，编目上架`;
    }
    case 'recruitment':
      return '纳入年度教师公开招聘计划，秋季开学前到岗';
    case 'rotation':
      return id === 'backboneTeachersPer100'
        ? '开学时交流到岗；交流教师中骨干教师不低于 20%'
        : '从超编或优质学校交流到岗，不影响派出学校达标';
    case 'titles':
      return '参加继续教育，按年度职称评审申报';
    case 'enrolment':
      return id === 'classSize' ? '秋季起新生班额不超标，高年级超大班额逐步消化' : '秋季招生按划片方案执行';
    case 'organise':
      return '';
  }
}
