import { canon, matchHeader, parseHeader } from '../../../src/core/table/synonyms';

describe('matchHeader: wording → field', () => {
  it.each([
    ['学校名称', 'name'],
    ['校名', 'name'],
    ['单位名称', 'name'],
    ['学校（机构）名称', 'name'],
    ['学校标识码', 'code'],
    ['学校代码', 'code'],
    ['办学类型', 'schoolType'],
    ['举办者', 'ownership'],
    ['办学性质', 'ownership'],
    ['举办者类型', 'ownership'],
    ['城乡分类', 'urbanRural'],
    ['城乡类型', 'urbanRural'],
    ['所在地', 'urbanRural'],
    ['乡镇', 'township'],
    ['所属乡镇', 'township'],
    ['乡（镇）', 'township'],
    ['学段', 'stageLabel'],
    ['是否计校数', 'counted'],
    ['在校生数 / 合计', 'students'],
    ['在校生数', 'students'],
    ['在校生数 / 小学', 'studentsPrimary'],
    ['小学 / 在校生数', 'studentsPrimary'],
    ['在校生数 / 初中', 'studentsJunior'],
    ['学生数 / 高中', 'studentsSenior'],
    ['小学在校生数', 'studentsPrimary'],
    ['班级数 / 小学', 'classesPrimary'],
    ['班级数 / 初中', 'classesJunior'],
    ['班数', 'classes'],
    ['超大班额数', 'oversizeClasses'],
    ['超标准班额班数', 'oversizeClasses'],
    ['56人以上班级数', 'oversizeClasses'],
    ['占地面积', 'landArea'],
    ['校园面积', 'landArea'],
    ['学校占地面积', 'landArea'],
    ['校舍建筑面积', 'buildingArea'],
    ['教学及辅助用房 / 计', 'teachingArea'],
    ['教学及辅助用房面积（㎡）', 'teachingArea'],
    ['室内体育用房', 'indoorSportsArea'],
    ['教学及辅助用房 / 其中：室内体育用房', 'indoorSportsArea'],
    ['运动场地面积', 'fieldArea'],
    ['体育运动场馆面积（㎡）', 'sportsArea'],
    ['绿化用地面积', 'greenArea'],
    ['绿化面积', 'greenArea'],
    ['教学仪器设备资产值(万元)', 'equipmentValue'],
    ['教学仪器设备 / 资产值', 'equipmentValue'],
    ['图书（册）', 'books'],
    ['藏书', 'books'],
    ['计算机（台）', 'computers'],
    ['教学用计算机', 'computers'],
    ['网络多媒体教室（间）', 'multimediaRooms'],
    ['音乐专用教室 / 间数', 'musicRooms'],
    ['音乐专用教室 / 面积', 'musicRoomArea'],
    ['音乐专用教室（㎡）', 'musicRoomArea'],
    ['美术专用教室 / 间数', 'artRooms'],
    ['美术专用教室 / 面积', 'artRoomArea'],
    ['专任教师 / 计', 'teachers'],
    ['专任教师（人）', 'teachers'],
    ['初中 / 专任教师 / 计', 'teachersJunior'],
    ['专任教师 / 小学', 'teachersPrimary'],
    ['中级及以上职称', 'seniorTitleTeachers'],
    ['中高级职称教师', 'seniorTitleTeachers'],
    ['专任教师 / 其中：中级及以上职称', 'seniorTitleTeachers'],
    ['骨干教师', 'backboneTeachers'],
    ['县级及以上骨干教师', 'backboneTeachers'],
    ['专任教师 / 县级及以上骨干', 'backboneTeachers'],
    ['体育教师', 'peTeachers'],
    ['专任教师 / 体育', 'peTeachers'],
    ['艺术教师', 'artTeachers'],
    ['艺术（音乐、美术）教师', 'artTeachers'],
    ['音乐教师', 'musicTeachers'],
    ['美术教师', 'fineArtTeachers'],
    ['高于规定学历', 'aboveDegreeTeachers'],
    ['专任教师 / 其中：本科及以上', 'aboveDegreeTeachers'],
    ['专科及以上', 'aboveDegreeTeachers'],
    ['专任教师 / 小学 / 专科及以上', 'aboveDegreeTeachersPrimary'],
    ['专任教师 / 初中 / 本科及以上', 'aboveDegreeTeachersJunior'],
    ['XX县2025年义务教育学校基本情况统计表 / 学校名称', 'name'],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header).field).toBe(field);
  });

  it.each([
    '序号',
    '备注',
    '在校生数 / 其中：女',
    '在校生数 / 一年级',
    '专任教师 / 按学历分 / 本科',
    '专任教师 / 其中：女',
    '图书馆面积',
    '计算机教室',
    '寄宿生数',
    '专任教师 / 体育艺术',
    '体艺教师',
    '校舍建筑面积 / 其中：危房',
    '生均教学及辅助用房面积',
    '',
  ])('%s → no field (a breakdown, a ratio or something else)', (header) => {
    expect(matchHeader(header).field).toBeNull();
  });
});

