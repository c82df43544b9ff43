import { OK } from '../../kernel/checks';
import { attendanceOf, meetingHeldAfter } from '../meeting-rules';
import { checkFrameworkTask, requirePublic } from '../guards';
import { firstRefusal, requireText } from '../field-checks';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import type { SteeringGroupMeeting } from '../state';
import { asStored } from '../step-record';
import { partiesPresent } from '../attendance';
import { completeFrameworkTasks } from '../tasks';
import { wasAdopted, withinPeriod } from '../versions';

/**
 * The officer records a steering-group meeting: its date (held, and within the period of an adopted version),
 * each sector's attendance by name, and the minutes. Both sectors present is a dialogue. It answers the task to
 * hold a meeting, and clears the year's warning when the year can reach its meetings again.
 */
export const recordSteeringGroupMeeting: FrameworkMoveHandler<'RECORD_STEERING_GROUP_MEETING'> = ({ state, command, ctx, log }) => {
  const today = ctx.now.slice(0, 10);
  const party = requirePublic(
    command.party,
    'record a steering-group meeting (it convenes them)',
    'föra in ett möte i samverkansgruppen (den kallar till dem)',
  );
  if (!party.ok) return party;
  const inPeriod = command.date <= today && state.versions.some((v) => wasAdopted(v) && withinPeriod(v, command.date));
  if (!inPeriod) return FrameworkRefusals.meetingOutsidePeriod(command.date, today);
  const attendance = attendanceOf(command.attendance, command.party);
  if (!attendance.ok) return attendance;
  const ok = firstRefusal(
    () => requireText(command.minutes, 'minutes'),
    () => checkFrameworkTask(state, command.party, command.taskId),
  );
  if (!ok.ok) return ok;
  state.counters.meeting += 1;
  const meeting: SteeringGroupMeeting = {
    id: state.counters.meeting,
    date: command.date,
    attendance: attendance.value,
    minutes: command.minutes.trim(),
    recordedAt: ctx.now,
  };
  state.meetings.push(meeting);
  completeFrameworkTasks(state, ctx.now, (t) => t.type === 'HOLD_STEERING_GROUP_MEETING');
  meetingHeldAfter(state, meeting, ctx.now);
  const step = log.add('STEERING_GROUP_MEETING_HELD', { kind: 'JOINT' }, 'DIALOGUE', { meetings: [{ attendedBy: partiesPresent(state, meeting) }] });
  step.record = asStored({ meeting: { id: meeting.id, date: meeting.date, attendance: meeting.attendance } });
  return OK;
};
