/**
 * Strings written through Office.js `range.values` are parsed like typed input: "=A1" becomes a formula, "0012" a
 * number, "2025-09" a date, "TRUE" a boolean, "#N/A" an error. A leading apostrophe is Excel's own "this is text"
 * mark (it is not part of the value and `values` reads back without it), so every string Excel could reinterpret
 * gets one. Plain words are left alone so the formula bar shows them as typed.
 */

/** True when Excel would not keep `s` as the same text if typed into a General cell. */
export function needsQuote(s: string): boolean {
  if (s === '') return false;
  // = + - @ start formulas; ' would be eaten as the quote mark itself; # makes error literals such as #N/A.
  if (/^[=+\-@'#]/.test(s)) return true;
  // Any digit (ASCII or full-width) may become a number, date, time, fraction or percentage.
  if (/[0-9\uFF10-\uFF19]/.test(s)) return true;
  if (/^\s*(true|false)\s*$/i.test(s)) return true;
  return false;
}

/** The value to put in `range.values` so the cell holds exactly `v`. */
export function literal(v: string | number | boolean | null): string | number | boolean {
  if (v === null) return '';
  if (typeof v !== 'string') return Number.isFinite(v as number) || typeof v === 'boolean' ? v : String(v);
  return needsQuote(v) ? `'${v}` : v;
}
