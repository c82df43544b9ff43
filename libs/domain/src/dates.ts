/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) and instants, without reading the clock: callers pass "now" in.
 * Dates are calendar days in UTC; an agreement's end date is its last day in force.
 */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar days the engine accepts anywhere (a body, a path, a query): PostgreSQL's `date` holds far more,
 * but a day outside these years is a typing mistake in an IOP, and year 0000 cannot be stored at all.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

/** A day written YYYY-MM-DD that exists in the calendar (no 2023-02-30), whatever its year. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A real calendar day within EARLIEST_DATE..LATEST_DATE: the one date rule of the DTOs and the domain alike. */
export function isCalendarDay(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

export function dateOf(instant: string): string {
  return instant.slice(0, 10);
}

export function startOfDay(date: string): string {
  return `${date}T00:00:00.000Z`;
}

export function addDays(instantOrDate: string, days: number): string {
  const date = new Date(instantOrDate.length === 10 ? startOfDay(instantOrDate) : instantOrDate);
  date.setUTCDate(date.getUTCDate() + days);
  return instantOrDate.length === 10 ? date.toISOString().slice(0, 10) : date.toISOString();
}

/** Adds calendar months; a day that does not exist in the target month becomes that month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const targetMonthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDay)));
  return result.toISOString().slice(0, 10);
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
