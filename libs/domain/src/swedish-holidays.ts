import { addDays, compareDates } from './dates';

/**
 * Swedish public holidays (allmänna helgdagar, lag (1989:253) om allmänna helgdagar) of any year, as ISO dates.
 * Pure calendar arithmetic: Easter by the Gregorian computus (the anonymous, "Meeus/Jones/Butcher" algorithm), the
 * movable days counted from it, midsommardagen and alla helgons dag as the Saturdays of their weeks.
 */
export function swedishPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const days = [
    isoDate(year, 1, 1), // nyårsdagen
    isoDate(year, 1, 6), // trettondedag jul
    addDays(easter, -2), // långfredagen
    easter, // påskdagen
    addDays(easter, 1), // annandag påsk
    isoDate(year, 5, 1), // första maj
    addDays(easter, 39), // Kristi himmelsfärdsdag
    addDays(easter, 49), // pingstdagen
    isoDate(year, 6, 6), // Sveriges nationaldag
    saturdayFrom(year, 6, 20), // midsommardagen: the Saturday 20–26 June
    saturdayFrom(year, 10, 31), // alla helgons dag: the Saturday 31 October–6 November
    isoDate(year, 12, 25), // juldagen
    isoDate(year, 12, 26), // annandag jul
  ];
  return days.sort(compareDates);
}

/**
 * The days that count as a holiday when a statutory period ends (lag (1930:173) om beräkning av lagstadgad tid,
 * 2 §): the public holidays, and midsommarafton, julafton and nyårsafton besides. Saturdays and Sundays count too,
 * see isDayOff.
 */
export function daysOffByLaw(year: number): string[] {
  const eves = [addDays(saturdayFrom(year, 6, 20), -1), isoDate(year, 12, 24), isoDate(year, 12, 31)];
  return [...swedishPublicHolidays(year), ...eves].sort(compareDates);
}

/** A Saturday, a Sunday, a public holiday, midsommarafton, julafton or nyårsafton. */
export function isDayOff(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return true;
  return daysOffByLaw(Number(date.slice(0, 4))).includes(date);
}

/** The day itself when it is a working day, otherwise the next one that is (1930:173, 2 §). */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (isDayOff(day)) day = addDays(day, 1);
  return day;
}

/** Easter Sunday (påskdagen) of a Gregorian year. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first Saturday on or after the given day (the window of seven days always holds exactly one). */
function saturdayFrom(year: number, month: number, day: number): string {
  const start = isoDate(year, month, day);
  const weekday = new Date(`${start}T00:00:00.000Z`).getUTCDay();
  return addDays(start, (6 - weekday + 7) % 7);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
