/** The built-in standards and the loader for a bureau's own JSON. */
import basic2012 from './builtin/basic-2012.json';
import quality2017 from './builtin/quality-2017.json';
import hubei from './builtin/hubei.json';
import hebei from './builtin/hebei.json';
import { StandardSchema, type Standard } from './schema';

export type { Standard, Group, Threshold, StandardIndicator } from './schema';

const BUILTIN: readonly Standard[] = [basic2012, quality2017, hubei, hebei].map((s) => StandardSchema.parse(s));

export interface StandardSummary {
  id: string;
  zh: string;
  en: string;
  kind: 'national' | 'provincial';
}

export function listStandards(): StandardSummary[] {
  return BUILTIN.map(({ id, zh, en, kind }) => ({ id, zh, en, kind }));
}

export function builtinStandard(id: string): Standard | null {
  return BUILTIN.find((s) => s.id === id) ?? null;
}

/** Parse a bureau's own standard (already JSON-parsed); errors name the path of what is wrong. */
export function parseStandard(data: unknown): { ok: true; standard: Standard } | { ok: false; errors: string[] } {
  const r = StandardSchema.safeParse(data);
  if (r.success) return { ok: true, standard: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}