describe('matchHeader: confidence', () => {
  it('is 1 for an exact synonym and lower for a keyword match', () => {
    expect(matchHeader('在校生数').confidence).toBe(1);
    const partial = matchHeader('在校学生情况（含随班就读）');
    expect(partial.field).toBe('students');
    expect(partial.confidence).toBeLessThan(1);
    expect(partial.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('the stage decides how sure 本科及以上 / 专科及以上 is (高于规定学历: 小学 专科, 初中 本科)', () => {
    expect(matchHeader('小学 / 专科及以上').confidence).toBeGreaterThan(matchHeader('小学 / 本科及以上').confidence);
    expect(matchHeader('初中 / 本科及以上').confidence).toBeGreaterThan(matchHeader('初中 / 专科及以上').confidence);
    expect(matchHeader('小学 / 本科及以上').field).toBe('aboveDegreeTeachersPrimary');
  });

  it('teaching-use computers are preferred over all computers', () => {
    expect(matchHeader('计算机 / 其中：教学用').confidence).toBeGreaterThan(matchHeader('计算机 / 合计').confidence);
  });

  it('a stage on a field that has no per-stage variant lowers confidence', () => {
    const m = matchHeader('小学 / 骨干教师');
    expect(m.field).toBe('backboneTeachers');
    expect(m.confidence).toBeLessThan(matchHeader('骨干教师').confidence);
  });

  it('a unit of the wrong kind lowers confidence', () => {
    expect(matchHeader('占地面积（万元）').confidence).toBeLessThan(0.5);
  });
});

describe('matchHeader: units and factors', () => {
  it.each([
    ['教学仪器设备资产值（万元）', '万元', 10000],
    ['教学仪器设备资产值(万元)', '万元', 10000],
    ['教学仪器设备资产值[万元]', '万元', 10000],
    ['教学仪器设备资产值【万元】', '万元', 10000],
    ['教学仪器设备资产值［元］', '元', 1],
    ['教学仪器设备资产值 / 万元', '万元', 10000],
    ['教学仪器设备资产值万元', '万元', 10000],
    ['教学仪器设备资产值（单位：万元）', '万元', 10000],
    ['占地面积（㎡）', '㎡', 1],
    ['占地面积(m²)', 'm²', 1],
    ['占地面积（平方米）', '平方米', 1],
    ['占地面积【平米】', '平米', 1],
    ['占地面积 / ㎡', '㎡', 1],
    ['图书（册）', '册', 1],
    ['图书（万册）', '万册', 10000],
    ['计算机（台）', '台', 1],
    ['网络多媒体教室（间）', '间', 1],
    ['专任教师（人）', '人', 1],
    ['班级数（个）', '个', 1],
  ])('%s → unit %s, factor %d', (header, unit, factor) => {
    const m = matchHeader(header);
    expect(m.field).not.toBeNull();
    expect(m.unit).toBe(unit);
    expect(m.factor).toBe(factor);
  });

  it('the deepest unit wins (a units row under the header)', () => {
    expect(parseHeader('教学仪器设备资产值（元） / 万元').unit?.factor).toBe(10000);
  });

  it('keeps explanatory brackets out of the meaning', () => {
    expect(parseHeader('体育运动场馆面积（体育馆+运动场）（㎡）')).toEqual({
      parts: ['体育运动场馆面积'],
      unit: { unit: '㎡', kind: 'area', factor: 1 },
    });
  });

  it('ignores line breaks and spaces inside a header cell', () => {
    expect(matchHeader('教学及辅助\n用房面积\n（㎡）')).toMatchObject({ field: 'teachingArea', unit: '㎡' });
    expect(matchHeader('学 校 名 称').field).toBe('name');
  });

  it('canon strips stage words and trailing 合计/数', () => {
    expect(canon('小学在校生数')).toBe('在校生');
    expect(canon('其中：专任教师合计')).toBe('专任教师');
  });
});
