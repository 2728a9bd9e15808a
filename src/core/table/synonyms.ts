/**
 * The synonym table: census header wording → FieldId, by meaning. Headers arrive joined from up to three header
 * rows ("在校生数 / 小学", "专任教师 / 其中：本科及以上", "教学仪器设备资产值(万元)").
 *
 * How a header is matched:
 * - units in brackets of either width (（万元） [㎡] 【册】) or in a unit-only part become the column's unit/factor;
 *   other bracketed notes are dropped ("艺术（音乐、美术）教师" → "艺术教师");
 * - the stage (小学 / 初中 / 高中) may sit in any part: "小学 / 在校生数" or "在校生数 / 小学";
 * - a rule matches a run of adjacent parts ("音乐专用教室 / 面积"); parts ABOVE the run are grouping parents and
 *   are ignored, parts BELOW it must be qualifiers (合计, 计, a stage, a unit). Anything else below means the column
 *   is a breakdown ("在校生数 / 其中：女", "专任教师 / 按学历分 / 本科") and the rule does not match.
 */
import type { FieldId, NumberKind } from '../fields';
import { fieldDef } from '../fields';
import { normalizeText, parseUnit, type UnitInfo } from '../cells/units';

/** How detect.ts joins parent and child header texts. */
export const HEADER_JOINER = ' / ';

export interface HeaderMatch {
  field: FieldId | null;
  /** 0..1; 1 for an exact synonym. 0 when nothing matched. */
  confidence: number;
  /** Unit as written in the header ("万元", "㎡"), if any. */
  unit: string | null;
  /** Factor from the header's unit to the field's base unit (万元 → 10000); 1 without a unit. */
  factor: number;
}

type Stage3 = 'primary' | 'junior' | 'senior';
type StageOf = Stage3 | 'mixed' | null;

interface Rule {
  /** A plain field, or one per stage (total when no stage is given). */
  field: FieldId | { total: FieldId; primary?: FieldId; junior?: FieldId; senior?: FieldId };
  /** Canonical synonyms (compared after canon()), with their confidence. */
  exact?: [string[], number][];
  contains?: [RegExp, number][];
  /** The run's text must not contain this (it names a breakdown or another field). */
  exclude?: RegExp;
  /** The whole header must contain this (e.g. "体育" means PE teachers only under a teachers header). */
  needs?: RegExp;
  /** Stage-dependent confidence (高于规定学历: 小学 专科及以上, 初中 本科及以上). */
  byStage?: (text: string, stage: StageOf) => number;
  /** A header unit of this kind settles a weak match ("音乐专用教室（㎡）" is the room area). */
  unitConfirms?: NumberKind;
}

const STAGE_WORDS = /中小学|义务教育|小学部|小学|初中部|初级中学|初中|高中部|高级中学|高中/g;
const TRAILING_TOTAL = /(合计|总计|小计|总数|总量|共计|人数|数量|个数|间数|册数|台数|计|数|总)$/;
const QUALIFIER = /^(合计|计|总计|小计|总数|总量|共计|总|数|数量|人数|合计数|计数|全部|小计数)?$/;

/** Text compared with the exact synonyms: no stage words, no 其中, no trailing 合计/数. */
export function canon(t: string): string {
  let s = t.replace(/^其中[:：]?/, '').replace(STAGE_WORDS, '');
  for (let i = 0; i < 2; i++) s = s.replace(TRAILING_TOTAL, '');
  return s;
}

function stageOf(parts: string[]): StageOf {
  const found = new Set<Stage3>();
  for (const p of parts) {
    const q = p.replace(/中小学|义务教育/g, '');
    if (/小学/.test(q)) found.add('primary');
    if (/初中|初级中学/.test(q)) found.add('junior');
    if (/高中|高级中学/.test(q)) found.add('senior');
  }
  if (found.size === 0) return null;
  if (found.size > 1) return 'mixed';
  return [...found][0];
}

const exact = (words: string[], c = 1): [string[], number] => [words.map(canon), c];

const TEACHER_BREAKDOWN =
  /骨干|职称|职务|学历|本科|专科|研究生|硕士|博士|大专|体育|音乐|美术|艺术|体艺|音体美|女|少数民族|代课|兼任|外聘|临聘|交流|轮岗|生均|比|率|每百|中级|高级|初级|学科|年龄|岁|信息技术|科学|英语|语文|数学|按|教职工|行政|工勤|聘|特岗|支教|退休|调入|调出|新增|专业/;
