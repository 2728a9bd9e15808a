/** The fake Excel is only useful if it is as strict as Excel: these rules make adapter tests fail where Excel would. */
import { installFakeOffice, uninstallFakeOffice, PAYLOAD_LIMIT } from '../fakes/excel-fake';

afterEach(() => uninstallFakeOffice(globalThis));

const data = { sheets: [{ name: '统计表', rows: [['学校', '学生数'], ['一小', 300]] as (string | number | null)[][] }] };

test('reading a property before load() and sync() throws PropertyNotLoaded', async () => {
  installFakeOffice(globalThis, data);
  await Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('统计表').getRange('A1:B2');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    r.load('values');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(r.values).toEqual([
      ['学校', '学生数'],
      ['一小', 300],
    ]);
    expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('a request over 5 MB is rejected before anything is written, and counted', async () => {
  const fake = installFakeOffice(globalThis, data);
  const big = Array.from({ length: 60_000 }, () => ['x'.repeat(90)]);
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('统计表').getRangeByIndexes(10, 0, big.length, 1).values = big;
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(fake.stats.syncs).toBe(1);
  expect(fake.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT);
  expect(fake.workbook.sheet('统计表').value('A11')).toBe('');
});

test('a response over 5 MB is rejected', async () => {
  const rows = Array.from({ length: 60_000 }, () => ['y'.repeat(90)]);
  installFakeOffice(globalThis, { sheets: [{ name: 'S', rows }] });
  await expect(
    Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getUsedRange().load('values');
      await ctx.sync();
      return r.values.length;
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('an address longer than 8 192 characters is rejected', async () => {
  installFakeOffice(globalThis, data, { excelApi: '1.9' });
  const list = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(',');
  expect(list.length).toBeGreaterThan(8192);
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('统计表').getRanges(list).format.fill.color = '#FF0000';
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('APIs above the host version are missing, and isSetSupported says so', async () => {
  installFakeOffice(globalThis, data, { excelApi: '1.7' });
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('统计表').getRanges('A1,B2');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('writes queued but never synced make Excel.run fail', async () => {
  installFakeOffice(globalThis, data);
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('统计表').getRange('C1').values = [['x']];
    }),
  ).rejects.toMatchObject({ code: 'GeneralException' });
});

test('getItemOrNullObject reports a missing sheet after sync; getItem fails', async () => {
  installFakeOffice(globalThis, data);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject('没有');
    await ctx.sync();
    expect(ws.isNullObject).toBe(true);
  });
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('没有').load('name');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
});

test('the last visible sheet cannot be hidden or deleted', async () => {
  installFakeOffice(globalThis, data);
  await expect(
    Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('统计表').visibility = 'Hidden' as Excel.SheetVisibility;
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperation' });
});
