/**
 * The engine's CVs against an independent oracle (./oracle-cv.ts) computed from the generator's truth. Each
 * county goes the whole way a bureau's file does: grid → .xlsx (exceljs) → the project's reader → evaluate.
 * Counties cover mixed schools, exclusions (民办, 省直属, teaching points), two-row merged headers, a 万元
 * column, the 合计 row, and for messy ones the typing mistakes the truth lists.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readWorkbookFile } from '../../src/cli/read-xlsx';
import { evaluate } from '../../src/core/evaluate';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid';
import { generateCounty } from '../../src/sample/generate';
import { SAMPLE_PATH, SAMPLE_SCHOOLS } from '../../src/sample/write-sample';
import { writeGridsToXlsx } from '../../src/sample/xlsx';
import { disagreements, missingProblems, schoolDisagreements } from './compare';
import { oracleDispersion, type Framework } from './oracle-cv';

const FRAMEWORKS: Framework[] = ['quality-2017', 'basic-2012'];

const COUNTIES = [
  { schools: 60, seed: 1, messy: false },
  { schools: 60, seed: 2, messy: false },
  { schools: 120, seed: 3, messy: false },
  { schools: 80, seed: 4, messy: true },
  { schools: 150, seed: 5, messy: true },
];

/** A decoy sheet first, so the census has to be found. */
const DECOY: SheetGrid = { name: '说明', rows: [['本表为测试数据'], ['面积单位：平方米']], merges: [] };

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-oracle-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function roundTrip(grid: SheetGrid, name: string): Promise<WorkbookGrid> {
  const file = path.join(dir, `${name}.xlsx`);
  await writeGridsToXlsx([DECOY, grid], file);
  return readWorkbookFile(file);
}

describe.each(COUNTIES)('county of $schools schools, seed $seed, messy $messy', (opts) => {
  const { grid, truth } = generateCounty(opts);
  let workbook: WorkbookGrid;
  beforeAll(async () => {
    workbook = await roundTrip(grid, `county-${opts.seed}`);
  });

  it.each(FRAMEWORKS)('%s: every CV, mean, school count and school value agrees with the oracle', (framework) => {
    const ev = evaluate(workbook, { standard: framework });
    expect(ev.sheet).toBe(grid.name);
    expect(disagreements(ev, truth, framework)).toEqual([]);
    expect(schoolDisagreements(ev, truth, framework)).toEqual([]);
  });

  it('basic-2012 with the Hubei school standard gives the same CVs', () => {
    const ev = evaluate(workbook, { standard: 'basic-2012', province: 'hubei' });
    expect(disagreements(ev, truth, 'basic-2012')).toEqual([]);
  });

  if (!opts.messy) {
    it('reads a clean county without problems (only the approximated teachers of mixed schools)', () => {
      const ev = evaluate(workbook, { standard: 'quality-2017' });
      expect(ev.table.dataRows).toHaveLength(opts.schools);
      expect(new Set(ev.problems.map((p) => p.code))).toEqual(new Set(['teachers-approximated']));
    });
  }

  if (opts.messy) {
    it('reports each typing mistake at its cell', () => {
      const ev = evaluate(workbook, { standard: 'quality-2017' });
      expect(missingProblems(ev, truth)).toEqual([]);
    });
  }
});

describe('the committed sample workbook', () => {
  const { truth } = generateCounty({ schools: SAMPLE_SCHOOLS, messy: true });
  it.each(FRAMEWORKS)('%s: agrees with the oracle', async (framework) => {
    const ev = evaluate(await readWorkbookFile(SAMPLE_PATH), { standard: framework });
    expect(disagreements(ev, truth, framework)).toEqual([]);
    expect(schoolDisagreements(ev, truth, framework)).toEqual([]);
    expect(missingProblems(ev, truth)).toEqual([]);
  });
});

describe('random counties (grid straight into evaluate)', () => {
  it('agree with the oracle for any seed, size and messiness', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 12, max: 90 }), fc.boolean(), (seed, schools, messy) => {
        const { grid, truth } = generateCounty({ schools, seed, messy });
        for (const framework of FRAMEWORKS) {
          expect(disagreements(evaluate({ sheets: [grid] }, { standard: framework }), truth, framework)).toEqual([]);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('the oracle is not trivially satisfied', () => {
  // Guards the oracle itself: the cases above must exercise mixed schools, exclusions and unreadable cells.
  it('covers mixed schools, exclusions and left-out cells', () => {
    const { truth } = generateCounty({ schools: 80, seed: 4, messy: true });
    const q = oracleDispersion(truth, 'quality-2017');
    const b = oracleDispersion(truth, 'basic-2012');
    expect(truth.some((t) => t.type === '九年一贯制学校' && t.ownership === '公办')).toBe(true);
    // Teaching points ≥ 50 count in quality-2017 only, so it has more primary schools.
    expect(q.primary.schools).toBeGreaterThan(b.primary.schools);
    // The #DIV/0! school is left out of the equipment CV only.
    expect(q.primary.indicators.equipmentValuePerStudent.schools).toBe(q.primary.schools - 1);
    expect(q.primary.indicators.backboneTeachersPer100.schools).toBe(q.primary.schools);
  });
});

/**
 * Three public schools and one private one, worked by hand (primary stage, 生均教学及辅助用房面积):
 *   甲小学  100 students,  500 ㎡ → 5.0
 *   乙小学  200 students,  800 ㎡ → 4.0
 *   丙学校  九年一贯制, 110 primary + 100 junior, 1320 ㎡; primary share 110 / (110 + 1.1 × 100) = 0.5
 *           → 660 ㎡ for 110 primary students → 6.0; junior 660 ㎡ / 100 = 6.6
 *   丁小学  民办, left out (its 20 ㎡/student would blow the CV up)
 * P = 410, X̄ = (500 + 800 + 660) / 410 = 4.780488
 * S² = (100 × 0.219512² + 200 × 0.780488² + 110 × 1.219512²) / 410 = 290.2439 / 410 = 0.707912
 * S = 0.841375, CV = 0.841375 / 4.780488 = 0.176002 (unweighted it would be 0.204; sample s.d. 0.250)
 * Junior: 丙 alone → no spread, CV 0 (population form), mean 6.6.
 */
describe('a hand-computed county', () => {
  const grid: SheetGrid = {
    name: '统计表',
    rows: [
      ['某县学校办学条件统计表'],
      ['学校名称', '办学类型', '办学性质', '在校生数', '小学在校生数', '初中在校生数', '教学及辅助用房面积（㎡）', '室内体育用房面积（㎡）'],
      ['甲小学', '小学', '公办', 100, 100, null, 500, 0],
      ['乙小学', '小学', '公办', 200, 200, null, 800, 0],
      ['丙学校', '九年一贯制学校', '公办', 210, 110, 100, 1320, 0],
      ['丁小学', '小学', '民办', 50, 50, null, 1000, 0],
      ['合计', null, null, 560, 460, 100, 3620, 0],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
  };

  it.each(FRAMEWORKS)('%s: primary CV 0.176002, junior alone 0', (framework) => {
    const ev = evaluate({ sheets: [grid] }, { standard: framework });
    const p = ev.dispersion.primary.indicators.teachingAreaPerStudent!;
    expect(p.cv).toBeCloseTo(0.176002, 5);
    expect(p.mean).toBeCloseTo(4.780488, 5);
    expect(p.schools).toBe(3);
    const j = ev.dispersion.junior.indicators.teachingAreaPerStudent!;
    expect(j.cv).toBe(0);
    expect(j.mean).toBeCloseTo(6.6, 6);
    expect(j.schools).toBe(1);
  });
});
