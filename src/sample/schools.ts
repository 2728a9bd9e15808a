/**
 * Plans the schools of a sample county (kinds, names, townships) and draws plausible values around the
 * quality-2017 standards: a per-school "strength" moves all of its indicators together, so some schools pass
 * everything, some fail a few and a weak one fails most.
 */
import type { SchoolType, UrbanRural } from '../core/types';
import { CHINESE_ORDINALS, townshipName, townStem, villageName } from './names';
import { shuffle, type Rng } from './prng';
import type { Ownership, SampleValueField, StageCounts, TruthSchool } from './truth';

type Kind = '小学' | '教学点小' | '教学点大' | '初级中学' | '九年一贯制学校' | '完全中学' | '十二年一贯制学校';

interface Plan {
  kind: Kind;
  ownership: Ownership;
  township: number;
}

/** Share of each kind in a county; the rest are 小学. */
const SHARES: [Kind, number][] = [
  ['教学点小', 0.04],
  ['教学点大', 0.04],
  ['初级中学', 0.17],
  ['九年一贯制学校', 0.11],
  ['完全中学', 0.04],
  ['十二年一贯制学校', 0.02],
];

function planKinds(n: number, rng: Rng): Plan[] {
  const kinds: Kind[] = [];
  for (const [kind, share] of SHARES) {
    const k = n >= 12 ? Math.max(1, Math.round(n * share)) : 0;
    for (let i = 0; i < k; i++) kinds.push(kind);
  }
  while (kinds.length < n) kinds.push('小学');
  kinds.length = n;
  shuffle(rng, kinds);
  const townships = Math.max(3, Math.round(n / 5));
  const plans: Plan[] = kinds.map((kind) => ({
    kind,
    ownership: '公办',
    // County-level secondary schools sit in the county town.
    township:
      kind === '完全中学' || kind === '十二年一贯制学校'
        ? 0
        : kind === '教学点小' || kind === '教学点大'
          ? rng.int(1, townships - 1)
          : rng.int(0, townships - 1),
  }));
  // One private school per 50 (a 九年一贯制 if there is one), one provincial school per 100 (a 小学).
  const privates = n >= 10 ? Math.max(1, Math.floor(n / 50)) : 0;
  const provincial = n >= 20 ? Math.max(1, Math.floor(n / 100)) : 0;
  const pool = (k: Kind) => plans.filter((p) => p.kind === k);
  const nine = pool('九年一贯制学校');
  const primary = pool('小学');
  const privatePool = nine.length > privates ? nine : primary;
  for (let i = 0; i < privates && i < privatePool.length - 1; i++) privatePool[i].ownership = '民办';
  for (let i = 0; i < provincial && i < primary.length - 1; i++) {
    const p = primary[primary.length - 1 - i];
    if (p.ownership !== '公办') continue;
    p.ownership = '省直属';
    p.township = 0;
  }
  // Sheets list schools township by township.
  return plans.sort((a, b) => a.township - b.township);
}

interface Naming {
  used: Set<string>;
  suffix: Map<string, number>;
  villages: Map<number, number>;
  centres: Set<string>;
  countyOrdinal: number;
  cityPrimary: number;
  privateNo: number;
}

const PRIVATE_NAMES = ['博雅外国语学校', '启航实验学校', '明德学校', '育英学校'];

