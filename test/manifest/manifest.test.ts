/**
 * manifest.xml: valid against Microsoft's published XSD schemas (offline, with xmllint), readable by
 * office-addin-manifest, and consistent in what XSD cannot check (every resid defined, icons present, zh-CN
 * strings with en-US overrides, ExcelApi 1.7 minimum).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMAS = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
const xml = readFileSync(MANIFEST, 'utf8');

test('manifest.xml validates against the Office add-in XSD schemas (xmllint)', () => {
  if (!existsSync(path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd'))) {
    console.warn(
      `NOTICE: manifest schema validation NOT run: the schemas folder ${SCHEMAS} is absent (as on a user's clone). ` +
        'Run the tests in the development workspace, or validate at https://aka.ms/validate-manifest / `npx office-addin-manifest validate manifest.xml`.',
    );
    return;
  }
  let out = '';
  try {
    out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd'), MANIFEST], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`xmllint rejected manifest.xml:\n${err.stderr ?? err.message}`);
  }
  expect(out).toBe('');
});

/** office-addin-manifest's parser, run in plain node (its ESM dependencies do not load under jest). */
function readWithOfficeAddinManifest(): Record<string, unknown> & { defaultSettings?: { sourceLocation?: string } } {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' }));
}

test('office-addin-manifest reads it as an Excel task-pane add-in', () => {
  const info = readWithOfficeAddinManifest();
  expect(info.officeAppType).toBe('TaskPaneApp');
  expect(info.hosts).toEqual(['Workbook']);
  expect(info.permissions).toBe('ReadWriteDocument');
  expect(info.defaultLocale).toBe('zh-CN');
  expect(info.displayName).toBe('均衡评估');
  expect(info.defaultSettings?.sourceLocation).toBe('https://localhost:3000/taskpane.html');
  expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test('asks for ExcelApi 1.7 at most, so Excel 2019 loads it', () => {
  const sets = [...xml.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => [m[1], m[2]]);
  expect(sets).toEqual([['ExcelApi', '1.7']]);
});

test('every resid is defined, every string has an en-US override, every icon exists in assets/', () => {
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThan(5);
  for (const id of used) expect(defined).toContain(id);

  const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US" Value="[^"]+"\/>/g)].map((m) => m[1]);
  expect(strings.length).toBe([...xml.matchAll(/<bt:String id=/g)].length);
  expect(xml).toMatch(/<DisplayName DefaultValue="[^"]+">\s*<Override Locale="en-US"/);
  expect(xml).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US"/);

  const icons = [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/icon-\d+\.png)/g)].map((m) => m[1]);
  expect(icons.length).toBeGreaterThanOrEqual(4);
  for (const icon of icons) {
    const png = readFileSync(path.join(ROOT, icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const size = Number(/icon-(\d+)/.exec(icon)![1]);
    expect(png.readUInt32BE(16)).toBe(size); // IHDR width
  }
});

test('the Home tab gets one group with a button that opens the task pane', () => {
  expect(xml).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Junheng\.Group">/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Junheng\.Taskpane\.Url"\/>/);
  expect(xml).toContain('<bt:Url id="Junheng.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>');
});
