/** Number display for the pane: grouping by locale, fixed decimals, and "—" for unknown. */
import type { Lang } from './i18n';

export function fmtNum(v: number | null | undefined, decimals: number, lang: Lang): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** CVs are published to 3 decimals (domain brief §1.3). */
export function fmtCv(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(3);
}

/** The core's shortfall units are Chinese; the English pane names them. */
const UNIT_EN: Record<string, string> = { 人: 'people', 个班: 'classes', 个: '', 册: 'books', 台: 'computers', 间: 'rooms', 元: 'yuan', 平方米: '㎡' };

/** Shortfalls: 2 decimals for ㎡, whole numbers for money and countable units. */
export function fmtShortfall(v: number | null, unit: string, lang: Lang): string {
  if (v === null) return '—';
  const dec = /㎡|平方米/.test(unit) && !Number.isInteger(v) ? 2 : 0;
  const u = lang === 'en' ? (UNIT_EN[unit] ?? unit) : unit;
  return `${fmtNum(v, dec, lang)}${u ? ` ${u}` : ''}`;
}

/** "2026-11-23" for <input type="date">, in local time. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // new Date rolls 02-30 over to March; such a day does not exist.
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : null;
}
