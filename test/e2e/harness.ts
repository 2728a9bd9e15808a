/**
 * End-to-end plumbing: build one page of the add-in with the project's webpack.config.js into a temp folder, serve
 * it on 127.0.0.1 (random port), and drive Debian's Chromium through playwright-core. No browser download, no
 * network: every request that does not go to the local server is refused and recorded.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SheetGrid, WorkbookGrid } from '../../src/core/grid';

export const ROOT = path.resolve(__dirname, '../..');
export const SAMPLE_XLSX = path.join(ROOT, 'assets/sample/sample-county.xlsx');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENS = process.env.JUNHENG_SCREENS || '';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `junheng-${prefix}-`));
}

/** Builds one entry ('taskpane' | 'standalone') in development mode with office.js self-hosted. */
export async function buildPage(entry: 'taskpane' | 'standalone'): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require(path.join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<import('webpack').Configuration>;
  const config = await configFn({ officejs: 'local' }, { mode: 'development' });
  const out = tempDir(`dist-${entry}`);
  config.context = ROOT;
  config.output = { ...config.output, path: out };
  config.devtool = false;
  config.entry = { [entry]: (config.entry as Record<string, string>)[entry] };
  config.plugins = (config.plugins ?? []).filter((p) => {
    const filename = (p as { userOptions?: { filename?: string } }).userOptions?.filename;
    return !filename || filename === `${entry}.html`;
  });
  config.infrastructureLogging = { level: 'error' };
  await new Promise<void>((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
  return out;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.json': 'application/json',
};

export interface Served {
  url: string;
  close: () => Promise<void>;
}

export async function serve(dir: string): Promise<Served> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, path.normalize(rel).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Refuse every request that does not go to `base`; returns the list of refused URLs. */
export async function offline(page: Page, base: string): Promise<string[]> {
  const refused: string[] = [];
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(base) || u.startsWith('blob:') || u.startsWith('data:')) return route.continue();
    refused.push(u);
    return route.abort();
  });
  return refused;
}

/** Page errors and console errors, so a test can assert none happened. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** The sample county workbook as grids (what the fake Excel is seeded with), read with exceljs. */
export async function sampleGrids(): Promise<WorkbookGrid> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require('exceljs') as typeof import('exceljs');
  const { worksheetGrid } = await import('../../src/adapters/exceljs/read-grid');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_XLSX);
  const sheets: SheetGrid[] = wb.worksheets.filter((ws) => ws.state === 'visible').map((ws) => worksheetGrid(ws));
  return { sheets };
}

/** With JUNHENG_SCREENS set: the whole page, plus 1000-px slices of it (a tall pane is easier to look at in parts). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  fs.mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight }));
  for (let y = 0, i = 1; y < height; y += 1000, i++) {
    await page.screenshot({ path: path.join(SCREENS, `${name}.part${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(1000, height - y) } });
  }
}

/** Re-run `probe` until `ok` accepts its result (UI work is asynchronous); returns the last result either way. */
export async function poll<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await probe();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    v = await probe();
  }
  return v;
}
