/**
 * The census fields the engine knows (domain brief §3). A column of the census sheet maps to one field.
 * Header wording → field is the synonym table in `table/synonyms.ts`; this file only says what a field is.
 */

export type TextFieldId =
  | 'name' // 学校名称
  | 'code' // 学校标识码
  | 'schoolType' // 办学类型
  | 'ownership' // 举办者 / 办学性质 (公办 / 民办 / 省市直属 …)
  | 'urbanRural' // 城乡分类 (城区 / 镇区 / 乡村)
  | 'township' // 乡镇
  | 'stageLabel' // 学段 (小学部 / 初中部) when a mixed school is reported one row per stage
  | 'counted'; // 是否计校数 (是 / 否)

export type NumberFieldId =
  // students and classes
  | 'students' // 在校生数 合计
  | 'studentsPrimary'
  | 'studentsJunior'
  | 'studentsSenior'
  | 'classes' // 班数 合计
  | 'classesPrimary'
  | 'classesJunior'
  | 'oversizeClasses' // 超标准班额班数 (where given)
  // areas (㎡)
  | 'landArea' // 占地面积
  | 'buildingArea' // 校舍建筑面积
  | 'teachingArea' // 教学及辅助用房面积
  | 'indoorSportsArea' // 室内体育用房面积 (体育馆)
  | 'sportsArea' // 体育运动场馆面积 (体育馆 + 运动场)
  | 'fieldArea' // 运动场地面积 (outdoor only)
  | 'greenArea' // 绿化用地面积
  // equipment (元; 万元 columns carry factor 10000)
  | 'equipmentValue'
  | 'books' // 册
  | 'computers' // 台
  | 'multimediaRooms' // 网络多媒体教室 间
  | 'musicRooms'
  | 'musicRoomArea'
  | 'artRooms'
  | 'artRoomArea'
  // teachers (人)
  | 'teachers' // 专任教师 合计
  | 'teachersPrimary'
  | 'teachersJunior'
  | 'aboveDegreeTeachers' // 高于规定学历 (primary 专科及以上, junior 本科及以上)
  | 'aboveDegreeTeachersPrimary'
  | 'aboveDegreeTeachersJunior'
  | 'seniorTitleTeachers' // 中级及以上职称
  | 'backboneTeachers' // 县级及以上骨干教师
  | 'peTeachers' // 体育专任教师
  | 'artTeachers' // 艺术 (音乐 + 美术) 专任教师
  | 'musicTeachers'
  | 'fineArtTeachers';

export type FieldId = TextFieldId | NumberFieldId;

/** How a numeric field is read and checked: counts must be whole numbers. */
export type NumberKind = 'count' | 'area' | 'money';

export interface TextFieldDef {
  id: TextFieldId;
  kind: 'text';
  zh: string;
  en: string;
}

export interface NumberFieldDef {
  id: NumberFieldId;
  kind: NumberKind;
  zh: string;
  en: string;
  /** The base unit values are stored in after the header's factor is applied (㎡, 元, 人, 册, 台, 间, 个). */
  unit: string;
}

export type FieldDef = TextFieldDef | NumberFieldDef;

const t = (id: TextFieldId, zh: string, en: string): TextFieldDef => ({ id, kind: 'text', zh, en });
const n = (id: NumberFieldId, kind: NumberKind, zh: string, en: string, unit: string): NumberFieldDef => ({ id, kind, zh, en, unit });

export const FIELDS: readonly FieldDef[] = [
  t('name', '学校名称', 'School name'),
  t('code', '学校标识码', 'School code'),
  t('schoolType', '办学类型', 'School type'),
  t('ownership', '办学性质', 'Ownership'),
  t('urbanRural', '城乡分类', 'Urban/rural'),
  t('township', '乡镇', 'Township'),
  t('stageLabel', '学段', 'Stage'),
  t('counted', '是否计校数', 'Counted as a school'),
  n('students', 'count', '在校生数', 'Students', '人'),
  n('studentsPrimary', 'count', '小学在校生数', 'Primary students', '人'),
  n('studentsJunior', 'count', '初中在校生数', 'Junior students', '人'),
  n('studentsSenior', 'count', '高中在校生数', 'Senior students', '人'),
  n('classes', 'count', '班数', 'Classes', '个'),
  n('classesPrimary', 'count', '小学班数', 'Primary classes', '个'),
  n('classesJunior', 'count', '初中班数', 'Junior classes', '个'),
  n('oversizeClasses', 'count', '超标准班额班数', 'Classes over the size limit', '个'),
  n('landArea', 'area', '占地面积', 'Site area', '㎡'),
  n('buildingArea', 'area', '校舍建筑面积', 'Building floor area', '㎡'),
  n('teachingArea', 'area', '教学及辅助用房面积', 'Teaching and auxiliary rooms', '㎡'),
  n('indoorSportsArea', 'area', '室内体育用房面积', 'Indoor sports rooms', '㎡'),
  n('sportsArea', 'area', '体育运动场馆面积', 'Sports grounds and halls', '㎡'),
  n('fieldArea', 'area', '运动场地面积', 'Outdoor sports grounds', '㎡'),
  n('greenArea', 'area', '绿化用地面积', 'Green area', '㎡'),
  n('equipmentValue', 'money', '教学仪器设备资产值', 'Teaching equipment value', '元'),
  n('books', 'count', '图书', 'Books', '册'),
  n('computers', 'count', '计算机', 'Computers', '台'),
  n('multimediaRooms', 'count', '网络多媒体教室', 'Networked multimedia classrooms', '间'),
  n('musicRooms', 'count', '音乐专用教室', 'Music rooms', '间'),
  n('musicRoomArea', 'area', '音乐专用教室面积', 'Music room area', '㎡'),
  n('artRooms', 'count', '美术专用教室', 'Art rooms', '间'),
  n('artRoomArea', 'area', '美术专用教室面积', 'Art room area', '㎡'),
  n('teachers', 'count', '专任教师', 'Full-time teachers', '人'),
  n('teachersPrimary', 'count', '小学专任教师', 'Primary teachers', '人'),
  n('teachersJunior', 'count', '初中专任教师', 'Junior teachers', '人'),
  n('aboveDegreeTeachers', 'count', '高于规定学历教师', 'Teachers above the required degree', '人'),
  n('aboveDegreeTeachersPrimary', 'count', '小学高于规定学历教师', 'Primary teachers above the required degree', '人'),
  n('aboveDegreeTeachersJunior', 'count', '初中高于规定学历教师', 'Junior teachers above the required degree', '人'),
  n('seniorTitleTeachers', 'count', '中级及以上职称教师', 'Teachers with an intermediate or higher title', '人'),
  n('backboneTeachers', 'count', '县级及以上骨干教师', 'County-level or higher backbone teachers', '人'),
  n('peTeachers', 'count', '体育专任教师', 'PE teachers', '人'),
  n('artTeachers', 'count', '艺术专任教师', 'Arts teachers', '人'),
  n('musicTeachers', 'count', '音乐专任教师', 'Music teachers', '人'),
  n('fineArtTeachers', 'count', '美术专任教师', 'Fine-art teachers', '人'),
];

export const FIELD_BY_ID: ReadonlyMap<FieldId, FieldDef> = new Map(FIELDS.map((f) => [f.id, f]));

export function fieldDef(id: FieldId): FieldDef {
  const f = FIELD_BY_ID.get(id);
  if (!f) throw new Error(`unknown field ${id}`);
  return f;
}

export function isNumberField(id: FieldId): id is NumberFieldId {
  return fieldDef(id).kind !== 'text';
}
