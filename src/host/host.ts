/**
 * The one interface the task pane talks to besides the core. Implemented by the Office.js adapter (add-in) and by
 * the exceljs-in-the-browser adapter (standalone page). Implementations keep Excel round trips constant.
 */
import type { WorkbookGrid, SheetGrid } from '../core/grid';
import type { JunhengSettings, WorkbookModel } from '../core/sheet/model';

export interface Progress {
  /** 0..1 */
  fraction: number;
  /** What is being done, zh-CN. */
  label: string;
}

export type ProgressFn = (p: Progress) => void;

export interface Host {
  /** A short name for the UI ("Excel", "浏览器"). */
  readonly kind: 'excel' | 'browser';
  /** Names of the workbook's visible sheets (Junheng's own excluded). */
  listSheets(): Promise<string[]>;
  /** The sheet's used range as a grid (originRow/originCol set when it does not start at A1). */
  readSheet(name: string, onProgress?: ProgressFn): Promise<SheetGrid>;
  /** Settings stored in the workbook by an earlier run, or null. */
  loadSettings(): Promise<JunhengSettings | null>;
  /** Write marks, sheets and settings; replaces Junheng's earlier output, never a user's sheet. */
  apply(model: WorkbookModel, onProgress?: ProgressFn): Promise<void>;
  /** Remove the marks (the census sheet goes back to exactly how it was). */
  clearMarks(): Promise<void>;
  /** Select a cell, switching to its sheet. */
  select(sheet: string, cell: string): Promise<void>;
  /** Warnings of the last apply (e.g. a result written under a suffixed name), "zh / en"; shown by the pane. */
  readonly lastWarnings?: readonly string[];
  /** Call back when the census sheet is edited; returns an unsubscribe function. */
  onSheetChanged(sheet: string, callback: () => void): Promise<() => void>;
}

export type { WorkbookGrid };
