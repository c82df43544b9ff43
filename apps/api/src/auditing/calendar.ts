import { addDays, compareDates, yearlyFollowUps } from '@iop/domain';
import type { CalendarSource } from '@iop/database';
import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api.exception';
import type { FieldErrorBody } from '../common/api-error';
import { CALENDAR_MAX_DAYS } from './dto/auditing.query';
import { CALENDAR_ENTRY_KINDS, CalendarEntryResponse } from './dto/overview.response';

/**
 * Each day is valid on its own (the query's validation is a 400 naming it); together they make no range the calendar
 * serves: a 422, which the OpenAPI document can state and a schema cannot express.
 */
function rangeRefused(errors: FieldErrorBody[], messageSv: string): ApiException {
  return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'CALENDAR_RANGE_REFUSED', 'The calendar range is refused.', { messageSv, errors });
}

/** The calendar's range: from today for a year when not given, refused when backwards or longer than two years. */
export function calendarRange(today: string, from?: string, to?: string): { from: string; to: string } {
  const start = from ?? today;
  const end = to ?? addDays(start, 365);
  if (compareDates(end, start) < 0) {
    throw rangeRefused(
      [
        {
          field: 'to',
          rule: 'isOnOrAfterFrom',
          message: `Choose an end day on or after the start day (${start}).`,
          messageSv: `Välj en slutdag samma dag som startdagen (${start}) eller senare.`,
        },
      ],
      `Begäran är ogiltig: to (${end}) måste vara samma dag som from (${start}) eller senare.`,
    );
  }
  if (compareDates(end, addDays(start, CALENDAR_MAX_DAYS)) > 0) {
    throw rangeRefused(
      [
        {
          field: 'to',
          rule: 'isWithinCalendarRange',
          message: `Choose an end day at most ${CALENDAR_MAX_DAYS} days after the start day (${start}).`,
          messageSv: `Välj en slutdag högst ${CALENDAR_MAX_DAYS} dagar efter startdagen (${start}).`,
        },
      ],
      `Begäran är ogiltig: to får vara högst ${CALENDAR_MAX_DAYS} dagar efter from (${start}).`,
    );
  }
  return { from: start, to: end };
}

const inRange = (date: string, range: { from: string; to: string }) => compareDates(date, range.from) >= 0 && compareDates(date, range.to) <= 0;
const KIND_ORDER = (kind: string) => CALENDAR_ENTRY_KINDS.indexOf(kind as (typeof CALENDAR_ENTRY_KINDS)[number]);

/**
 * The calendar's entries, soonest first: tasks as given (already those the caller may see), the yearly follow-ups
 * and the end of each agreement in force by the same rule the workflow's timers follow, and decisions by meeting.
 */
export function calendarEntries(source: CalendarSource, range: { from: string; to: string }): CalendarEntryResponse[] {
  const entries: CalendarEntryResponse[] = [
    ...source.tasks.map((t) => ({
      date: t.dueDate,
      kind: 'TASK_DUE' as const,
      partnershipId: t.partnershipId,
      partnershipTitle: t.partnershipTitle,
      taskType: t.type,
      addressedTo: t.addressedTo,
    })),
    ...source.agreements.flatMap((a) => [
      ...yearlyFollowUps(a)
        .filter((f) => inRange(f.dueDate, range))
        .map((f) => ({
          date: f.dueDate,
          kind: 'FOLLOW_UP' as const,
          partnershipId: a.partnershipId,
          partnershipTitle: a.partnershipTitle,
          followUpYear: f.year,
        })),
      ...(inRange(a.endDate, range)
        ? [{ date: a.endDate, kind: 'AGREEMENT_ENDS' as const, partnershipId: a.partnershipId, partnershipTitle: a.partnershipTitle }]
        : []),
    ]),
    ...source.decisions.map((d) => ({
      date: d.meetingDate,
      kind: 'DECISION' as const,
      partnershipId: d.partnershipId,
      partnershipTitle: d.partnershipTitle,
      decision: { body: d.body, diarienummer: d.diarienummer, paragraph: d.paragraph, outcome: d.outcome },
    })),
  ];
  return entries.sort(
    (a, b) => compareDates(a.date, b.date) || KIND_ORDER(a.kind) - KIND_ORDER(b.kind) || a.partnershipTitle.localeCompare(b.partnershipTitle, 'sv'),
  );
}
