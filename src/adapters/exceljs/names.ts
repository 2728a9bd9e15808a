/** Sheet names as Excel wants them: ≤ 31 characters, none of : \ / ? * [ ], unique regardless of case. */
import type ExcelJS from 'exceljs';

export function cleanSheetName(name: string): string {
  const s = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').trim();
  return (s || 'Sheet').slice(0, 31);
}

export function sheetNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((ws) => ws.name);
}

/** `name`, or `name(2)`, `name(3)` … when a sheet of that name (any case) already exists. */
export function uniqueSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(sheetNames(wb).map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A sheet name inside a formula: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function getSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === name) ?? wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}
