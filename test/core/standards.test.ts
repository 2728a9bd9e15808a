import { builtinStandard, listStandards, parseStandard } from '../../src/core/standards';
import { resolveStandards } from '../../src/core/standards/resolve';
import { JunhengError } from '../../src/core/errors';

describe('standards as data', () => {
  test('the four built-ins load and validate', () => {
    expect(listStandards().map((s) => s.id)).toEqual(['basic-2012', 'quality-2017', 'hubei', 'hebei']);
    const q = builtinStandard('quality-2017')!;
    expect(q.groups[0].rule).toEqual({ minMet: 6, minFraction: 0.85 });
    expect(q.dispersion?.limits).toEqual({ primary: 0.5, junior: 0.45 });
    expect(builtinStandard('basic-2012')!.dispersion?.mode).toBe('composite');
  });

  test('a bureau can load its own province from JSON; errors name the path', () => {
    const mine = {
      id: 'my-province',
      zh: '某省标准',
      en: 'Some province',
      kind: 'provincial',
      framework: 'basic',
      extends: 'basic-2012',
      groups: [{ id: 'g', zh: '基本', en: 'basic', indicators: [{ id: 'booksPerStudent', primary: 30, junior: 45 }], rule: { minMet: 1 } }],
    };
    const ok = parseStandard(mine);
    expect(ok.ok).toBe(true);
    const bad = parseStandard({ ...mine, groups: [{ ...mine.groups[0], indicators: [{ id: 'nonsense', primary: 1, junior: 1 }] }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toMatch(/groups\.0\.indicators\.0\.id/);
    const tooMany = parseStandard({ ...mine, groups: [{ ...mine.groups[0], rule: { minMet: 5 } }] });
    expect(tooMany.ok).toBe(false);
  });

  test('a provincial --standard means basic-2012 plus that province', () => {
    const r = resolveStandards('hubei', null);
    expect(r.national.id).toBe('basic-2012');
    expect(r.province?.id).toBe('hubei');
    expect(r.groups.map((g) => g.id)).toEqual(['hubei-basic']);
    // School-standard indicators first, then the remaining dispersion indicators.
    expect(r.indicatorOrder.slice(0, 5)).toEqual(['landAreaPerStudent', 'teachingAreaPerStudent', 'greenAreaRatio', 'schoolSize', 'classSize']);
    expect(r.indicatorOrder).toContain('booksPerStudent');
  });

  test('unknown ids and mismatched combinations are clear errors', () => {
    expect(() => resolveStandards('nowhere', null)).toThrow(JunhengError);
    expect(() => resolveStandards('quality-2017', 'hubei')).toThrow(/extends basic-2012/);
    expect(() => resolveStandards('basic-2012', 'quality-2017')).toThrow(/not a provincial/);
  });
});
