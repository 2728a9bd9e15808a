/** Cells → rectangles → address lists: exact cover, no overlap, addresses under Excel's limit. */
import fc from 'fast-check';
import { cellsToRects, chunkAddresses, rectAddress } from '../../src/office/rects';

test('rectangles cover exactly the given cells, once each', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 })), { maxLength: 200 }), (raw) => {
      const want = new Set(raw.map(([r, c]) => `${r}:${c}`));
      const cells = [...want].map((k) => k.split(':').map(Number) as [number, number]);
      const seen = new Map<string, number>();
      for (const r of cellsToRects(cells)) {
        for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) seen.set(`${i}:${j}`, (seen.get(`${i}:${j}`) ?? 0) + 1);
      }
      expect([...seen.keys()].sort()).toEqual([...want].sort());
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    }),
  );
});

test('a filled block becomes one rectangle', () => {
  const cells: [number, number][] = [];
  for (let r = 4; r < 1004; r++) for (let c = 2; c < 9; c++) cells.push([r, c]);
  expect(cellsToRects(cells).map(rectAddress)).toEqual(['C5:I1004']);
});

test('address lists stay under the limit and keep every address', () => {
  const addrs = Array.from({ length: 5000 }, (_, i) => `A${i * 2 + 1}:C${i * 2 + 1}`);
  const lists = chunkAddresses(addrs, 8000);
  expect(lists.length).toBeGreaterThan(1);
  for (const l of lists) expect(l.length).toBeLessThanOrEqual(8000);
  expect(lists.join(',').split(',')).toEqual(addrs);
});
