/**
 * The settings sheet, as the exceljs writer makes it (src/adapters/exceljs/settings.ts): very hidden, A1 =
 * "junheng-settings", B1 a do-not-edit note, the settings JSON in column A from row 2 in cell-sized chunks.
 */
import { SETTINGS_MAGIC, SETTINGS_SHEET, settingsChunks } from '../core/output/settings';
import type { JunhengSettings } from '../core/sheet/model';
import { Batcher, payloadBytes } from './batch';
import { literal } from './literal';
import { uniqueName } from './names';

export const SETTINGS_NOTE = '均衡 Junheng 的设置，请勿修改 / Junheng settings, do not edit';

export function queueDeleteSheets(batch: Batcher, context: Excel.RequestContext, names: string[]): void {
  for (const n of names) batch.add(60, () => context.workbook.worksheets.getItem(n).delete());
}

export function queueSettings(batch: Batcher, context: Excel.RequestContext, settings: JunhengSettings, taken: Set<string>): string {
  const name = uniqueName(taken, SETTINGS_SHEET);
  const chunks = settingsChunks(settings).map((c) => [literal(c), '']);
  const values = [[SETTINGS_MAGIC, SETTINGS_NOTE], ...chunks];
  batch.add(payloadBytes(values) + 200, () => {
    const ws = context.workbook.worksheets.add(name);
    ws.getRangeByIndexes(0, 0, values.length, 2).values = values;
    ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  });
  return name;
}
