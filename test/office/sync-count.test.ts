/**
 * Excel round trips do not grow with the county: looking at the workbook costs the same 2–3 syncs for 100 or
 * 10 000 schools, and the writes take one sync per ~4 MB of payload (Excel on the web rejects larger requests),
 * which for a real county (20–300 schools, up to 1 000) is one or two. The fake Excel counts the syncs and
 * rejects any request over 5 MB.
 */
import { BUDGET } from '../../src/office/batch';
import { applyModel } from '../../src/office/apply';
import { PAYLOAD_LIMIT, uninstallFakeOffice } from '../fakes/excel-fake';
import { county, installCounty } from './helpers';

afterEach(() => uninstallFakeOffice(globalThis));

/** The largest single write the adapter queues (a 1 MB block of values plus its overhead). */
const MAX_OP = 1.2 * 1024 * 1024;

async function run(schools: number, excelApi: string, twice = false) {
  const c = county(schools, 5);
  const fake = installCounty(c, { excelApi });
  if (twice) await applyModel(c.model);
  fake.resetStats();
  const r = await applyModel(c.model);
  expect(fake.stats.syncs).toBe(r.inspectSyncs + r.writeSyncs);
  expect(fake.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
  // Writes are packed greedily: every request but the last is nearly full.
  expect(r.writeSyncs).toBeLessThanOrEqual(Math.ceil(r.writeBytes / (BUDGET - MAX_OP)) + 1);
  return { ...r, total: fake.stats.syncs };
}

describe.each(['1.7', '1.13'])('ExcelApi %s', (excelApi) => {
  test('100 and 1 000 schools: a constant handful of syncs, at most 10', async () => {
    const small = await run(100, excelApi);
    const large = await run(1000, excelApi);
    expect(small.inspectSyncs).toBe(2);
    expect(large.inspectSyncs).toBe(2);
    expect(small.total).toBeLessThanOrEqual(large.total);
    expect(large.total).toBeLessThanOrEqual(10);
    // A re-run also reads the rules of the earlier marks: one more look, still within the bound.
    const again = await run(1000, excelApi, true);
    expect(again.inspectSyncs).toBe(3);
    expect(again.total).toBeLessThanOrEqual(10);
  }, 180_000);
});

test('10 000 schools: the same 2 inspection syncs; writes split only by the 5 MB payload limit', async () => {
  const huge = await run(10000, '1.13');
  expect(huge.inspectSyncs).toBe(2);
  expect(huge.writeBytes).toBeGreaterThan(5 * PAYLOAD_LIMIT);
}, 300_000);
