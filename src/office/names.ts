/** Sheet names for new sheets: Excel's rules, and a "(2)" suffix when a sheet (any case) already has the name. */
import { cleanSheetName } from '../adapters/exceljs/names';

export { cleanSheetName, quoteSheet } from '../adapters/exceljs/names';

/** Same naming as the exceljs writer, so both hosts give a workbook the same sheet names. */
export function uniqueName(taken: Set<string>, wanted: string): string {
  const base = cleanSheetName(wanted);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
