/** src/core must stay pure: no Office.js, React, DOM or Node I/O (architecture rule). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '../../src/core');
const FORBIDDEN_IMPORTS = /from\s+['"](node:|fs|path|os|child_process|exceljs|react|react-dom|@fluentui\/|@microsoft\/office-js|office-js|\.\.\/\.\.\/(cli|office|taskpane|standalone|adapters|host))/;
const FORBIDDEN_GLOBALS = /\b(Office\.|Excel\.run|document\.|window\.|localStorage|process\.|require\()/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

test('src/core imports nothing host-specific and touches no host globals', () => {
  const offenders: string[] = [];
  for (const file of files(CORE)) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const line of text.split('\n')) {
      if (FORBIDDEN_IMPORTS.test(line) || FORBIDDEN_GLOBALS.test(line)) offenders.push(`${file}: ${line.trim()}`);
    }
  }
  expect(offenders).toEqual([]);
});

test('the rule itself catches a violation', () => {
  expect(FORBIDDEN_IMPORTS.test("import fs from 'node:fs';")).toBe(true);
  expect(FORBIDDEN_IMPORTS.test("import ExcelJS from 'exceljs';")).toBe(true);
  expect(FORBIDDEN_GLOBALS.test('Excel.run(async (ctx) => {})')).toBe(true);
  expect(FORBIDDEN_IMPORTS.test("import { a1 } from '../grid';")).toBe(false);
});
