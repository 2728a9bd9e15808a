/**
 * What an .xlsx holds that exceljs cannot carry over to the output (charts, pivot tables, macros …), found from
 * the zip's list of parts without unpacking anything. Pure: takes the file's bytes, works in the browser too.
 */

const PARTS: { test: RegExp; zh: string; en: string }[] = [
  { test: /^xl\/charts\//, zh: '图表', en: 'charts' },
  { test: /^xl\/(pivotTables|pivotCache)\//, zh: '数据透视表', en: 'pivot tables' },
  { test: /^xl\/vbaProject\.bin$/, zh: '宏（VBA）', en: 'macros (VBA)' },
  { test: /^xl\/(slicers|slicerCaches)\//, zh: '切片器', en: 'slicers' },
  { test: /^xl\/(timelines|timelineCaches)\//, zh: '日程表', en: 'timelines' },
  { test: /^xl\/externalLinks\//, zh: '外部链接', en: 'external links' },
  { test: /^xl\/threadedComments\//, zh: '新式批注（讨论）', en: 'threaded comments' },
  { test: /^xl\/(activeX|ctrlProps)\//, zh: '表单控件', en: 'form controls' },
  { test: /^xl\/(connections\.xml|queryTables\/)/, zh: '数据连接与查询', en: 'data connections and queries' },
];

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** File names in a zip's central directory ([] when the bytes are not a zip). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return zipEntries(bytes).map((e) => e.name);
}

function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const dec = new TextDecoder();
  const names: ZipEntry[] = [];
  for (let k = 0; k < count && p + 46 <= bytes.length; k++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const n = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    names.push({
      name: dec.decode(bytes.subarray(p + 46, p + 46 + n)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + n + extra + comment;
  }
  return names;
}

/** One warning (zh / en) per kind of content the output will not keep. */
export function unsupportedContentWarnings(bytes: Uint8Array): string[] {
  const names = zipEntryNames(bytes);
  return PARTS.filter((part) => names.some((n) => part.test.test(n))).map(
    (part) =>
      `输入文件含有${part.zh}，输出文件中不会保留（原文件未改动） / the input holds ${part.en}, which the output file does not keep (the input file is unchanged)`,
  );
}

async function entryText(bytes: Uint8Array, e: ZipEntry): Promise<string | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return new TextDecoder().decode(data);
  if (e.method !== 8) return null;
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/**
 * Links to a place in the workbook written as <hyperlink location=…> without a relationship: exceljs drops
 * these when it reads (the cell keeps its text, the link is lost).
 */
export async function internalLinkWarnings(bytes: Uint8Array): Promise<string[]> {
  for (const e of zipEntries(bytes).filter((x) => /^xl\/worksheets\/[^/]+\.xml$/.test(x.name))) {
    const xml = await entryText(bytes, e).catch(() => null);
    if (xml && /<hyperlink\b(?![^>]*\br:id=)[^>]*\blocation=/.test(xml)) {
      return [
        '输入文件中指向本工作簿内单元格的超链接在输出文件中会变成普通文字（原文件未改动） / links to places inside the input workbook become plain text in the output (the input file is unchanged)',
      ];
    }
  }
  return [];
}

/** Everything the output cannot keep: parts (charts, pivot tables …) and in-workbook links. */
export async function lostContentWarnings(bytes: Uint8Array): Promise<string[]> {
  return [...unsupportedContentWarnings(bytes), ...(await internalLinkWarnings(bytes))];
}