const PER = /生均|每百|比例|比$|率/;

/** Ordered: on a tie the earlier rule wins. */
const RULES: Rule[] = [
  {
    field: 'name',
    exact: [exact(['学校名称', '校名', '学校', '名称', '单位名称', '学校全称', '学校名', '校名称', '学校单位名称'])],
    contains: [[/名称$/, 0.8], [/校名/, 0.8]],
    exclude: /代码|编码|标识|类型|类别|性质|举办者|设备|图书|教室|乡镇|街道/,
  },
  {
    field: 'code',
    exact: [exact(['学校标识码', '标识码', '学校代码', '代码', '学校编码', '编码', '学校识别码', '机构代码', '学校编号', '单位代码', '统计代码', '学校标识'])],
    contains: [[/信用代码/, 0.6], [/标识码/, 0.9], [/代码|编码|识别码/, 0.75]],
    exclude: /名称|城乡|区划|邮政|电话/,
  },
  {
    field: 'schoolType',
    exact: [exact(['办学类型', '学校类型', '学校类别', '类型', '类别', '办学类型名称', '学校办学类型'])],
    contains: [[/办学类型/, 0.9], [/学校类[型别]/, 0.85], [/办学层次|学校层次/, 0.6]],
    exclude: /城乡|举办者|性质|教室|用房|代码/,
  },
  {
    field: 'ownership',
    exact: [exact(['举办者', '举办者类型', '办学性质', '学校性质', '性质', '举办者性质', '办别', '公办民办', '公民办', '举办者类别'])],
    contains: [[/举办者|办学性质/, 0.9], [/学校性质|举办单位|主办单位|公办|民办/, 0.8], [/隶属/, 0.6]],
    exclude: /城乡|代码/,
  },
  {
    field: 'urbanRural',
    exact: [exact(['城乡分类', '城乡类型', '城乡属性', '城乡类别', '城乡', '所在地', '城乡分类代码', '所在地区类别', '城乡划分', '地域', '区域类型', '城乡区域', '地区类型', '所在地类别'])],
    contains: [[/城乡/, 0.85], [/所在地|地域|区域/, 0.6]],
    exclude: /乡镇|街道|名称|地址/,
  },
  {
    field: 'township',
    exact: [exact(['乡镇', '所属乡镇', '所在乡镇', '乡', '镇', '乡镇街道', '所属乡镇街道', '乡镇名称', '街道', '所在乡镇街道'])],
    contains: [[/乡镇/, 0.9], [/街道/, 0.7], [/学区|片区/, 0.5]],
    exclude: /城乡|地址|代码/,
  },
  {
    field: 'stageLabel',
    exact: [exact(['学段', '学部', '部别', '学段名称', '学段类别'])],
    contains: [[/学段/, 0.8]],
    exclude: /生|教师|班/,
  },
  {
    field: 'counted',
    exact: [exact(['是否计校数', '计校数', '是否计入校数', '是否计入学校数', '是否统计校数'])],
    contains: [[/计校数|计入校数/, 0.9]],
  },
  {
    field: { total: 'students', primary: 'studentsPrimary', junior: 'studentsJunior', senior: 'studentsSenior' },
    exact: [exact(['在校生数', '在校生', '在校学生数', '学生数', '学生人数', '在校生人数', '在校学生人数', '学生总数', '在校生总数', '学生', '在校学生', '在籍学生数', '在籍生数'])],
    contains: [[/在校生|在校学生|在籍/, 0.85], [/学生数|学生人数|学生总数/, 0.8]],
    exclude: /寄宿|住校|留守|随迁|残疾|女|少数民族|招生|毕业|贫困|资助|营养|外地|流动|转入|转出|辍学|班额|每班|生均|教师|班级|班数|比|率|计算机|宿舍|床|以上|以下/,
  },
  {
    field: 'oversizeClasses',
    exact: [exact(['超标准班额班数', '超标准班额', '超标准班额数', '超标班额班数']), exact(['超大班额数', '超大班额', '大班额数', '大班额', '大班额班数', '超大班额班数', '超员班级数', '班额超标班数'], 0.9)],
    contains: [[/超标准班额|超标班额|班额超标/, 0.9], [/超大班额|大班额|超员班/, 0.85]],
    byStage: (t) => {
      const m = /(\d+)人及?以上|超过(\d+)人/.exec(t);
      if (!m || !/班/.test(t)) return 0;
      return 0.85 - Number(m[1] ?? m[2]) / 1000; // prefer the lowest threshold (closest to 45/50)
    },
    exclude: /平均|学生数|在校生|教室/,
  },
  {
    field: { total: 'classes', primary: 'classesPrimary', junior: 'classesJunior' },
    exact: [exact(['班级数', '班数', '教学班数', '班级', '教学班', '班级总数', '班级个数'])],
    contains: [[/班级数|教学班|班数/, 0.85], [/班级/, 0.7]],
    exclude: /超|大班额|以上|额|平均|学生|教室|每班|生均/,
  },
  {
    field: 'landArea',
    exact: [exact(['占地面积', '校园面积', '学校占地面积', '校园占地面积', '占地', '学校占地', '校园总面积', '校园用地面积', '学校用地面积', '用地面积', '占地总面积'])],
    contains: [[/占地/, 0.9], [/校园面积|校园总面积|用地面积/, 0.8]],
    exclude: /绿化|绿地|体育|运动|生均|建筑|校舍|教学|宿舍|租用|每生/,
  },
  {
    field: 'buildingArea',
    exact: [exact(['校舍建筑面积', '校舍面积', '建筑面积', '校舍总建筑面积', '校舍总面积', '校舍', '学校建筑面积', '总建筑面积', '校舍建筑总面积'])],
    contains: [[/校舍.*面积|建筑面积/, 0.85], [/^校舍/, 0.7]],
    exclude: /生均|危房|教学|体育|宿舍|食堂|行政|生活|租用|在建|报废|绿化|占地|用房|厕所|音乐|美术|教室/,
  },
  {
    field: 'teachingArea',
    exact: [exact(['教学及辅助用房面积', '教学及辅助用房', '教学辅助用房', '教学及辅助用房建筑面积', '教学及教辅用房', '教学及教学辅助用房', '教学辅助用房面积', '教学及辅助用房总面积'])],
    contains: [[/教学及辅助用房|教学辅助用房|教学及教辅用房|教学及教学辅助用房/, 0.9], [/教学用房/, 0.7]],
    exclude: /室内体育|体育馆|风雨|生均|普通教室|实验室|专用教室|图书室|微机室|行政|生活|音乐|美术|多媒体|计算机/,
  },
  {
    field: 'indoorSportsArea',
    exact: [exact(['室内体育用房', '室内体育用房面积', '体育馆', '体育馆面积', '风雨操场', '风雨操场面积', '室内体育馆', '室内体育场馆', '室内体育活动用房', '室内体育场馆面积'])],
    contains: [[/室内体育|体育馆|风雨操场/, 0.85]],
    exclude: /运动场馆|生均|器材|室外|教师/,
  },
  {
    field: 'sportsArea',
    exact: [exact(['体育运动场馆面积', '体育运动场馆', '体育运动场馆总面积', '运动场馆面积', '体育场馆面积', '体育场馆', '运动场馆'])],
    contains: [[/运动场馆|体育场馆/, 0.85]],
    exclude: /室内|室外|生均|教师|器材/,
  },
  {
    field: 'fieldArea',
    exact: [exact(['运动场地面积', '运动场地', '体育运动场地面积', '运动场面积', '运动场', '室外运动场地面积', '室外运动场', '田径场', '田径场面积', '操场', '操场面积', '体育场地面积', '体育场地', '体育运动场地', '室外运动场面积'])],
    contains: [[/运动场(?!馆)|体育场地|田径场|操场/, 0.8]],
    exclude: /风雨|室内|场馆|生均|器材|教师/,
  },
  {
    field: 'greenArea',
    exact: [exact(['绿化用地面积', '绿化面积', '绿地面积', '绿化用地', '绿地', '绿化'])],
    contains: [[/绿化|绿地/, 0.85]],
    exclude: /率|生均|比例|覆盖/,
  },
  {
    field: 'equipmentValue',
    exact: [exact(['教学仪器设备资产值', '教学仪器设备值', '仪器设备值', '教学仪器设备总值', '仪器设备资产值', '教学仪器设备', '教学仪器设备资产总值', '教学仪器设备价值', '教学仪器设备资产', '仪器设备总值', '教学设备资产值', '教学设备值', '教学仪器设备金额', '教学仪器设备值总额'])],
    contains: [[/仪器设备/, 0.85], [/教学设备|设备资产|设备值|设备总值/, 0.75]],
    exclude: /生均|台|件|套|图书|计算机|信息化|新增|当年|数量|每百|电脑/,
  },
  {
    field: 'books',
    exact: [exact(['图书', '图书册数', '藏书', '藏书量', '图书藏量', '纸质图书', '藏书册数', '图书总数', '图书总册数', '纸质图书册数', '藏书总量', '图书藏书量', '图书数量'])],
    contains: [[/图书|藏书/, 0.8]],
    exclude: /图书室|图书馆|阅览|生均|电子|新增|当年|面积|教师|经费|购置|值|金额|元|每百|间/,
  },
  {
    field: 'computers',
    exact: [exact(['教学用计算机', '教学用计算机数', '教学用电脑', '学生用计算机']), exact(['计算机', '计算机台数', '电脑', '电脑台数', '计算机总数'], 0.9)],
    contains: [[/教学用(计算机|电脑)|(计算机|电脑).*教学用/, 0.95], [/计算机|电脑/, 0.8]],
    exclude: /教室|网络|室|生均|平板|教师用|办公|值|元|每百|比/,
  },
  {
    field: 'multimediaRooms',
    exact: [exact(['网络多媒体教室', '网络多媒体教室数', '多媒体教室', '多媒体教室数', '网络多媒体教室间数'])],
    contains: [[/网络多媒体/, 0.9], [/多媒体/, 0.75], [/班班通/, 0.6]],
    exclude: /面积|生均|每百|设备值|元|台/,
  },
  {
    field: 'musicRooms',
    exact: [exact(['音乐专用教室', '音乐教室', '音乐室', '音乐专用教室间数', '音乐专用教室数', '音乐教室数', '音乐室间数'])],
    contains: [[/音乐(专用)?教室|音乐室|专用教室.*音乐/, 0.85]],
    exclude: /面积|教师|器材|美术/,
  },
  {
    field: 'musicRoomArea',
    exact: [exact(['音乐专用教室面积', '音乐教室面积', '音乐室面积', '音乐专用教室使用面积'])],
    contains: [[/(音乐(专用)?教室|音乐室|专用教室.*音乐).*面积/, 0.9], [/音乐(专用)?教室|音乐室|专用教室.*音乐/, 0.55]],
    exclude: /教师|器材|生均|美术|间/,
    unitConfirms: 'area',
  },
  {
    field: 'artRooms',
    exact: [exact(['美术专用教室', '美术教室', '美术室', '美术专用教室间数', '美术专用教室数', '美术教室数', '美术室间数'])],
    contains: [[/美术(专用)?教室|美术室|专用教室.*美术/, 0.85]],
    exclude: /面积|教师|器材|音乐/,
  },
  {
    field: 'artRoomArea',
    exact: [exact(['美术专用教室面积', '美术教室面积', '美术室面积', '美术专用教室使用面积'])],
    contains: [[/(美术(专用)?教室|美术室|专用教室.*美术).*面积/, 0.9], [/美术(专用)?教室|美术室|专用教室.*美术/, 0.55]],
    exclude: /教师|器材|生均|音乐|间/,
    unitConfirms: 'area',
  },
  {
    field: { total: 'teachers', primary: 'teachersPrimary', junior: 'teachersJunior' },
    exact: [exact(['专任教师', '专任教师数', '专任教师人数', '专任教师总数', '专任教师合计']), exact(['教师', '教师数', '教师人数'], 0.8)],
    contains: [[/专任教师/, 0.85], [/教师/, 0.6]],
    exclude: TEACHER_BREAKDOWN,
  },
  {
    field: { total: 'aboveDegreeTeachers', primary: 'aboveDegreeTeachersPrimary', junior: 'aboveDegreeTeachersJunior' },
    byStage: (t, stage) => {
      if (/高于规定学历|超过规定学历|高于规定的学历/.test(t)) return 1;
      if (/(专科|大专)(学历)?(及|或)?以上/.test(t)) return stage === 'primary' ? 0.95 : stage === 'junior' ? 0.4 : 0.7;
      if (/本科(学历)?(及|或)?以上/.test(t)) return stage === 'junior' ? 0.95 : stage === 'primary' ? 0.6 : 0.75;
      return 0;
    },
    exclude: /学生|比例|率|生均|每百/,
  },
  {
    field: 'seniorTitleTeachers',
    exact: [exact(['中级及以上职称', '中级及以上职称教师', '中级及以上专业技术职务', '中级及以上专业技术职务教师', '中高级职称', '中高级职称教师', '中级以上职称', '中级及以上', '中级以上', '中高级', '中级职称及以上', '具有中级及以上职称教师', '中级及以上职称专任教师'])],
    contains: [[/中级(职称|职务)?(及|或)?(中级)?以上|中高级|中级(职称|专业技术职务)及以上/, 0.9], [/(小学)?高级(职称)?及以上|一级及以上/, 0.5]],
    exclude: /生均|比例|率|每百|学生/,
  },
  {
    field: 'backboneTeachers',
    exact: [exact(['县级及以上骨干教师', '县级以上骨干教师', '县级及以上骨干', '骨干教师', '骨干', '县级及以上骨干教师数'])],
    contains: [[/县级(及|或)?以上骨干/, 0.95], [/^(省|市|国家)级骨干/, 0.5], [/县级骨干/, 0.7], [/骨干/, 0.8]],
    exclude: /生均|比例|率|每百|交流|轮岗|学生/,
  },
  {
    field: 'peTeachers',
    exact: [exact(['体育教师', '体育专任教师', '专任体育教师', '体育', '体育学科教师', '体育学科'])],
    contains: [[/体育/, 0.8]],
    exclude: /艺术|音乐|美术|场|馆|用房|面积|器材|设施|设备|教室|课|生均|每百|比/,
    needs: /教师|专任|师资/,
  },
  {
    field: 'artTeachers',
    exact: [exact(['艺术教师', '艺术专任教师', '艺术', '艺术类教师', '音乐美术教师', '艺术学科教师', '音美教师'])],
    contains: [[/艺术/, 0.8], [/音乐美术|音美/, 0.75]],
    exclude: /体育|场|馆|教室|器材|面积|生均|每百|室/,
    needs: /教师|专任|师资/,
  },
  {
    field: 'musicTeachers',
    exact: [exact(['音乐教师', '音乐专任教师', '音乐', '音乐学科教师'])],
    contains: [[/音乐/, 0.8]],
    exclude: /美术|艺术|体育|教室|室|器材|面积/,
    needs: /教师|专任|师资/,
  },
  {
    field: 'fineArtTeachers',
    exact: [exact(['美术教师', '美术专任教师', '美术', '美术学科教师'])],
    contains: [[/美术/, 0.8]],
    exclude: /音乐|艺术|体育|教室|室|器材|面积/,
    needs: /教师|专任|师资/,
  },
];

