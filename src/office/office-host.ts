/**
 * The Host the task pane uses inside Excel: reads the census through Office.js, applies Junheng's output, removes
 * marks, follows edits. Every call is one Excel.run with delayForCellEdit (a user typing in a cell delays the
 * batch instead of failing it) and a fixed number of syncs.
 */
import type { SheetGrid } from '../core/grid';
import type { JunhengSettings, WorkbookModel } from '../core/sheet/model';
import type { Host, ProgressFn } from '../host/host';
import { applyModel, clearAllMarks } from './apply';
import { inspectWorkbook } from './inspect';
import { readSheetGrid } from './read-sheet';

const RUN_OPTIONS = { delayForCellEdit: true } as Excel.RunOptions;

export class OfficeHost implements Host {
  readonly kind = 'excel' as const;
  /** Warnings of the last apply (e.g. a result written under a suffixed name), zh / en. */
  lastWarnings: string[] = [];

  async listSheets(): Promise<string[]> {
    return Excel.run(RUN_OPTIONS, async (context) => {
      const state = await inspectWorkbook(context, { rules: false });
      const ours = new Set(Object.values(state.settings?.ownedSheets ?? {}).map((n) => n.toLowerCase()));
      return state.sheets.filter((s) => s.visibility === 'Visible' && !ours.has(s.name.toLowerCase())).map((s) => s.name);
    });
  }

  readSheet(name: string, onProgress?: ProgressFn): Promise<SheetGrid> {
    return readSheetGrid(name, onProgress);
  }

  async loadSettings(): Promise<JunhengSettings | null> {
    return Excel.run(RUN_OPTIONS, async (context) => (await inspectWorkbook(context, { rules: false })).settings);
  }

  async apply(model: WorkbookModel, onProgress?: ProgressFn): Promise<void> {
    const r = await applyModel(model, onProgress);
    this.lastWarnings = r.warnings;
  }

  async clearMarks(): Promise<void> {
    await clearAllMarks();
  }

  async select(sheet: string, cell: string): Promise<void> {
    await Excel.run(RUN_OPTIONS, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async onSheetChanged(sheet: string, callback: () => void): Promise<() => void> {
    const registration = await Excel.run(RUN_OPTIONS, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const result = ws.onChanged.add(async () => callback());
      await context.sync();
      return result;
    });
    return () => {
      // Handlers are removed in the context that added them.
      void Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }
}
