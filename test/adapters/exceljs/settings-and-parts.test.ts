import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { readSettings, writeSettings } from '../../../src/adapters/exceljs';
import { internalLinkWarnings, lostContentWarnings, unsupportedContentWarnings, zipEntryNames } from '../../../src/adapters/exceljs/unsupported';
import { defaultSettings, SETTINGS_CHUNK } from '../../../src/core/output/settings';
import { roundTrip } from './census-workbook';

/** A zip of stored (uncompressed) entries, CRC 0: enough for the scans, which never check it. */
function fakeZip(names: string[], contents: string[] = [], deflate = false): Uint8Array {
  const enc = new TextEncoder();
  const bytes: number[] = [];
  const central: number[] = [];
  const u16 = (a: number[], v: number) => a.push(v & 255, (v >> 8) & 255);
  const u32 = (a: number[], v: number) => a.push(v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255);
  const zeros = (a: number[], n: number) => {
    for (let i = 0; i < n; i++) a.push(0);
  };
  names.forEach((name, k) => {
    const n = [...enc.encode(name)];
    const raw = enc.encode(contents[k] ?? '');
    const data = [...(deflate ? deflateRawSync(raw) : raw)];
    const method = deflate ? 8 : 0;
    const offset = bytes.length;
    u32(bytes, 0x04034b50); // local header: sig, version, flags, method, time, date, crc, sizes
    zeros(bytes, 4);
    u16(bytes, method);
    zeros(bytes, 8);
    u32(bytes, data.length);
    u32(bytes, data.length);
    u16(bytes, n.length);
    u16(bytes, 0);
    bytes.push(...n, ...data);
    u32(central, 0x02014b50); // central header: sig, versions, flags, method, time, date, crc, sizes
    zeros(central, 6);
    u16(central, method);
    zeros(central, 8);
    u32(central, data.length);
    u32(central, data.length);
    u16(central, n.length);
    u16(central, 0); // extra
    u16(central, 0); // comment
    u16(central, 0); // disk
    u16(central, 0); // internal attributes
    u32(central, 0); // external attributes
    u32(central, offset);
    central.push(...n);
  });
  const cdOffset = bytes.length;
  bytes.push(...central);
  u32(bytes, 0x06054b50);
  u16(bytes, 0);
  u16(bytes, 0);
  u16(bytes, names.length);
  u16(bytes, names.length);
  u32(bytes, central.length);
  u32(bytes, cdOffset);
  u16(bytes, 0);
  return new Uint8Array(bytes);
}

describe('content the .xlsx library cannot carry over', () => {
  it('lists the parts of a real exceljs file and finds nothing to warn about', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').getCell('A1').value = 1;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(zipEntryNames(bytes)).toContain('xl/worksheets/sheet1.xml');
    expect(unsupportedContentWarnings(bytes)).toEqual([]);
  });
  it('warns once per kind: charts, pivot tables, macros', () => {
    const zip = fakeZip(['[Content_Types].xml', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/pivotTables/pivotTable1.xml', 'xl/vbaProject.bin']);
    expect(zipEntryNames(zip)).toHaveLength(5);
    const w = unsupportedContentWarnings(zip);
    expect(w).toHaveLength(3);
    expect(w[0]).toMatch(/图表.*charts/);
    expect(w[1]).toMatch(/数据透视表.*pivot tables/);
    expect(w[2]).toMatch(/宏.*macros/);
  });
  it('returns nothing for bytes that are not a zip', () => {
    expect(zipEntryNames(new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});

describe('settings sheet', () => {
  it('round-trips settings longer than a cell, very hidden', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('统计表');
    const s = {
      ...defaultSettings(),
      censusSheet: '统计表',
      standard: 'quality-2017',
      mapping: Array.from({ length: 2000 }, (_, i) => ({ column: `C${i}`, field: i % 2 ? 'books' : null, factor: 10000 })),
      ownedSheets: { gaps: '差距值一览表' },
    };
    writeSettings(wb, s);
    const back = await roundTrip(wb);
    const ws = back.worksheets.find((w) => w.name === '_junheng')!;
    expect(ws.state).toBe('veryHidden');
    expect(JSON.stringify(s).length).toBeGreaterThan(SETTINGS_CHUNK);
    expect(readSettings(back)).toEqual(s);
  });
  it('reads damaged or foreign settings as none', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('_junheng', { state: 'hidden' });
    ws.getCell('A1').value = 'junheng-settings';
    ws.getCell('A2').value = '{"version":2}';
    expect(readSettings(wb)).toBeNull();
    ws.getCell('A2').value = '{not json';
    expect(readSettings(wb)).toBeNull();
    const visible = new ExcelJS.Workbook();
    visible.addWorksheet('_junheng').getCell('A1').value = 'junheng-settings';
    expect(readSettings(visible)).toBeNull();
  });
});

describe('links inside the workbook', () => {
  it('warns about location-only hyperlinks (exceljs drops them), not about external ones', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('A1').value = { text: 'ext', hyperlink: 'https://example.com' };
    const plain = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await internalLinkWarnings(plain)).toEqual([]);
    // The same sheet as Excel writes an in-workbook link: location, no relationship (stored, not deflated, here).
    const xml = '<worksheet><sheetData/><hyperlinks><hyperlink ref="A3" location="B!A1" display="x"/></hyperlinks></worksheet>';
    const zip = fakeZip(['xl/worksheets/sheet1.xml'], [xml]);
    expect(await internalLinkWarnings(zip)).toHaveLength(1);
    expect(await lostContentWarnings(zip)).toHaveLength(1);
    // Deflated, as real files are.
    expect(await internalLinkWarnings(fakeZip(['xl/worksheets/sheet1.xml'], [xml], true))).toHaveLength(1);
  });
});