/** Fields that exist per stage: a stage qualifier on any other field makes the match doubtful. */
function pickField(rule: Rule, stage: StageOf): { field: FieldId | null; factor: number } {
  const f = rule.field;
  if (typeof f === 'string') return { field: f, factor: stage === null ? 1 : 0.6 };
  if (stage === null) return { field: f.total, factor: 1 };
  if (stage === 'mixed') return { field: f.total, factor: 0.7 };
  const staged = f[stage];
  return staged ? { field: staged, factor: 1 } : { field: null, factor: 0 };
}

function ruleScore(rule: Rule, text: string, stage: StageOf): number {
  if (text === '') return 0;
  if (rule.exclude && rule.exclude.test(text)) return 0;
  let best = 0;
  const c = canon(text);
  for (const [words, conf] of rule.exact ?? []) if (conf > best && words.includes(c)) best = conf;
  for (const [re, conf] of rule.contains ?? []) {
    if (re.test(text)) {
      best = Math.max(best, conf);
      break; // ordered: the first pattern that matches says how sure we are
    }
  }
  if (rule.byStage) best = Math.max(best, rule.byStage(text.replace(/^其中[:：]?/, ''), stage));
  return best;
}

function isExact(rule: Rule, text: string): boolean {
  if (rule.exclude && rule.exclude.test(text)) return false;
  const c = canon(text);
  return (rule.exact ?? []).some(([words]) => words.includes(c));
}

