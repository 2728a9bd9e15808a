import fc from 'fast-check';
import { cleanFloat, readNumber, readText } from '../../../src/core/cells/read';
import type { CellValue } from '../../../src/core/grid';

describe('readNumber: plain numbers', () => {
  it('passes a number through, times the factor', () => {
    expect(readNumber(2732, 'area', 1)).toEqual({ value: 2732, status: 'ok' });
    expect(readNumber(12.5, 'money', 10000)).toEqual({ value: 125000, status: 'ok' });
  });

  it('removes float noise from the factor: 1.2 万元 is exactly 12000 元', () => {
    expect(readNumber(1.2, 'money', 10000).value).toBe(12000);
    expect(readNumber(0.07, 'money', 10000).value).toBe(700);
    expect(readNumber(1.1, 'money', 3).value).toBe(3.3);
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
  });

  it('reads -0 as 0', () => {
    const r = readNumber(-0, 'count', 1);
    expect(r.status).toBe('ok');
    expect(Object.is(r.value, 0)).toBe(true);
  });

  it('rejects negatives', () => {
    expect(readNumber(-5, 'count', 1)).toEqual({ value: null, status: 'error', code: 'negative', params: { value: -5 } });
    expect(readNumber('-12.5', 'area', 1)).toMatchObject({ value: null, status: 'error', code: 'negative', params: { value: -12.5 } });
  });

  it('rejects fractional counts but forgives float noise', () => {
    expect(readNumber(12.5, 'count', 1)).toEqual({ value: null, status: 'error', code: 'fractional-count', params: { value: 12.5 } });
    expect(readNumber(12.0000000001, 'count', 1)).toEqual({ value: 12, status: 'ok' });
    expect(readNumber(11.9999999999, 'count', 1)).toEqual({ value: 12, status: 'ok' });
    expect(readNumber(12.5, 'area', 1)).toEqual({ value: 12.5, status: 'ok' });
    // 1.25 万册 is a whole number of books
    expect(readNumber(1.25, 'count', 10000)).toEqual({ value: 12500, status: 'ok' });
  });

  it('NaN and Infinity are not numbers', () => {
    expect(readNumber(NaN, 'area', 1)).toMatchObject({ value: null, status: 'error', code: 'not-a-number' });
    expect(readNumber(Infinity, 'area', 1)).toMatchObject({ value: null, status: 'error', code: 'not-a-number' });
    expect(readNumber(1e308, 'money', 10000)).toMatchObject({ value: null, status: 'error', code: 'not-a-number' });
  });
});

describe('readNumber: numbers stored as text', () => {
  it.each([
    ['1234', 1234],
    [' 1234 ', 1234],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678.5', 12345678.5],
    ['１２３．５', 123.5],
    ['１，２３４', 1234],
    ['\u3000356\u3000', 356],
    ['+7', 7],
    ['1.5E3', 1500],
  ])('"%s" → %d with a number-as-text warning', (text, value) => {
    expect(readNumber(text, 'area', 1)).toEqual({ value, status: 'warning', code: 'number-as-text', params: { text: text.trim(), value } });
  });

  it('applies the header factor to a number stored as text, and reports the number as written', () => {
    expect(readNumber('12.5', 'money', 10000)).toEqual({
      value: 125000,
      status: 'warning',
      code: 'number-as-text',
      params: { text: '12.5', value: 12.5 },
    });
  });

  it('a bad thousands grouping is not a number', () => {
    expect(readNumber('1,23', 'area', 1)).toMatchObject({ status: 'error', code: 'not-a-number', params: { text: '1,23' } });
  });
});

describe('readNumber: a unit typed into the cell', () => {
  it.each([
    ['2732平米', 'area', 1, 2732],
    ['2732㎡', 'area', 1, 2732],
    ['2732 平方米', 'area', 1, 2732],
    ['2732m²', 'area', 1, 2732],
    ['356册', 'count', 1, 356],
    ['40台', 'count', 1, 40],
    ['3间', 'count', 1, 3],
    ['25人', 'count', 1, 25],
    ['12个', 'count', 1, 12],
    ['1.2万册', 'count', 1, 12000],
    ['30亩', 'area', 1, 20000],
  ] as const)('"%s" in a %s column (factor %d) → %d', (text, kind, factor, value) => {
    expect(readNumber(text, kind, factor)).toEqual({ value, status: 'warning', code: 'unit-in-cell', params: { text, value } });
  });

  it('a typed unit overrides the header factor: 万元 ×10000, 元 ×1', () => {
    // 元 column (factor 1)
    expect(readNumber('12.5万元', 'money', 1)).toMatchObject({ value: 125000, status: 'warning', code: 'unit-in-cell' });
    expect(readNumber('125000元', 'money', 1)).toMatchObject({ value: 125000, status: 'warning', code: 'unit-in-cell' });
    // 万元 column (factor 10000)
    expect(readNumber('12.5万元', 'money', 10000)).toMatchObject({ value: 125000, status: 'warning', code: 'unit-in-cell' });
    expect(readNumber('125000元', 'money', 10000)).toMatchObject({ value: 125000, status: 'warning', code: 'unit-in-cell' });
    expect(readNumber('12.5万', 'money', 10000)).toMatchObject({ value: 125000, status: 'warning', code: 'unit-in-cell' });
  });

  it('a unit of another kind means the cell holds something else', () => {
    expect(readNumber('12.5万元', 'area', 1)).toMatchObject({ value: null, status: 'error', code: 'not-a-number' });
    expect(readNumber('30平米', 'count', 1)).toMatchObject({ value: null, status: 'error', code: 'not-a-number' });
  });

  it('a unit does not excuse a fractional count or a negative', () => {
    expect(readNumber('12.5人', 'count', 1)).toMatchObject({ status: 'error', code: 'fractional-count' });
    expect(readNumber('-3间', 'count', 1)).toMatchObject({ status: 'error', code: 'negative', params: { value: -3 } });
  });
});

