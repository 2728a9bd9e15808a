/** Calendar arithmetic on ISO dates ('YYYY-MM-DD'), local calendar days, via date-fns. */
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';

export const toIso = (d: Date): string => format(d, 'yyyy-MM-dd');
export const fromIso = (s: string): Date => parseISO(s);

/** Adds whole months by the calendar and the fraction as days (0.5 month = 15 days). */
export function addMonthsFrac(d: Date, months: number): Date {
  const whole = Math.floor(months);
  const days = Math.round((months - whole) * 30);
  return addDays(addMonths(d, whole), days);
}

/** A step of `months` starting on `start`: its last day (inclusive); at least one day long. */
export function endOf(start: Date, months: number): Date {
  const after = addMonthsFrac(start, months);
  return differenceInCalendarDays(after, start) <= 1 ? start : addDays(after, -1);
}

export const dayAfter = (d: Date): Date => addDays(d, 1);
export const laterOf = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** The date `MM-DD` (or month number, day 1) in `year`. */
export function inYear(year: number, monthDay: string | number): Date {
  if (typeof monthDay === 'number') return new Date(year, monthDay - 1, 1);
  const [m, d] = monthDay.split('-').map(Number);
  return new Date(year, m - 1, d);
}

/** "2026-03-01" → "2026年3月". */
export function monthLabel(year: number, month0: number): string {
  return `${year}年${month0 + 1}月`;
}

export const daysBetween = (a: string, b: string): number => differenceInCalendarDays(fromIso(b), fromIso(a));
