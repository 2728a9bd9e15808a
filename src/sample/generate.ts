/**
 * A fictional county's census sheet (青山县) in the messy layout bureaus really send (domain brief §3): a merged
 * title, a 填报单位 line, two header rows with merged parents, units in the headers, a 合计 row, blank spacer rows
 * and a 填表说明 note — plus, with `messy`, a few honest typing mistakes at known cells, listed in the truth.
 * Pure and deterministic: the same options give the same grid.
 */
import { a1, type CellValue, type MergeRange, type SheetGrid } from '../core/grid';
import { COLUMNS, columnOf, type ColumnSpec } from './layout';
import { mulberry32, shuffle, type Rng } from './prng';
import { planSchools, type PlannedSchool } from './schools';
import type { SampleValueField, TruthMistake, TruthSchool } from './truth';

export interface GenerateOptions {
  schools: number;
  seed?: number;
  messy?: boolean;
}

export interface SampleLayout {
  /** 0-based rows. */
  titleRow: number;
  headerTop: number;
  headerRows: number;
  dataRows: number[];
  /** Blank rows inside the table (messy only). */
  spacerRows: number[];
  totalRow: number;
  noteRow: number;
  columns: readonly ColumnSpec[];
}

export interface GeneratedCounty {
  grid: SheetGrid;
  truth: TruthSchool[];
  layout: SampleLayout;
}

export const SAMPLE_SHEET_NAME = '学校基本情况';
export const SAMPLE_TITLE = '青山县2026年义务教育学校办学条件统计表';
export const DEFAULT_SEED = 20260901;

const NOTE =
  '填表说明：1. 本表由各校填报，乡镇中心学校审核；2. 面积单位为平方米，教学仪器设备资产值单位为万元；' +
  '3. 专任教师“高于规定学历”指小学专科及以上、初中本科及以上学历；4. 一贯制学校按学段分别填写在校生数、班级数和专任教师数。';

/** School value → what the sheet shows in a column (null for a stage the school does not have). */
function cellFor(s: PlannedSchool, col: ColumnSpec, seq: number): CellValue {
  const v = s.values;
  switch (col.field) {
    case null:
      return seq;
    case 'name':
      return s.name;
    case 'code':
      return s.code;
    case 'township':
      return s.township;
    case 'schoolType':
      return s.type;
    case 'ownership':
      return s.ownership;
    case 'urbanRural':
      return s.urbanRural;
    case 'students':
      return s.students.total;
    case 'studentsPrimary':
      return s.students.primary || null;
    case 'studentsJunior':
      return s.students.junior || null;
    case 'studentsSenior':
      return s.students.senior || null;
    case 'classesPrimary':
      return s.classes.primary || null;
    case 'classesJunior':
      return s.classes.junior || null;
    case 'teachersPrimary':
      return s.students.primary ? v.teachersPrimary : null;
    case 'teachersJunior':
      return s.students.junior ? v.teachersJunior : null;
    default: {
      const base = v[col.field as SampleValueField];
      if (base === undefined) throw new Error(`sample has no value for ${col.field}`);
      return col.factor === 1 ? base : base / col.factor;
    }
  }
}

const FULL_WIDTH_ZERO = 0xff10;
export function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
}

