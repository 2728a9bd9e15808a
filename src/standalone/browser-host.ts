/**
 * Host for the standalone page: an exceljs workbook loaded from a File, written with the same exceljs writer as
 * the command line. "Selecting" a cell scrolls the preview to it; the page cannot edit cells, so the census
 * never changes under a result.
 */
import ExcelJS from 'exceljs';
import { applyWorkbookModel, clearMarks, readSettings, unsupportedContentWarnings } from '../adapters/exceljs';
import type { SheetGrid } from '../core/grid';
import type { JunhengSettings, WorkbookModel } from '../core/sheet/model';
import type { Host, ProgressFn } from '../host/host';
import { worksheetGrid } from '../adapters/exceljs/read-grid';

type SelectListener = (sheet: string, cell: string) => void;

let nextId = 1;

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;
  /** Distinguishes workbooks opened one after another (React key). */
  readonly id = nextId++;
  private readonly selectListeners = new Set<SelectListener>();
  /** What the file holds that the downloaded workbook cannot keep (charts, pivot tables, macros …), "zh / en". */
  openWarnings: string[] = [];
  /** Warnings of the last apply (a result written under a suffixed name). */
  lastWarnings: string[] = [];

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly fileName: string,
  ) {}

  static async fromFile(file: File): Promise<BrowserHost> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const host = new BrowserHost(wb, file.name);
    host.openWarnings = unsupportedContentWarnings(bytes);
    return host;
  }

  async listSheets(): Promise<string[]> {
    const owned = new Set(Object.values(readSettings(this.workbook)?.ownedSheets ?? {}));
    return this.workbook.worksheets.filter((ws) => ws.state === 'visible' && !owned.has(ws.name)).map((ws) => ws.name);
  }

  async readSheet(name: string, onProgress?: ProgressFn): Promise<SheetGrid> {
    const ws = this.workbook.worksheets.find((w) => w.name === name);
    if (!ws) throw Object.assign(new Error(`sheet not found: ${name}`), { zh: `找不到工作表“${name}”`, en: `No sheet named "${name}"` });
    const grid = worksheetGrid(ws);
    onProgress?.({ fraction: 1, label: name });
    return grid;
  }

  async loadSettings(): Promise<JunhengSettings | null> {
    return readSettings(this.workbook);
  }

  async apply(model: WorkbookModel, onProgress?: ProgressFn): Promise<void> {
    const r = applyWorkbookModel(this.workbook, model);
    this.lastWarnings = r.warnings;
    onProgress?.({ fraction: 1, label: '' });
  }

  async clearMarks(): Promise<void> {
    clearMarks(this.workbook);
  }

  async select(sheet: string, cell: string): Promise<void> {
    for (const l of this.selectListeners) l(sheet, cell);
  }

  async onSheetChanged(_sheet: string, _callback: () => void): Promise<() => void> {
    // Nothing edits the workbook on this page except Junheng's own writes.
    return () => {};
  }

  /** The page's own hook: the preview follows selections. Returns an unsubscribe function. */
  onSelect(listener: SelectListener): () => void {
    this.selectListeners.add(listener);
    return () => {
      this.selectListeners.delete(listener);
    };
  }

  async toBlob(): Promise<Blob> {
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Blob([buf as ArrayBuffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }
}
