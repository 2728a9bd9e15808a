/**
 * --out for the command line: the input read once with exceljs (grid for the engine, settings left by an earlier
 * run), then a copy of it with the marks and the result sheets written to OUT. The input file is never written.
 */
import ExcelJS from 'exceljs';
import { readFileSync, realpathSync, existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyWorkbookModel, lostContentWarnings, readSettings } from '../adapters/exceljs';
import type { WorkbookGrid } from '../core/grid';
import { buildWorkbookModel } from '../core/output';
import type { JunhengSettings, SheetModel } from '../core/sheet/model';
import type { Evaluation } from '../core/types';
import { workbookGrid } from '../adapters/exceljs/read-grid';

export interface LoadedInput {
  path: string;
  bytes: Buffer;
  book: ExcelJS.Workbook;
  grid: WorkbookGrid;
  /** Settings a previous run (CLI or add-in) left in the workbook. */
  settings: JunhengSettings | null;
}

export async function loadInput(path: string): Promise<LoadedInput> {
  const bytes = readFileSync(path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { path, bytes, book, grid: workbookGrid(book), settings: readSettings(book) };
}

/** Same file, however spelled (relative path, symlink). */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}

/** Writes OUT; returns the warnings (user sheets renamed around, content exceljs cannot keep). */
export async function writeOutput(
  input: LoadedInput,
  ev: Evaluation,
  out: string,
  opts: { date: string; extraSheets?: SheetModel[]; plan?: unknown },
): Promise<string[]> {
  const model = buildWorkbookModel(ev, {
    date: opts.date,
    settings: {
      ...(input.settings ? { mapping: input.settings.mapping, plan: input.settings.plan } : {}),
      // New plan parameters are remembered in the workbook for the next run.
      ...(opts.plan !== undefined ? { plan: opts.plan } : {}),
    },
    extraSheets: opts.extraSheets,
  });
  // Apply to a fresh copy so the loaded book stays as read.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(input.bytes as unknown as ArrayBuffer);
  const { warnings } = applyWorkbookModel(book, model);
  writeFileSync(out, Buffer.from(await book.xlsx.writeBuffer()));
  return [...(await lostContentWarnings(new Uint8Array(input.bytes))), ...warnings];
}