describe('readNumber: errors and blanks', () => {
  it.each(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '＃N/A'])('error text %s → error-value', (text) => {
    expect(readNumber(text, 'area', 1)).toEqual({ value: null, status: 'error', code: 'error-value', params: { text } });
  });

  it('Excel error values → error-value', () => {
    expect(readNumber({ error: '#DIV/0!' }, 'count', 1)).toEqual({ value: null, status: 'error', code: 'error-value', params: { text: '#DIV/0!' } });
  });

  it.each(['不详', '无', 'abc', '约300', '12%', '三百', '12.5.3', '1/2'])('free text "%s" → not-a-number', (text) => {
    expect(readNumber(text, 'count', 1)).toEqual({ value: null, status: 'error', code: 'not-a-number', params: { text } });
  });

  it.each([null, '', '   ', '\u3000', '-', '—', '——', '/', '－', '\u200b'] as CellValue[])('%j → blank', (cell) => {
    expect(readNumber(cell, 'area', 1)).toEqual({ value: null, status: 'blank' });
  });

  it('booleans and dates are not numbers', () => {
    expect(readNumber(true, 'count', 1)).toMatchObject({ value: null, status: 'error', code: 'not-a-number', params: { text: 'TRUE' } });
    expect(readNumber(new Date(Date.UTC(2025, 8, 1)), 'count', 1)).toMatchObject({
      value: null,
      status: 'error',
      code: 'not-a-number',
      params: { text: '2025-09-01' },
    });
    expect(readNumber(new Date(NaN), 'count', 1)).toMatchObject({ value: null, status: 'error', code: 'not-a-number' });
  });

  it('a nonsense factor is treated as 1', () => {
    expect(readNumber(5, 'count', NaN)).toEqual({ value: 5, status: 'ok' });
    expect(readNumber(5, 'count', 0)).toEqual({ value: 5, status: 'ok' });
  });
});

describe('readText', () => {
  it('trims, including full-width spaces', () => {
    expect(readText('\u3000 城关一小 \u3000')).toBe('城关一小');
    expect(readText('  ')).toBeNull();
    expect(readText(null)).toBeNull();
    expect(readText('—')).toBeNull();
  });
  it('writes numbers as text and keeps formula-looking text literal', () => {
    expect(readText(4211234567)).toBe('4211234567');
    expect(readText(12.5)).toBe('12.5');
    expect(readText(NaN)).toBeNull();
    expect(readText('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
  });
  it('error values and booleans become their text', () => {
    expect(readText({ error: '#N/A' })).toBe('#N/A');
    expect(readText(false)).toBe('FALSE');
  });
});

describe('readNumber never throws and never returns a bad value (property)', () => {
  const junkCell: fc.Arbitrary<unknown> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, Number.MIN_VALUE, 1e-320),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: false }),
    fc.record({ error: fc.string() }),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(Object.create(null)),
    fc.anything(),
  );
  const kind = fc.constantFrom('count' as const, 'area' as const, 'money' as const);
  const factor = fc.oneof(fc.constantFrom(1, 10000, 2000 / 3, 0, -1, NaN), fc.double());

  it('any junk → ok/warning with a finite value ≥ 0, or blank/error with null', () => {
    fc.assert(
      fc.property(junkCell, kind, factor, (cell, k, f) => {
        const r = readNumber(cell as CellValue, k, f);
        if (r.status === 'ok' || r.status === 'warning') {
          expect(typeof r.value).toBe('number');
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value as number).toBeGreaterThanOrEqual(0);
          if (k === 'count') expect(Number.isInteger(r.value)).toBe(true);
        } else {
          expect(r.value).toBeNull();
        }
        expect(['ok', 'warning', 'blank', 'error']).toContain(r.status);
        if (r.status !== 'ok' && r.status !== 'blank') expect(r.code).toBeDefined();
        expect(() => readText(cell as CellValue)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('a string without any digit (after NFKC: １ and 𝟎 are digits) is never read as a number', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !/[0-9]/.test(s.normalize('NFKC'))),
        kind,
        (s, k) => {
          const r = readNumber(s, k, 1);
          expect(['blank', 'error']).toContain(r.status);
          expect(r.value).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('junk text before or after a number is an error, not a number', () => {
    // Characters that are neither digits, separators, exponents nor units.
    const junk = fc.string({ unit: fc.constantFrom(...'abcdfghxyz不详约左右多余%#@!?（）()、；;:'.split('')), minLength: 1 });
    fc.assert(
      fc.property(fc.nat(100000), junk, fc.boolean(), kind, (n, j, before, k) => {
        const text = before ? `${j}${n}` : `${n}${j}`;
        const r = readNumber(text, k, 1);
        expect(r.status).toBe('error');
        expect(r.value).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('a string is never read as a clean "ok" number: text always earns at least a warning', () => {
    fc.assert(
      fc.property(fc.string(), kind, (s, k) => {
        expect(readNumber(s, k, 1).status).not.toBe('ok');
      }),
    );
  });

  it('every number written as text (with or without separators) reads back the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.boolean(), (n, grouped) => {
        const text = grouped ? n.toLocaleString('en-US') : String(n);
        const r = readNumber(text, 'count', 1);
        expect(r).toMatchObject({ value: n, status: 'warning', code: 'number-as-text' });
      }),
    );
  });
});
