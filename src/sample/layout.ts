/**
 * Columns of the sample census sheet, in sheet order. A column with `sub` sits under a merged parent header
 * (`top`) spanning its neighbours with the same `top`; a column without `sub` spans both header rows.
 * Wording follows real 教育事业统计 exports: units in brackets of both widths, 万元 for equipment.
 */
import type { FieldId } from '../core/fields';

export interface ColumnSpec {
  top: string;
  sub?: string;
  field: FieldId | null;
  /** Multiply the written number by this to get the base unit (万元 → 10000). */
  factor: number;
  /** Column width in characters. */
  width: number;
}

const c = (top: string, field: FieldId | null, width: number, sub?: string, factor = 1): ColumnSpec => ({
  top,
  sub,
  field,
  factor,
  width,
});

export const COLUMNS: readonly ColumnSpec[] = [
  c('序号', null, 5),
  c('学校名称', 'name', 24),
  c('学校标识码', 'code', 12),
  c('乡镇', 'township', 9),
  c('办学类型', 'schoolType', 15),
  c('办学性质', 'ownership', 8),
  c('城乡分类', 'urbanRural', 8),
  c('在校生数（人）', 'students', 7, '合计'),
  c('在校生数（人）', 'studentsPrimary', 7, '小学'),
  c('在校生数（人）', 'studentsJunior', 7, '初中'),
  c('在校生数（人）', 'studentsSenior', 7, '高中'),
  c('班级数（个）', 'classesPrimary', 6, '小学'),
  c('班级数（个）', 'classesJunior', 6, '初中'),
  c('占地面积（㎡）', 'landArea', 10),
  c('校舍建筑面积(平方米)', 'buildingArea', 11),
  c('教学及辅助用房(平方米)', 'teachingArea', 11),
  c('其中：室内体育用房（㎡）', 'indoorSportsArea', 11),
  c('体育运动场馆面积（㎡）', 'sportsArea', 11),
  c('绿化用地面积（平方米）', 'greenArea', 10),
  c('教学仪器设备资产值（万元）', 'equipmentValue', 12, undefined, 10000),
  c('图书（册）', 'books', 9),
  c('计算机（台）', 'computers', 7),
  c('网络多媒体教室（间）', 'multimediaRooms', 8),
  c('专任教师（人）', 'teachers', 6, '计'),
  c('专任教师（人）', 'teachersPrimary', 6, '小学'),
  c('专任教师（人）', 'teachersJunior', 6, '初中'),
  c('专任教师（人）', 'aboveDegreeTeachers', 8, '高于规定学历'),
  c('专任教师（人）', 'seniorTitleTeachers', 8, '中级及以上职称'),
  c('专任教师（人）', 'backboneTeachers', 8, '县级及以上骨干'),
  c('专任教师（人）', 'peTeachers', 6, '体育'),
  c('专任教师（人）', 'artTeachers', 6, '艺术'),
];

/** 0-based column of a field in COLUMNS; throws for a field the sample does not carry. */
export function columnOf(field: FieldId): number {
  const i = COLUMNS.findIndex((col) => col.field === field);
  if (i < 0) throw new Error(`sample layout has no column for ${field}`);
  return i;
}
