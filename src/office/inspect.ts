/**
 * What is in the workbook before Junheng writes: the sheets, the settings an earlier run left (hidden sheet whose
 * A1 is "junheng-settings"), the workbook name of the marks and the conditional-format rules that read it.
 * Two or three syncs, whatever the workbook's size.
 */
import { MARKS_NAME, parseSettings, SETTINGS_MAGIC } from '../core/output/settings';
import type { JunhengSettings } from '../core/sheet/model';

export interface SheetInfo {
  name: string;
  visibility: string;
}

export interface WorkbookState {
  sheets: SheetInfo[];
  settings: JunhengSettings | null;
  /** Hidden sheets holding settings (normally one). */
  settingsSheets: string[];
  /** The workbook name the mark rules read through exists. */
  marksName: Excel.NamedItem | null;
  /** Conditional formats (any sheet) whose rule reads the marks mirror. */
  markRules: Excel.ConditionalFormat[];
}

/** Settings are at most this many cells of column A (30 000 characters each). */
const SETTINGS_ROWS = 64;

export function findSheet(state: WorkbookState, name: string): SheetInfo | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name === name) ?? state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** The request context, or a wrapper around it that counts syncs. */
export interface Syncing {
  workbook: Excel.Workbook;
  sync(): Promise<void>;
}

export async function inspectWorkbook(context: Syncing, opts: { rules: boolean }): Promise<WorkbookState> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const name = context.workbook.names.getItemOrNullObject(MARKS_NAME);
  await context.sync();

  const infos: SheetInfo[] = sheets.items.map((ws) => ({ name: ws.name, visibility: ws.visibility }));
  const heads = infos
    .filter((s) => s.visibility !== 'Visible')
    .map((s) => ({ name: s.name, range: sheets.getItem(s.name).getRange(`A1:A${SETTINGS_ROWS}`).load('values') }));
  const cfs = opts.rules ? infos.map((s) => sheets.getItem(s.name).getRange().conditionalFormats.load('items/type')) : [];
  await context.sync();

  let settings: JunhengSettings | null = null;
  const settingsSheets: string[] = [];
  for (const h of heads) {
    const col = h.range.values.map((row) => row[0]);
    if (col[0] !== SETTINGS_MAGIC) continue;
    settingsSheets.push(h.name);
    if (settings) continue;
    let json = '';
    for (let i = 1; i < col.length && typeof col[i] === 'string' && col[i] !== ''; i++) json += col[i] as string;
    settings = parseSettings(json);
  }

  const markRules: Excel.ConditionalFormat[] = [];
  const custom = cfs.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
  if (custom.length) {
    const rules = custom.map((cf) => ({ cf, rule: cf.custom.rule.load('formula') }));
    await context.sync();
    for (const { cf, rule } of rules) if ((rule.formula ?? '').toLowerCase().includes(MARKS_NAME.toLowerCase())) markRules.push(cf);
  }
  return { sheets: infos, settings, settingsSheets, marksName: name.isNullObject ? null : name, markRules };
}