export interface ParsedHeader {
  /** Normalised parts without units, brackets, 其中 or numbering; blanks dropped. */
  parts: string[];
  unit: UnitInfo | null;
}

const BRACKETS = /[(（[［【〔<《]([^()（）[\]［］【】〔〕<>《》]*)[)）\]］】〕>》]/g;
const TRAILING_UNIT = /^(.+?)[/／]?(m2|m\^2|平方米|平米|万元|千元|万平方米|亩)$/;

/** Split a joined header into normalised parts and find its unit (the deepest one wins). */
export function parseHeader(header: string): ParsedHeader {
  let unit: UnitInfo | null = null;
  const parts: string[] = [];
  for (const rawPart of header.split(HEADER_JOINER)) {
    // Units first, on the text as written, so that the unit is reported in its own width ("㎡", "（万元）").
    const noBrackets = rawPart.replace(BRACKETS, (_m, inner: string) => {
      const u = parseUnit(inner);
      if (u) unit = u;
      return '';
    });
    let p = normalizeText(noBrackets)
      .replace(/^其中[:：]?/, '')
      .replace(/^(\d{1,2}[.、]|[①-⑳])/, '')
      .replace(/[:：]$/, '');
    const whole = parseUnit(noBrackets);
    if (whole) {
      unit = whole;
      continue;
    }
    const tail = TRAILING_UNIT.exec(p);
    if (tail) {
      const u = parseUnit(tail[2]);
      if (u) {
        unit = { ...u, unit: tail[2] === 'm2' ? '㎡' : tail[2] };
        p = tail[1];
      }
    }
    if (p !== '') parts.push(p);
  }
  return { parts, unit };
}