function nameFor(plan: Plan, naming: Naming): { name: string; centre: boolean } {
  const town = townshipName(plan.township);
  const nextVillage = () => {
    const j = naming.villages.get(plan.township) ?? 0;
    naming.villages.set(plan.township, j + 1);
    return villageName(j + plan.township * 7);
  };
  const firstOf = (key: string) => {
    if (naming.centres.has(key)) return false;
    naming.centres.add(key);
    return true;
  };
  let name: string;
  let centre = false;
  if (plan.ownership === '民办') {
    name = `青山县${PRIVATE_NAMES[naming.privateNo++ % PRIVATE_NAMES.length]}`;
  } else if (plan.ownership === '省直属') {
    name = '青山师范附属小学';
  } else if (plan.kind === '完全中学') {
    name = `青山县第${CHINESE_ORDINALS[naming.countyOrdinal++ % 10]}中学`;
    centre = true;
  } else if (plan.kind === '十二年一贯制学校') {
    name = `青山县${nextVillage().slice(0, 1)}园实验学校`;
    centre = true;
  } else if (plan.kind === '小学') {
    if (plan.township === 0) {
      name = naming.cityPrimary === 0 ? '青山县实验小学' : `城关第${CHINESE_ORDINALS[naming.cityPrimary % 10]}小学`;
      naming.cityPrimary++;
      centre = true;
    } else if (firstOf(`p${plan.township}`)) {
      name = `${town}中心小学`;
      centre = true;
    } else name = `${town}${nextVillage()}小学`;
  } else if (plan.kind === '初级中学') {
    if (firstOf(`j${plan.township}`)) name = plan.township === 0 ? '青山县城关中学' : `${town}中学`;
    else name = `${town}${nextVillage()}中学`;
    centre = true;
  } else if (plan.kind === '九年一贯制学校') {
    name = `${townStem(town)}${nextVillage()}学校`;
  } else {
    name = `${town}${nextVillage()}教学点`;
  }
  // Repeated names get （2）, （3）…; the next suffix per name is remembered so big counties stay fast.
  let unique = name;
  let k = naming.suffix.get(name) ?? 2;
  while (naming.used.has(unique)) unique = `${name}（${k++}）`;
  naming.suffix.set(name, k);
  naming.used.add(unique);
  return { name: unique, centre };
}

const TYPE_OF: Record<Kind, SchoolType> = {
  小学: '小学',
  教学点小: '小学教学点',
  教学点大: '小学教学点',
  初级中学: '初级中学',
  九年一贯制学校: '九年一贯制学校',
  完全中学: '完全中学',
  十二年一贯制学校: '十二年一贯制学校',
};

function studentsFor(plan: Plan, urban: UrbanRural, rng: Rng): StageCounts {
  const s = { primary: 0, junior: 0, senior: 0 };
  switch (plan.kind) {
    case '小学':
      s.primary = urban === '城区' ? rng.int(800, 2400) : urban === '镇区' ? rng.int(350, 1300) : rng.int(60, 520);
      break;
    case '教学点小':
      s.primary = rng.int(6, 45);
      break;
    case '教学点大':
      s.primary = rng.int(50, 110);
      break;
    case '初级中学':
      s.junior = urban === '城区' ? rng.int(900, 2200) : rng.int(260, 1200);
      break;
    case '九年一贯制学校':
      s.primary = rng.int(150, 1100);
      s.junior = rng.int(80, 700);
      break;
    case '完全中学':
      s.junior = rng.int(500, 1600);
      s.senior = rng.int(400, 1800);
      break;
    case '十二年一贯制学校':
      s.primary = rng.int(300, 1200);
      s.junior = rng.int(200, 900);
      s.senior = rng.int(200, 900);
      break;
  }
  return s;
}

/** quality-2017 standards, primary / junior (senior stages of mixed schools are drawn like junior ones). */
const STD = {
  primary: { aboveDeg: 4.2, backbone: 1.0, peArt: 0.9, teaching: 4.5, sports: 7.5, equip: 2000, mm: 2.3 },
  junior: { aboveDeg: 5.3, backbone: 1.0, peArt: 0.9, teaching: 5.8, sports: 10.2, equip: 2500, mm: 2.4 },
};

function strength(rng: Rng): number {
  const r = rng.next();
  if (r < 0.35) return rng.range(1.05, 1.5);
  if (r < 0.75) return rng.range(0.9, 1.15);
  return rng.range(0.6, 0.95);
}

