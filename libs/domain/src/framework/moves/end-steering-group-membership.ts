import { OK } from '../../kernel/checks';
import { requirePublic } from '../guards';
import { othersIn } from '../membership';
import type { FrameworkMoveHandler } from '../move';
import { FrameworkRefusals } from '../refusals';
import { asStored } from '../step-record';

/** A member leaves the steering group before the term's end: from that day the seat is vacant. */
export const endSteeringGroupMembership: FrameworkMoveHandler<'END_STEERING_GROUP_MEMBERSHIP'> = ({ state, command, log }) => {
  const party = requirePublic(command.party, "end a steering-group member's term", 'avsluta en ledamots uppdrag');
  if (!party.ok) return party;
  const member = state.steeringGroup.find((m) => m.id === command.memberId);
  if (!member) return FrameworkRefusals.memberNotFound(command.memberId);
  if (member.endedOn !== undefined) return FrameworkRefusals.membershipAlreadyEnded(member.id, member.endedOn);
  if (command.endedOn < member.termStart || command.endedOn > member.termEnd)
    return FrameworkRefusals.endOutsideTerm(member.termStart, member.termEnd);
  member.endedOn = command.endedOn;
  const step = log.add('STEERING_GROUP_MEMBERSHIP_ENDED', { kind: 'PUBLIC' }, 'INFORMATION', { informed: othersIn(state, command.party) });
  step.record = asStored({ memberId: member.id, endedOn: member.endedOn, reason: command.reason?.trim() || undefined });
  return OK;
};