function isQualifier(part: string): boolean {
  return QUALIFIER.test(part.replace(STAGE_WORDS, ''));
}

const KIND_OF_UNIT_MISMATCH = 0.4;

/** The factor a header unit implies for a field: only when the unit is of the field's kind. */
export function factorFor(field: FieldId | null, unit: UnitInfo | null): number {
  if (!unit) return 1;
  if (field === null) return unit.factor;
  const def = fieldDef(field);
  return def.kind !== 'text' && def.kind === unit.kind ? unit.factor : 1;
}

function kindOf(field: FieldId): NumberKind | 'text' {
  return fieldDef(field).kind;
}

const cache = new Map<string, HeaderMatch>();

/** Map one joined header text to a field. Never throws; field null when nothing fits. */
export function matchHeader(header: string): HeaderMatch {
  const hit = cache.get(header);
  if (hit) return hit;
  const result = matchUncached(header);
  if (cache.size > 5000) cache.clear();
  cache.set(header, result);
  return result;
}

function matchUncached(header: string): HeaderMatch {
  const { parts, unit } = parseHeader(header);
  const unitShown = unit ? (unit as UnitInfo).unit : null;
  const none: HeaderMatch = { field: null, confidence: 0, unit: unitShown, factor: unit ? (unit as UnitInfo).factor : 1 };
  if (parts.length === 0) return none;
  const stage = stageOf(parts);
  const whole = parts.join('');
  // Last index from which every later part is a qualifier: runs must end at or after it.
  let qualifiedFrom = parts.length;
  while (qualifiedFrom > 0 && isQualifier(parts[qualifiedFrom - 1])) qualifiedFrom--;
  const minEnd = Math.max(qualifiedFrom - 1, 0);

  let best: { field: FieldId; confidence: number } | null = null;
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(whole)) continue;
    let score = 0;
    for (let j = minEnd; j < parts.length; j++) {
      for (let i = 0; i <= j; i++) {
        const text = stripStage(parts.slice(i, j + 1).join(''));
        const s = ruleScore(rule, text, stage);
        // A run of several parts counts only when it is an exact synonym ("教学仪器设备 / 资产值") or its deepest
        // part adds meaning ("计算机 / 其中：教学用"); otherwise "在校生数 / 一年级" would pass as 在校生数.
        if (j > i && !isExact(rule, text) && s <= ruleScore(rule, stripStage(parts.slice(i, j).join('')), stage)) continue;
        score = Math.max(score, s);
      }
    }
    if (rule.unitConfirms && score > 0 && unit && (unit as UnitInfo).kind === rule.unitConfirms) score = Math.max(score, 0.9);
    if (score <= 0) continue;
    const picked = pickField(rule, stage);
    if (!picked.field) continue;
    let confidence = score * picked.factor;
    const kind = kindOf(picked.field);
    if (unit && kind !== 'text' && (unit as UnitInfo).kind !== kind) confidence *= KIND_OF_UNIT_MISMATCH;
    if (unit && kind === 'text') confidence *= KIND_OF_UNIT_MISMATCH;
    if (!best || confidence > best.confidence + 1e-9) best = { field: picked.field, confidence };
  }
  if (!best || best.confidence < 0.3) return none;
  return {
    field: best.field,
    confidence: Math.round(best.confidence * 1000) / 1000,
    unit: unitShown,
    factor: factorFor(best.field, unit),
  };
}

/** Stage words are qualifiers, not part of the meaning ("小学在校生数" means 在校生数 of 小学). */
function stripStage(text: string): string {
  return text.replace(STAGE_WORDS, '');
}
