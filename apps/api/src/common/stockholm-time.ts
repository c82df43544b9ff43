/**
 * Instants as the parties lived them, in Swedish time (Europe/Stockholm, summer time included), whatever the
 * server's own zone: "2026-03-12 14:05", as a Swedish register writes them. Calendar days (a meeting's date, a due
 * date) are days already and are printed as they are, never through a time zone.
 */
const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(instant: string | Date): Record<string, string> {
  return Object.fromEntries(STOCKHOLM.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
}

/** "2026-03-12 14:05" in Swedish time; empty for no instant. */
export function stockholmTime(instant: string | Date | null | undefined): string {
  if (instant === null || instant === undefined || instant === '') return '';
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The calendar day in Sweden an instant fell on ("2026-03-12"): a signature made at 00:30 Swedish time is of that day. */
export function stockholmDay(instant: string | Date): string {
  const p = parts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}
