import { OK } from '../../kernel/checks';
import { PUBLIC_PARTY } from '../../kernel/parties';
import { namedPeople, partiesPresent } from '../attendance';
import { activeSteeringMembers, isJoined } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import { asStored } from '../step-record';

/**
 * A representative of an organisation that had a seat on the meeting's day records the civil-society side's
 * attendance (its side's names replace what was recorded for the side before).
 */
export const recordSectorAttendance: FrameworkMoveHandler<'RECORD_SECTOR_ATTENDANCE'> = ({ state, command, log }) => {
  if (command.party === PUBLIC_PARTY) {
    return FrameworkRefusals.organisationOnly("record the civil-society side's attendance", 'föra in den idéburna sidans närvaro');
  }
  if (!isJoined(state, command.party)) return FrameworkRefusals.notAMember(command.party, 'FORBIDDEN');
  const meeting = state.meetings.find((m) => m.id === command.meetingId);
  if (!meeting) return FrameworkRefusals.meetingNotFound(command.meetingId);
  const seated = activeSteeringMembers(state, meeting.date, 'CIVIL_SOCIETY').some((m) => m.organisationNumber === command.party);
  if (!seated) return FrameworkRefusals.noSeatAtMeeting(command.party, meeting.date);
  const names = namedPeople(command.names, 'names');
  if (!names.ok) return names;
  meeting.attendance = [
    ...meeting.attendance.filter((a) => a.sector !== 'CIVIL_SOCIETY'),
    { sector: 'CIVIL_SOCIETY', names: names.value, recordedBy: command.party },
  ];
  const step = log.add('SECTOR_ATTENDANCE_RECORDED', { kind: 'ORGANISATION', organisationNumber: command.party }, 'DIALOGUE', {
    meetings: [{ attendedBy: partiesPresent(state, meeting) }],
  });
  step.record = asStored({ meetingId: meeting.id, attendance: meeting.attendance });
  return OK;
};
