import { all, OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { accept } from '../../kernel/refusal';
import { underRulesSince } from '../../kernel/rules-version';
import { requirePhase } from '../guards';
import type { MoveHandler } from '../move';
import { activeParties } from '../parties';
import { Refusals } from '../refusals';
import { namedAttendance } from '../storable';
import { completeTasks } from '../tasks';

/** The public party, which convenes meetings, records one: a dialogue meeting, or a follow-up of the agreement. */
export const recordMeeting: MoveHandler<'RECORD_MEETING'> = ({ state, command, ctx, log }) => {
  const followUp = command.followUpDueDate !== undefined;
  const ok = all(followUp ? requirePhase(state, 'IMPLEMENTATION', 'DRAFTING', 'POLITICAL_APPROVAL', 'SIGNATURE') : requirePhase(state, 'DIALOGUE'));
  if (!ok.ok) return ok;
  if (command.party !== PUBLIC_PARTY)
    return Refusals.publicPartyOnly('record a meeting (it convenes them)', 'föra in ett möte (den kallar till dem)');
  const known = activeParties(state);
  if (command.attendees.some((a) => !known.includes(a.party))) return Refusals.meetingNeedsBothSides();
  const named = underRulesSince(state, 2) ? namedAttendance(command.attendees) : accept(command.attendees);
  if (!named.ok) return named;
  const attendees = named.value;
  let followUpEntry;
  if (followUp) {
    followUpEntry = state.followUps.find((f) => f.dueDate === command.followUpDueDate);
    if (!followUpEntry || !state.agreement) return Refusals.followUpNotDue(command.followUpDueDate!);
  }
  state.counters.meeting += 1;
  const meeting = {
    id: state.counters.meeting,
    purpose: followUp ? ('FOLLOW_UP' as const) : ('DIALOGUE' as const),
    date: command.date,
    attendees,
    minutes: command.minutes,
    followUpDueDate: command.followUpDueDate,
  };
  state.dialogue.meetings.push(meeting);
  // Version 2 has already dropped the entries without a name, so both versions count the entries left with one.
  const attendedBy = attendees.filter((a) => a.names.length > 0).map((a) => a.party);
  if (followUpEntry) {
    followUpEntry.meetingId = meeting.id;
    completeTasks(state, ctx.now, (t) => t.type === 'HOLD_FOLLOW_UP_MEETING' && t.ref === followUpEntry!.dueDate);
    log.add('FOLLOW_UP_MEETING_HELD', { kind: 'JOINT' }, 'DIALOGUE', { meetings: [{ attendedBy }] }, 'IMPLEMENTATION');
  } else {
    log.add('DIALOGUE_MEETING_HELD', { kind: 'PUBLIC' }, 'DIALOGUE', { meetings: [{ attendedBy }] });
  }
  return OK;
};
