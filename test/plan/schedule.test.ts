import fc from 'fast-check';
import { defaultPlanParams, PlanParamsSchema } from '../../src/core/plan/params';
import { constructionMonths, scheduleSteps, type PlanStep } from '../../src/core/plan/schedule';
import { fromIso, toIso } from '../../src/core/plan/dates';
import { addDays, differenceInCalendarDays } from 'date-fns';

const params = defaultPlanParams('2026-01-05');
const month = (iso: string) => Number(iso.slice(5, 7));
const day = (iso: string) => iso.slice(5);
const isoArb = fc.date({ min: new Date(2024, 0, 1), max: new Date(2032, 11, 31), noInvalidDate: true }).map((d) => toIso(d));

function contiguous(steps: PlanStep[]): void {
  for (let i = 1; i < steps.length; i++) {
    expect(differenceInCalendarDays(fromIso(steps[i].start), fromIso(steps[i - 1].end))).toBe(1);
  }
  for (const s of steps) expect(s.end >= s.start).toBe(true);
}

describe('building and site: the approval steps, construction growing with the area', () => {
  it('goes 立项与可研 → 规划设计与审批 → 招投标 → 施工 → 竣工验收 without gaps from the start date', () => {
    const steps = scheduleSteps('building', fromIso('2026-01-05'), 2732, params);
    expect(steps.map((s) => s.name)).toEqual(['立项与可研', '规划设计与审批', '招投标', '施工', '竣工验收']);
    expect(steps[0].start).toBe('2026-01-05');
    contiguous(steps);
  });

  it('builds longer for a larger area, within the cap', () => {
    const len = (area: number) => {
      const st = scheduleSteps('building', fromIso('2026-01-05'), area, params).find((s) => s.name === '施工')!;
      return differenceInCalendarDays(fromIso(st.end), fromIso(st.start));
    };
    expect(len(2732)).toBeGreaterThan(len(279));
    expect(constructionMonths(1e9, params.building)).toBe(params.building.constructionMaxMonths);
    expect(constructionMonths(null, params.building)).toBe(params.building.constructionBaseMonths);
    expect(constructionMonths(2000, params.building)).toBeCloseTo(params.building.constructionBaseMonths + 2 * params.building.constructionMonthsPer1000m2);
  });

  it('acquires the land before designing the site works', () => {
    const steps = scheduleSteps('site', fromIso('2026-01-05'), 7044, params);
    const names = steps.map((s) => s.name);
    expect(names.indexOf('征地报批与土地划拨')).toBeLessThan(names.indexOf('规划设计与审批'));
    expect(names[names.length - 1]).toBe('竣工验收');
    contiguous(steps);
  });
});

describe('greening is planted in the spring window', () => {
  it('plants in March–April whatever the start date, after the design, at the first possible spring', () => {
    fc.assert(
      fc.property(isoArb, (start) => {
        const steps = scheduleSteps('greening', fromIso(start), 1754, params);
        const design = steps[0];
        const plant = steps.find((s) => s.name === '春季栽植')!;
        expect(plant.start > design.end).toBe(true);
        expect([3, 4]).toContain(month(plant.start));
        expect([3, 4]).toContain(month(plant.end));
        expect(plant.start.slice(0, 4)).toBe(plant.end.slice(0, 4));
        // Earliest: the spring before this one would not have fit.
        const y = Number(plant.start.slice(0, 4));
        const ready = addDays(fromIso(design.end), 1);
        if (plant.start > `${y}-03-01`) expect(toIso(ready)).toBe(plant.start);
        else expect(ready.getTime() > new Date(y - 1, 3, 1).getTime()).toBe(true);
      }),
    );
  });

  it('moves to next spring when the window is missed', () => {
    const plant = scheduleSteps('greening', fromIso('2026-04-10'), 100, params).find((s) => s.name === '春季栽植')!;
    expect(plant.start).toBe('2027-03-01');
    const early = scheduleSteps('greening', fromIso('2026-01-05'), 100, params).find((s) => s.name === '春季栽植')!;
    expect(early.start).toBe('2026-03-01');
  });

  it('follows an edited window', () => {
    const p = PlanParamsSchema.parse({ startDate: '2026-01-05', inspectionDate: '2027-01-05', greening: { windowStartMonth: 10, windowEndMonth: 11 } });
    const plant = scheduleSteps('greening', fromIso('2026-01-05'), 100, p).find((s) => s.name === '春季栽植')!;
    expect(plant.start).toBe('2026-10-01');
  });
});

