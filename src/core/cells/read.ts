/**
 * Reading one census cell as a number or a text. Census cells are messy: numbers stored as text, full-width
 * digits, thousands separators, units typed into the cell, Excel error values, free text such as 不详.
 * These functions never throw: whatever is in the cell, the caller gets a value it can trust (null or a
 * finite number ≥ 0) and a status saying how it was read.
 */
import type { NumberKind } from '../fields';
import type { CellValue } from '../grid';
import type { ProblemCode } from '../problems';
import { normalizeText, parseUnit } from './units';

export interface NumberRead {
  /** In the field's base unit (factor applied); null unless status is 'ok' or 'warning'. */
  value: number | null;
  status: 'ok' | 'blank' | 'warning' | 'error';
  code?: ProblemCode;
  /**
   * number-as-text: {text, value} with value the number as written (before the header's factor);
   * unit-in-cell: {text, value} with value in the field's base unit; error-value / not-a-number: {text};
   * negative: {value} as written; fractional-count: {value} in the base unit.
   */
  params?: Record<string, string | number>;
}

const BLANK: NumberRead = { value: null, status: 'blank' };

/** Zero-width characters that survive trim(). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A lone dash or slash is how Chinese tables leave a cell empty; read it as blank, not as 0. */
const DASH_ONLY = /^[-－—–―‐‑−~～/／\\、.。·…]+$/;

const ERROR_TEXT = /^#(div\/0!?|n\/a|value!?|ref!?|name\??|num!?|null!?|spill!?|calc!?|getting_data|field!?|blocked!?|connect!?|busy!?|unknown!?)$/i;

/** Sign, number (with or without thousands separators), optional exponent, then whatever follows. */
const NUMBER_TEXT = /^([+-])?(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:e([+-]?\d{1,3}))?(.*)$/;

/** Round away binary float noise (1.2 × 10000 → 12000, 0.1 + 0.2 → 0.3) while keeping 12 significant digits. */
export function cleanFloat(x: number): number {
  if (Number.isInteger(x)) return x === 0 ? 0 : x; // fast path: most census numbers are whole
  if (!Number.isFinite(x)) return x;
  const y = Number(x.toPrecision(12));
  return y === 0 ? 0 : y; // also turns -0 into 0
}

function safeString(v: unknown): string {
  try {
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString().slice(0, 10);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'object' && v !== null) {
      const e = (v as { error?: unknown }).error;
      if (typeof e === 'string') return e;
      return JSON.stringify(v) ?? '[object]';
    }
    return String(v);
  } catch {
    return '[?]';
  }
}

function err(code: ProblemCode, params: Record<string, string | number>): NumberRead {
  return { value: null, status: 'error', code, params };
}

/** Checks shared by typed numbers and numbers parsed from text; `raw` is the number as written in the cell. */
function finish(raw: number, factor: number, kind: NumberKind, text: string | null, unitTyped: boolean): NumberRead {
  if (!Number.isFinite(raw)) return err('not-a-number', { text: text ?? safeString(raw) });
  if (raw < 0) return err('negative', { value: cleanFloat(raw) });
  let value = cleanFloat(raw * factor);
  if (!Number.isFinite(value)) return err('not-a-number', { text: text ?? safeString(raw) });
  if (kind === 'count') {
    const whole = Math.round(value);
    if (Math.abs(value - whole) > 1e-6) return err('fractional-count', { value });
    value = whole === 0 ? 0 : whole;
  }
  if (text === null) return { value, status: 'ok' };
  if (unitTyped) return { value, status: 'warning', code: 'unit-in-cell', params: { text, value } };
  return { value, status: 'warning', code: 'number-as-text', params: { text, value: cleanFloat(raw) } };
}

/**
 * Read a numeric census cell. `factor` is what the column header implies (万元 → 10000); a unit typed into the cell
 * overrides it (万元 → ×10000, 元 → ×1), because the header's factor is for the bare number.
 */
export function readNumber(cell: CellValue, kind: NumberKind, factor: number): NumberRead {
  try {
    return readNumberUnsafe(cell, kind, Number.isFinite(factor) && factor > 0 ? factor : 1);
  } catch {
    // Defensive: nothing above should throw, but a reader must never take the whole evaluation down.
    return err('not-a-number', { text: safeString(cell) });
  }
}

function readNumberUnsafe(cell: unknown, kind: NumberKind, factor: number): NumberRead {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === 'number') return finish(cell, factor, kind, null, false);
  if (typeof cell === 'string') return readNumberText(cell, kind, factor);
  if (typeof cell === 'object' && !(cell instanceof Date) && typeof (cell as { error?: unknown }).error === 'string') {
    return err('error-value', { text: (cell as { error: string }).error });
  }
  return err('not-a-number', { text: safeString(cell) });
}

function readNumberText(cell: string, kind: NumberKind, factor: number): NumberRead {
  const text = cell.replace(INVISIBLE, '').trim();
  if (text === '' || DASH_ONLY.test(text)) return BLANK;
  const s = normalizeText(text);
  if (ERROR_TEXT.test(s)) return err('error-value', { text });
  const m = NUMBER_TEXT.exec(s);
  if (!m) return err('not-a-number', { text });
  const [, sign, digits, exp, tail] = m;
  let raw = Number(digits.replace(/,/g, '')) * (exp ? Math.pow(10, Number(exp)) : 1);
  if (sign === '-') raw = -raw;
  if (tail === '') return finish(raw, factor, kind, text, false);
  if (tail === '万') return finish(raw, 10000, kind, text, true);
  const unit = parseUnit(tail);
  // A unit of another kind (万元 typed into an area column) means the cell holds something else.
  if (!unit || unit.kind !== kind) return err('not-a-number', { text });
  return finish(raw, unit.factor, kind, text, true);
}

const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * True when a text may start or end with this character as is: not white space (what trim() removes) and, for a
 * first character, not one DASH_ONLY is made of (checked for both ends: cheap and safe).
 */
function isPlainEdge(c: number): boolean {
  if (c <= 0x20) return false;
  if (c < 0x7f) return c !== 0x2d && c !== 0x7e && c !== 0x2f && c !== 0x5c && c !== 0x2e; // - ~ / \ .
  // Non-ASCII: white space (U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF), dashes
  // and the DASH_ONLY punctuation; every other character is plain.
  switch (c) {
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
    case 0xff0d: // －
    case 0x2014: // —
    case 0x2013: // –
    case 0x2015: // ―
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2212: // −
    case 0xff5e: // ～
    case 0xff0f: // ／
    case 0x3001: // 、
    case 0x3002: // 。
    case 0xb7: // ·
    case 0x2026: // …
      return false;
  }
  return !(c >= 0x2000 && c <= 0x200a);
}

/** Trimmed text of a cell (numbers as written by String()), null for blank; never throws. */
export function readText(cell: CellValue): string | null {
  try {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : null;
    if (typeof cell === 'string') {
      // Fast path (most text cells): nothing to trim or strip, and not a dash placeholder.
      if (cell.length > 0 && isPlainEdge(cell.charCodeAt(0)) && isPlainEdge(cell.charCodeAt(cell.length - 1)) && !HAS_INVISIBLE.test(cell)) return cell;
      const t = cell.replace(INVISIBLE, '').trim();
      return t === '' || DASH_ONLY.test(t) ? null : t;
    }
    return safeString(cell);
  } catch {
    return null;
  }
}

/** True when the cell holds nothing (null, spaces, a lone dash). */
export function isBlankCell(cell: CellValue): boolean {
  return readText(cell) === null;
}
