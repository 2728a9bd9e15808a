/**
 * Writes a WorkbookModel into the open workbook, and removes marks, with a number of context.sync calls that does
 * not depend on the number of schools or marks: 2–3 syncs to look at the workbook (sheets, earlier settings, the
 * rules of earlier marks), then the writes in as few requests as the 5 MB payload limit allows (one for a
 * typical county). Only sheets an earlier run recorded in the settings are replaced; a user's sheet with a wanted
 * name is kept and ours gets a "(2)" suffix.
 */
import { MARKS_SHEET } from '../core/output/settings';
import type { JunhengSettings, WorkbookModel } from '../core/sheet/model';
import type { ProgressFn } from '../host/host';
import { Batcher } from './batch';
import { findSheet, inspectWorkbook, type WorkbookState } from './inspect';
import { uniqueName } from './names';
import { detectFeatures } from './support';
import { queueClearMarks, queueMarks } from './write-marks';
import { queueSheet } from './write-sheet';
import { queueDeleteSheets, queueSettings } from './write-settings';

export interface ApplyResult {
  warnings: string[];
  /** Sheet names used, by logical id (also stored in the settings). */
  ownedSheets: Record<string, string>;
  /** Syncs spent looking at the workbook (2, or 3 when it has conditional formats): independent of its size. */
  inspectSyncs: number;
  /** Syncs spent writing: one per ~4 MB of request payload (one for a typical county). */
  writeSyncs: number;
  /** Estimated request bytes of all writes. */
  writeBytes: number;
}

const RUN_OPTIONS = { delayForCellEdit: true } as Excel.RunOptions;

function progressOf(onProgress: ProgressFn | undefined, label: string) {
  return (done: number, total: number) => onProgress?.({ fraction: total ? done / total : 1, label });
}

/** Names of sheets Junheng made earlier (other than the marks mirror) that still exist. */
function ownedExisting(state: WorkbookState): string[] {
  const out: string[] = [];
  for (const [id, name] of Object.entries(state.settings?.ownedSheets ?? {})) {
    if (id === 'marks') continue;
    const s = findSheet(state, name);
    if (s && !out.includes(s.name)) out.push(s.name);
  }
  return out;
}

export async function applyModel(model: WorkbookModel, onProgress?: ProgressFn): Promise<ApplyResult> {
  const features = detectFeatures();
  return Excel.run(RUN_OPTIONS, async (context) => {
    let syncs = 0;
    const counted = { workbook: context.workbook, sync: async (): Promise<void> => ((syncs += 1), await context.sync()) };
    onProgress?.({ fraction: 0, label: '检查工作簿' });
    const state = await inspectWorkbook(counted, { rules: true });
    const batch = new Batcher(counted, progressOf(onProgress, '写入结果'));
    const warnings: string[] = [];

    // 1. Take away what an earlier run wrote: marks, owned sheets, settings.
    const gone = new Set<string>();
    const mirror = queueClearMarks(batch, context, state);
    if (mirror) gone.add(mirror.toLowerCase());
    const old = ownedExisting(state);
    queueDeleteSheets(batch, context, [...old, ...state.settingsSheets]);
    for (const n of [...old, ...state.settingsSheets]) gone.add(n.toLowerCase());
    const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()).filter((n) => !gone.has(n)));

    // 2. The result sheets, under their wanted names unless a user's sheet has one.
    const owned: Record<string, string> = {};
    const finalName = new Map<string, string>();
    for (const sheet of model.sheets) {
      const name = uniqueName(taken, sheet.name);
      owned[sheet.id] = name;
      finalName.set(sheet.name, name);
      if (name !== sheet.name) {
        warnings.push(
          `已有同名工作表“${sheet.name}”（不是均衡生成的，未改动），结果写入“${name}” / a sheet named "${sheet.name}" exists and is not Junheng's; kept it and wrote "${name}"`,
        );
      }
    }
    const sheetName = (wanted: string) => finalName.get(wanted) ?? wanted;
    for (const sheet of model.sheets) {
      let ws: Excel.Worksheet | null = null;
      const name = owned[sheet.id];
      batch.add(80, () => {
        ws = context.workbook.worksheets.add(name);
      });
      queueSheet(batch, { ws: () => ws!, sheetName }, sheet, features);
    }

    // 3. The marks on the census sheet.
    if (model.marks) {
      if (findSheet(state, model.marks.sheet)) {
        const name = uniqueName(taken, MARKS_SHEET);
        queueMarks(batch, context, { ...model.marks, sheet: findSheet(state, model.marks.sheet)!.name }, name);
        owned.marks = name;
      } else {
        warnings.push(`未找到统计表“${model.marks.sheet}”，未做标记 / census sheet "${model.marks.sheet}" not found; nothing marked`);
      }
    }

    // 4. Settings, naming every sheet we now own.
    const settings: JunhengSettings = { ...model.settings, ownedSheets: owned };
    queueSettings(batch, context, settings, taken);

    const inspectSyncs = syncs;
    await batch.flush();
    onProgress?.({ fraction: 1, label: '完成' });
    return { warnings, ownedSheets: owned, inspectSyncs, writeSyncs: syncs - inspectSyncs, writeBytes: batch.bytes };
  });
}

/** Removes Junheng's marks; the census sheet is exactly as before. Settings forget the mirror. */
export async function clearAllMarks(): Promise<{ syncs: number }> {
  return Excel.run(RUN_OPTIONS, async (context) => {
    let syncs = 0;
    const counted = { workbook: context.workbook, sync: async (): Promise<void> => ((syncs += 1), await context.sync()) };
    const state = await inspectWorkbook(counted, { rules: true });
    const batch = new Batcher(counted);
    queueClearMarks(batch, context, state);
    if (state.settings?.ownedSheets.marks) {
      const { marks: _gone, ...rest } = state.settings.ownedSheets;
      queueDeleteSheets(batch, context, state.settingsSheets);
      const taken = new Set(state.sheets.map((s) => s.name.toLowerCase()).filter((n) => !state.settingsSheets.some((x) => x.toLowerCase() === n)));
      queueSettings(batch, context, { ...state.settings, ownedSheets: rest }, taken);
    }
    await batch.flush();
    return { syncs };
  });
}