describe('teachers: yearly recruitment, semester rotation, yearly title review', () => {
  it('recruits in the yearly cycle: plan in March, exams, on duty for the autumn term', () => {
    fc.assert(
      fc.property(isoArb, (start) => {
        const steps = scheduleSteps('recruitment', fromIso(start), 6, params);
        expect(steps.map((s) => s.name)).toEqual(['编制核定与招聘计划', '公开招聘（笔试、面试、体检、公示）', '岗前培训与到岗']);
        const y = Number(steps[0].end.slice(0, 4));
        expect(steps[0].end).toBe(`${y}-03-31`);
        expect(steps[2].end).toBe(`${y}-08-31`);
        expect(steps[0].start >= start).toBe(true);
        // The earliest cycle: this year's if its plan step is still open, else next year's.
        const sy = Number(start.slice(0, 4));
        expect(y).toBe(start <= `${sy}-03-31` ? sy : sy + 1);
        contiguous(steps);
      }),
    );
  });

  it('rotates teachers in at the start of a semester after preparing', () => {
    fc.assert(
      fc.property(isoArb, (start) => {
        const steps = scheduleSteps('rotation', fromIso(start), 3, params);
        const arrive = steps[1];
        expect(['03-01', '09-01']).toContain(day(arrive.start));
        expect(arrive.start > steps[0].end).toBe(true);
        // The first semester start after the preparation: none lies between.
        const y = Number(steps[0].end.slice(0, 4));
        const between = [y, y + 1]
          .flatMap((yy) => [`${yy}-03-01`, `${yy}-09-01`])
          .filter((d) => d > steps[0].end && d < arrive.start);
        expect(between).toEqual([]);
      }),
    );
    // Preparation 2026-01-05 … 03-04 misses the spring term; the teachers arrive for the autumn term.
    expect(scheduleSteps('rotation', fromIso('2026-01-05'), 3, params)[1].start).toBe('2026-09-01');
    expect(scheduleSteps('rotation', fromIso('2025-12-01'), 3, params)[1].start).toBe('2026-03-01');
  });

  it('puts the title declaration in the yearly window after the training', () => {
    const steps = scheduleSteps('titles', fromIso('2026-08-01'), 3, params);
    expect(steps.map((s) => s.name)).toEqual(['业务培训与继续教育', '职称申报', '职称评审与公示']);
    expect(steps[1].start).toBe('2027-09-01');
    expect(scheduleSteps('titles', fromIso('2026-01-05'), 3, params)[1].start).toBe('2026-09-01');
  });
});

describe('class size and school size wait for the autumn enrolment', () => {
  it('applies at the first autumn whose publication deadline the zoning plan meets', () => {
    fc.assert(
      fc.property(isoArb, (start) => {
        const steps = scheduleSteps('enrolment', fromIso(start), 12, params);
        const enrol = steps[steps.length - 1];
        expect(enrol.name).toBe('秋季招生与平行分班');
        const y = Number(enrol.end.slice(0, 4));
        expect(enrol.start <= `${y}-09-01` && enrol.end >= `${y}-09-01`).toBe(true);
        const published = steps[1].end;
        expect(published <= `${y}-06-30`).toBe(true);
        // Earliest: the autumn before was not reachable.
        expect(published > `${y - 1}-06-30` || start > `${y - 1}-06-30`).toBe(true);
      }),
    );
  });
});

describe('procurement', () => {
  it('runs equipment, computers and multimedia rooms through government procurement', () => {
    for (const kind of ['equipment', 'computers', 'multimedia'] as const) {
      const steps = scheduleSteps(kind, fromIso('2026-01-05'), 10, params);
      expect(steps.map((s) => s.name)).toContain('政府采购招标');
      contiguous(steps);
    }
  });

  it('runs a book donation drive beside the purchase, unless the donation share is 0', () => {
    const steps = scheduleSteps('books', fromIso('2026-01-05'), 12720, params);
    expect(steps[0].name).toBe('组织捐赠图书');
    expect(steps.map((s) => s.name)).toContain('政府采购');
    const p = PlanParamsSchema.parse({ startDate: '2026-01-05', inspectionDate: '2027-01-05', books: { donationShare: 0 } });
    expect(scheduleSteps('books', fromIso('2026-01-05'), 12720, p).map((s) => s.name)).not.toContain('组织捐赠图书');
  });
});