/** The few mistakes of a messy sheet, each put into a different ordinary public school. */
function planMistakes(schools: TruthSchool[], rows: CellValue[][], rng: Rng): void {
  const ordinary = shuffle(
    rng,
    schools.filter((s) => s.type === '小学' && s.ownership === '公办' && s.students.primary >= 100),
  );
  const mixed = schools.filter((s) => s.type === '九年一贯制学校' && s.ownership === '公办');
  const taken = new Set<TruthSchool>();
  const take = (pool: TruthSchool[], ok: (s: TruthSchool) => boolean = () => true) => {
    const s = pool.find((x) => !taken.has(x) && ok(x));
    if (s) taken.add(s);
    return s;
  };
  const put = (
    s: TruthSchool | undefined,
    field: SampleValueField,
    kind: TruthMistake['kind'],
    written: CellValue,
    readAs: number | null,
    problem: TruthMistake['problem'],
  ) => {
    if (!s) return;
    const col = columnOf(field);
    const row = s.row - 1;
    rows[row][col] = written;
    s.mistakes.push({ kind, field, cell: a1(row, col), written, intended: s.values[field], readAs, problem });
  };
  let s = take(ordinary, (x) => x.values.books >= 1000);
  if (s) put(s, 'books', 'thousands-separator', s.values.books.toLocaleString('en-US'), s.values.books, 'number-as-text');
  s = take(ordinary);
  if (s) put(s, 'computers', 'full-width-digits', toFullWidthDigits(String(s.values.computers)), s.values.computers, 'number-as-text');
  s = take(ordinary);
  if (s) put(s, 'teachingArea', 'unit-in-cell', `${s.values.teachingArea}平米`, s.values.teachingArea, 'unit-in-cell');
  s = take(ordinary);
  put(s, 'equipmentValue', 'error-value', { error: '#DIV/0!' }, null, 'error-value');
  s = take(ordinary);
  put(s, 'sportsArea', 'not-a-number', '不详', null, 'not-a-number');
  // 元 typed into the 万元 column: read as 10 000 times the real value; only an outlier warning can catch it.
  s = take(mixed) ?? take(ordinary);
  if (s) put(s, 'equipmentValue', 'wan-yuan-slip', s.values.equipmentValue, s.values.equipmentValue * 10000, 'outlier');
  s = take(ordinary, (x) => x.values.seniorTitleTeachers + 1 <= x.values.teachers);
  if (s) {
    const written = s.values.seniorTitleTeachers + 0.5;
    put(s, 'seniorTitleTeachers', 'fractional-count', written, null, 'fractional-count');
  }
}

export function generateCounty(opts: GenerateOptions): GeneratedCounty {
  const rng = mulberry32(opts.seed ?? DEFAULT_SEED);
  const planned = planSchools(opts.schools, rng);
  const width = COLUMNS.length;
  const last = width - 1;
  const rows: CellValue[][] = [];
  const merges: MergeRange[] = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);

  const title = blank();
  title[0] = SAMPLE_TITLE;
  rows.push(title);
  merges.push({ top: 0, left: 0, bottom: 0, right: last });

  const filler = blank();
  filler[0] = '填报单位：青山县教育局（盖章）';
  filler[last - 5] = '填报日期：2026年9月30日';
  rows.push(filler);
  merges.push({ top: 1, left: 0, bottom: 1, right: 6 }, { top: 1, left: last - 5, bottom: 1, right: last });

  // Two header rows: parents merged across their children, single headers merged down.
  const headerTop = rows.length;
  const top = blank();
  const sub = blank();
  for (let c = 0; c < width; c++) {
    const col = COLUMNS[c];
    if (!col.sub) {
      top[c] = col.top;
      merges.push({ top: headerTop, left: c, bottom: headerTop + 1, right: c });
    } else {
      sub[c] = col.sub;
      if (c === 0 || COLUMNS[c - 1].top !== col.top) {
        top[c] = col.top;
        let end = c;
        while (end + 1 < width && COLUMNS[end + 1].top === col.top) end++;
        merges.push({ top: headerTop, left: c, bottom: headerTop, right: end });
      }
    }
  }
  rows.push(top, sub);

  const truth: TruthSchool[] = [];
  const dataRows: number[] = [];
  const spacerRows: number[] = [];
  planned.forEach((s, i) => {
    // Messy sheets have a stray blank row where the second township starts.
    if (opts.messy && i > 0 && s.township !== planned[i - 1].township && spacerRows.length === 0) {
      spacerRows.push(rows.length);
      rows.push(blank());
    }
    dataRows.push(rows.length);
    rows.push(COLUMNS.map((col) => cellFor(s, col, i + 1)));
    truth.push({ ...s, row: rows.length, mistakes: [] });
  });

  const totalRow = rows.length;
  const total = blank();
  total[0] = '合计';
  merges.push({ top: totalRow, left: 0, bottom: totalRow, right: 1 });
  for (let c = 7; c < width; c++) {
    let sum = 0;
    for (const r of dataRows) sum += (rows[r][c] as number | null) ?? 0;
    total[c] = COLUMNS[c].factor === 1 ? sum : Math.round(sum * 100) / 100;
  }
  rows.push(total);
  rows.push(blank(), blank());
  const noteRow = rows.length;
  const note = blank();
  note[0] = NOTE;
  rows.push(note);
  merges.push({ top: noteRow, left: 0, bottom: noteRow, right: last });

  if (opts.messy) planMistakes(truth, rows, rng);

  return {
    grid: { name: SAMPLE_SHEET_NAME, rows, merges },
    truth,
    layout: { titleRow: 0, headerTop, headerRows: 2, dataRows, spacerRows, totalRow, noteRow, columns: COLUMNS },
  };
}
