import { isCalendarDay } from '../dates';
import { accept, RuleResult } from '../kernel/refusal';
import { firstUnstorableText } from '../text';
import type { CommandType, PartnershipCommand } from './commands';
import { Refusals } from './refusals';
import type { MeetingAttendance } from './state';

/** The longest notice period a draft may set: the API's bound too, so that a notice always ends on a real day. */
export const MAX_TERMINATION_NOTICE_MONTHS = 36;

/** Every date a command carries, by command: the fields PostgreSQL stores as `date` or compares with one. */
const COMMAND_DATES: { [T in CommandType]?: { required: readonly string[]; optional?: readonly string[] } } = {
  RECORD_MEETING: { required: ['date'], optional: ['followUpDueDate'] },
  SUBMIT_DRAFT: { required: ['startDate', 'endDate'] },
  RECORD_POLITICAL_DECISION: { required: ['meetingDate'], optional: ['protocolApprovedOn', 'announcedOn'] },
  RECORD_PROTOCOL_ANNOUNCEMENT: { required: ['announcedOn'], optional: ['protocolApprovedOn'] },
  RECORD_APPEAL: { required: ['lodgedOn'] },
  RECORD_APPEAL_OUTCOME: { required: ['decidedOn'] },
  SUBMIT_FOLLOW_UP_REPORT: { required: ['dueDate'] },
};

/**
 * What the database could not hold, refused before anything is written (rules version 2): a text with a NUL or a
 * lone surrogate anywhere in the command, a date that is no calendar day of 1900..2199, a notice period that is not
 * a whole number of months within bounds (adding it would fall off the calendar and throw inside the workflow).
 */
export function checkStorable(command: PartnershipCommand): RuleResult<true> {
  const text = firstUnstorableText(command);
  if (text) return Refusals.textNotStorable(text.path, text.problem);
  const fields = command as unknown as Record<string, unknown>;
  const dates = COMMAND_DATES[command.type];
  for (const field of dates?.required ?? []) if (!isCalendarDay(fields[field])) return Refusals.dateOutOfRange(field);
  for (const field of dates?.optional ?? []) {
    if (fields[field] !== undefined && !isCalendarDay(fields[field])) return Refusals.dateOutOfRange(field);
  }
  if (command.type === 'SUBMIT_DRAFT') {
    const months = command.terminationNoticeMonths;
    if (!Number.isInteger(months) || months < 0 || months > MAX_TERMINATION_NOTICE_MONTHS) {
      return Refusals.noticeMonthsOutOfRange(MAX_TERMINATION_NOTICE_MONTHS);
    }
  }
  return accept(true);
}

const named = (name: string) => name.trim() !== '';

/**
 * Attendance as evidence (rules version 2): a blank name is nobody, so it is dropped, and an entry that names
 * nobody would let a party count as having met without anyone there: it is refused.
 */
export function namedAttendance(attendees: MeetingAttendance[]): RuleResult<MeetingAttendance[]> {
  const kept = attendees.map((a) => ({ party: a.party, names: a.names.filter(named) }));
  const empty = kept.find((a) => a.names.length === 0);
  return empty ? Refusals.attendeeNamesRequired(empty.party) : accept(kept);
}

/** The parties that attended a meeting: those for whom someone is named. */
export function attendingParties(attendees: MeetingAttendance[]): string[] {
  return attendees.filter((a) => a.names.some(named)).map((a) => a.party);
}
