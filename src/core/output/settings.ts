/**
 * The settings Junheng keeps in the workbook (a hidden sheet): sheets it owns, census sheet, standard, column
 * mapping. Stored as JSON text in cells; validated on the way in, so a damaged or foreign sheet reads as null.
 */
import { z } from 'zod';
import type { JunhengSettings } from '../sheet/model';

/** First cell of the settings sheet; identifies it whatever its name. */
export const SETTINGS_MAGIC = 'junheng-settings';
export const SETTINGS_SHEET = '_junheng';
export const MARKS_SHEET = '_junheng_marks';
/** Workbook name pointing at A1 of the marks mirror; the census rules read the mirror through it. */
export const MARKS_NAME = '_JunhengMarks';
/** Excel keeps at most 32 767 characters in a cell; JSON longer than a chunk goes on the next rows. */
export const SETTINGS_CHUNK = 30000;

const schema = z.object({
  version: z.literal(1),
  ownedSheets: z.record(z.string(), z.string()),
  censusSheet: z.string().nullable(),
  standard: z.string(),
  province: z.string().nullable(),
  mapping: z.array(z.object({ column: z.string(), field: z.string().nullable(), factor: z.number().optional() })),
  plan: z.unknown().optional(),
});

export function defaultSettings(): JunhengSettings {
  return { version: 1, ownedSheets: {}, censusSheet: null, standard: 'basic-2012', province: null, mapping: [] };
}

export function parseSettings(json: string): JunhengSettings | null {
  try {
    const r = schema.safeParse(JSON.parse(json));
    return r.success ? (r.data as JunhengSettings) : null;
  } catch {
    return null;
  }
}

/** JSON split into cell-sized chunks. */
export function settingsChunks(s: JunhengSettings): string[] {
  const json = JSON.stringify(s);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK) out.push(json.slice(i, i + SETTINGS_CHUNK));
  return out.length ? out : ['{}'];
}