function valuesFor(students: StageCounts, urban: UrbanRural, small: boolean, rng: Rng) {
  const q = strength(rng);
  const f = () => q * rng.range(0.88, 1.15);
  const v: Record<SampleValueField, number> = {
    landArea: 0, buildingArea: 0, teachingArea: 0, indoorSportsArea: 0, sportsArea: 0, greenArea: 0,
    equipmentValue: 0, books: 0, computers: 0, multimediaRooms: 0, teachers: 0, teachersPrimary: 0,
    teachersJunior: 0, aboveDegreeTeachers: 0, seniorTitleTeachers: 0, backboneTeachers: 0, peTeachers: 0,
    artTeachers: 0,
  };
  let teachingNet = 0;
  let sports = 0;
  let equip = 0;
  let rooms = 0;
  let computers = 0;
  let books = 0;
  let land = 0;
  const cramped = urban === '城区' ? 0.75 : 1;
  for (const stage of ['primary', 'junior', 'senior'] as const) {
    const p = students[stage];
    if (p === 0) continue;
    const std = stage === 'primary' ? STD.primary : STD.junior;
    // Teaching rooms a little above the quality line so the stricter provincial lines (湖北 5.66 / 6.66) are reachable.
    teachingNet += std.teaching * 1.1 * f() * cramped * p;
    // Site around the 湖北 line: 20 ㎡ primary, 25 ㎡ junior; county-town schools are cramped.
    land += (stage === 'primary' ? 20 : 25) * f() * (urban === '城区' ? 0.85 : 1) * p;
    sports += std.sports * f() * cramped * p;
    equip += std.equip * f() * p;
    rooms += (std.mm * f() * p) / 100;
    computers += p * rng.range(0.06, 0.2) * q;
    books += p * (stage === 'primary' ? rng.range(18, 40) : rng.range(25, 55)) * q;
    const ratio = stage === 'primary' ? rng.range(12, 21) : rng.range(10, 15);
    const t = Math.max(1, Math.round(p / ratio));
    const cap = (x: number) => Math.max(0, Math.min(t, Math.round(x)));
    const aboveDeg = small ? cap(t * rng.range(0.5, 1)) : cap((std.aboveDeg * f() * p) / 100);
    const backbone = small ? rng.int(0, 1) : cap((std.backbone * f() * p) / 100);
    const peArt = small ? rng.int(0, 1) : cap((std.peArt * f() * p) / 100);
    const pe = Math.round(peArt * 0.45);
    v.teachers += t;
    if (stage === 'primary') v.teachersPrimary = t;
    if (stage === 'junior') v.teachersJunior = t;
    v.aboveDegreeTeachers += aboveDeg;
    v.seniorTitleTeachers += cap(t * rng.range(0.3, 0.75));
    v.backboneTeachers += Math.min(t, backbone);
    v.peTeachers += pe;
    v.artTeachers += Math.min(t, peArt) - pe;
  }
  const total = students.primary + students.junior + students.senior;
  v.indoorSportsArea = !small && total > 500 && rng.chance(0.4) ? Math.round(rng.range(200, 900)) : 0;
  v.teachingArea = Math.round(teachingNet) + v.indoorSportsArea;
  v.sportsArea = Math.round(sports) + v.indoorSportsArea;
  v.buildingArea = Math.round(v.teachingArea * rng.range(1.3, 1.9));
  v.landArea = Math.round(Math.max(v.buildingArea * 0.8, land));
  v.greenArea = Math.round(v.landArea * Math.min(0.45, 0.3 * f()));
  // Equipment is kept to whole hundreds of 元 so the 万元 column has two exact decimals.
  v.equipmentValue = Math.round(equip / 100) * 100;
  v.books = Math.round(books);
  v.computers = Math.max(small ? 0 : 2, Math.round(computers));
  v.multimediaRooms = Math.max(1, Math.round(rooms));
  return v;
}

export type PlannedSchool = Omit<TruthSchool, 'row' | 'mistakes'>;

/** The schools of a county, in sheet order (grouped by township). */
export function planSchools(n: number, rng: Rng): PlannedSchool[] {
  const naming: Naming = { used: new Set(), suffix: new Map(), villages: new Map(), centres: new Set(), countyOrdinal: 0, cityPrimary: 0, privateNo: 0 };
  return planKinds(n, rng).map((plan, i) => {
    const township = townshipName(plan.township);
    const { name, centre } = nameFor(plan, naming);
    const urbanRural: UrbanRural =
      plan.township === 0 ? '城区' : centre && township.endsWith('镇') ? '镇区' : '乡村';
    const students = studentsFor(plan, urbanRural, rng);
    const small = plan.kind === '教学点小' || plan.kind === '教学点大';
    const values = valuesFor(students, urbanRural, small, rng);
    const classSize = () => (urbanRural === '城区' ? rng.range(38, 56) : rng.range(22, 48));
    return {
      name,
      code: String(2142000000 + i * 37 + 11),
      township,
      type: TYPE_OF[plan.kind],
      ownership: plan.ownership,
      urbanRural,
      students: { ...students, total: students.primary + students.junior + students.senior },
      classes: {
        primary: students.primary ? Math.max(1, Math.ceil(students.primary / classSize())) : 0,
        junior: students.junior ? Math.max(1, Math.ceil(students.junior / (classSize() + 4))) : 0,
      },
      values,
    };
  });
}
